import type { BatchKeys } from "./keys.js";
import type { RedisClient } from "./redis-connection.js";
import { luaScript } from "../index.js";
import type { BatchInfo, BatchStatus, PromptResult } from "./job-types.js";

/**
 * Batch records and results in Redis. A prompt's result is written by one Lua script that sets the
 * result field only if absent (HSETNX) and, only then, moves the batch's counters and cost: a job
 * that runs twice (its worker died after writing, before acknowledging) can never count twice.
 * One call writes several results (each with its batch's two keys and 7 arguments; ARGV[1] is the
 * TTL) and returns one outcome per result, so results finishing together share one round trip.
 */
const WRITE_RESULTS = luaScript(`
local ttl = tonumber(ARGV[1])
local outcomes = {}
for i = 1, #KEYS / 2 do
  local meta, results, a = KEYS[2 * i - 1], KEYS[2 * i], 1 + 7 * (i - 1)
  if redis.call('EXISTS', meta) == 0 then outcomes[i] = -1
  elseif redis.call('HSETNX', results, ARGV[a + 1], ARGV[a + 2]) == 0 then outcomes[i] = 0
  else
    if ARGV[a + 3] == '1' then redis.call('HINCRBY', meta, 'succeeded', 1) else redis.call('HINCRBY', meta, 'failed', 1) end
    if ARGV[a + 4] ~= '0' then redis.call('HINCRBYFLOAT', meta, 'costUsd', ARGV[a + 4]) end
    redis.call('HINCRBY', meta, 'inputTokens', ARGV[a + 5])
    redis.call('HINCRBY', meta, 'outputTokens', ARGV[a + 6])
    redis.call('HSETNX', meta, 'firstResultAt', ARGV[a + 7])
    redis.call('HSET', meta, 'lastResultAt', ARGV[a + 7])
    local f = redis.call('HMGET', meta, 'status', 'total', 'succeeded', 'failed')
    if f[1] == 'running' and tonumber(f[3]) + tonumber(f[4]) >= tonumber(f[2]) then
      redis.call('HSET', meta, 'status', 'completed', 'finishedAt', ARGV[a + 7])
      if ttl > 0 then redis.call('EXPIRE', meta, ttl) redis.call('EXPIRE', results, ttl) end
    end
    outcomes[i] = 1
  end
end
return outcomes
`);

/** Marks a submitted batch running (or completed, when workers already finished it). */
const FINISH_SUBMIT = luaScript(`
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local f = redis.call('HMGET', KEYS[1], 'status', 'succeeded', 'failed')
if f[1] ~= 'submitting' then return 0 end
redis.call('HSET', KEYS[1], 'total', ARGV[1], 'status', 'running')
if tonumber(f[2]) + tonumber(f[3]) >= tonumber(ARGV[1]) then
  redis.call('HSET', KEYS[1], 'status', 'completed', 'finishedAt', ARGV[2])
  local ttl = tonumber(ARGV[3])
  if ttl > 0 then redis.call('EXPIRE', KEYS[1], ttl) redis.call('EXPIRE', KEYS[2], ttl) end
end
return 1
`);

/** Returns the status before the call, or false when the batch does not exist. */
const CANCEL = luaScript(`
local status = redis.call('HGET', KEYS[1], 'status')
if not status then return false end
if status == 'submitting' or status == 'running' then
  redis.call('HSET', KEYS[1], 'status', 'cancelled', 'finishedAt', ARGV[1])
  local ttl = tonumber(ARGV[2])
  if ttl > 0 then redis.call('EXPIRE', KEYS[1], ttl) redis.call('EXPIRE', KEYS[2], ttl) end
end
return status
`);

const ADD_RETRY = luaScript("if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('HINCRBY', KEYS[1], 'retries', ARGV[1]) end return 1");

export interface ResultWrite {
  batchId: string;
  result: PromptResult;
  now: number;
}

/** 1 = written, 0 = this prompt already had a result (duplicate run), -1 = the batch is gone. */
export type WriteOutcome = 1 | 0 | -1;

export interface ResultsStore {
  createBatch(info: {
    id: string;
    name?: string;
    owner?: string;
    total: number;
    invalidLines: number;
    priority?: number;
    createdAt: number;
    /** Prompts per BullMQ job (absent: 1). */
    promptsPerJob?: number;
  }): Promise<void>;
  finishSubmit(batchId: string, total: number, now: number): Promise<void>;
  writeResult(write: ResultWrite): Promise<WriteOutcome>;
  /** Several results in one round trip; one outcome per write, in order. */
  writeResults(writes: ResultWrite[]): Promise<WriteOutcome[]>;
  addRetry(batchId: string, count?: number): Promise<void>;
  hasResult(batchId: string, promptId: string): Promise<boolean>;
  /** Which of these prompts already have a result (same order). */
  answered(batchId: string, promptIds: string[]): Promise<boolean[]>;
  /** Prompts per BullMQ job the batch was submitted with (1 for batches without the field). */
  promptsPerJob(batchId: string): Promise<number>;
  getBatch(batchId: string): Promise<BatchInfo | undefined>;
  /** Newest first (only `owner`'s when given); ids whose record has expired are dropped from the index. */
  listBatches(limit: number, owner?: string): Promise<BatchInfo[]>;
  /** Every result, in input order. */
  readResults(batchId: string): Promise<PromptResult[]>;
  /** Status before cancelling, or undefined for an unknown batch. */
  cancel(batchId: string, now: number): Promise<BatchStatus | undefined>;
  deleteBatch(batchId: string): Promise<void>;
}

function toNumber(value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

function toBatchInfo(id: string, hash: Record<string, string>): BatchInfo | undefined {
  if (hash.status === undefined) return undefined;
  return {
    id,
    name: hash.name === undefined || hash.name === "" ? undefined : hash.name,
    owner: hash.owner === undefined || hash.owner === "" ? undefined : hash.owner,
    status: hash.status as BatchStatus,
    total: toNumber(hash.total) ?? 0,
    succeeded: toNumber(hash.succeeded) ?? 0,
    failed: toNumber(hash.failed) ?? 0,
    retries: toNumber(hash.retries) ?? 0,
    costUsd: toNumber(hash.costUsd) ?? 0,
    inputTokens: toNumber(hash.inputTokens) ?? 0,
    outputTokens: toNumber(hash.outputTokens) ?? 0,
    createdAt: toNumber(hash.createdAt) ?? 0,
    firstResultAt: toNumber(hash.firstResultAt),
    lastResultAt: toNumber(hash.lastResultAt),
    finishedAt: toNumber(hash.finishedAt),
    invalidLines: toNumber(hash.invalidLines) ?? 0,
    priority: toNumber(hash.priority),
  };
}

export function createResultsStore(redis: RedisClient, keys: BatchKeys, options: { resultsTtlSeconds: number }): ResultsStore {
  const ttl = String(options.resultsTtlSeconds);
  const writeResults = async (writes: ResultWrite[]): Promise<WriteOutcome[]> => {
    if (writes.length === 0) return [];
    const keyList: string[] = [];
    const args: Array<string | number> = [ttl];
    for (const { batchId, result, now } of writes) {
      keyList.push(keys.meta(batchId), keys.results(batchId));
      args.push(
        result.id,
        JSON.stringify(result),
        result.error === null ? "1" : "0",
        result.cost === 0 ? "0" : result.cost.toFixed(12),
        String(result.usage.input_tokens),
        String(result.usage.output_tokens),
        String(now),
      );
    }
    const outcomes = (await WRITE_RESULTS(redis, keyList, args)) as unknown[];
    return outcomes.map((outcome) => Number(outcome) as WriteOutcome);
  };
  return {
    async createBatch(info) {
      const transaction = redis.multi();
      if (info.owner !== undefined) transaction.zadd(keys.ownerIndex(info.owner), info.createdAt, info.id);
      await transaction
        .hset(keys.meta(info.id), {
          id: info.id,
          name: info.name ?? "",
          ...(info.owner === undefined ? {} : { owner: info.owner }),
          status: "submitting",
          total: String(info.total),
          succeeded: "0",
          failed: "0",
          retries: "0",
          costUsd: "0",
          inputTokens: "0",
          outputTokens: "0",
          createdAt: String(info.createdAt),
          invalidLines: String(info.invalidLines),
          ...(info.promptsPerJob === undefined ? {} : { promptsPerJob: String(info.promptsPerJob) }),
          ...(info.priority === undefined ? {} : { priority: String(info.priority) }),
        })
        .zadd(keys.index, info.createdAt, info.id)
        .exec();
    },
    async finishSubmit(batchId, total, now) {
      await FINISH_SUBMIT(redis, [keys.meta(batchId), keys.results(batchId)], [total, now, ttl]);
    },
    async writeResult(write) {
      const [outcome] = await writeResults([write]);
      return outcome!;
    },
    writeResults,
    async addRetry(batchId, count = 1) {
      // HINCRBY would resurrect a deleted batch's record; only count retries of live batches.
      if (count > 0) await ADD_RETRY(redis, [keys.meta(batchId)], [count]);
    },
    async hasResult(batchId, promptId) {
      return (await redis.hexists(keys.results(batchId), promptId)) === 1;
    },
    async answered(batchId, promptIds) {
      if (promptIds.length === 0) return [];
      const values = await redis.hmget(keys.results(batchId), ...promptIds);
      return values.map((value) => value !== null);
    },
    async promptsPerJob(batchId) {
      return toNumber((await redis.hget(keys.meta(batchId), "promptsPerJob")) ?? undefined) ?? 1;
    },
    async getBatch(batchId) {
      return toBatchInfo(batchId, await redis.hgetall(keys.meta(batchId)));
    },
    async listBatches(limit, owner) {
      const index = owner === undefined ? keys.index : keys.ownerIndex(owner);
      const ids = await redis.zrevrange(index, 0, Math.max(0, limit - 1));
      if (ids.length === 0) return [];
      const pipeline = redis.pipeline();
      for (const id of ids) pipeline.hgetall(keys.meta(id));
      const replies = (await pipeline.exec()) ?? [];
      const batches: BatchInfo[] = [];
      const expired: string[] = [];
      ids.forEach((id, index) => {
        const info = toBatchInfo(id, (replies[index]?.[1] as Record<string, string> | undefined) ?? {});
        if (info) batches.push(info);
        else expired.push(id);
      });
      if (expired.length > 0) await redis.zrem(index, ...expired);
      return batches;
    },
    async readResults(batchId) {
      const results: PromptResult[] = [];
      let cursor = "0";
      do {
        const [next, entries] = await redis.hscan(keys.results(batchId), cursor, "COUNT", 1000);
        cursor = next;
        for (let index = 1; index < entries.length; index += 2) results.push(JSON.parse(entries[index]!) as PromptResult);
      } while (cursor !== "0");
      return results.sort((left, right) => left.index - right.index);
    },
    async cancel(batchId, now) {
      const previous = (await CANCEL(redis, [keys.meta(batchId), keys.results(batchId)], [now, ttl])) as string | null;
      return previous === null ? undefined : (previous as BatchStatus);
    },
    async deleteBatch(batchId) {
      const owner = await redis.hget(keys.meta(batchId), "owner");
      const transaction = redis.multi().del(keys.meta(batchId), keys.results(batchId)).zrem(keys.index, batchId);
      if (owner !== null && owner !== "") transaction.zrem(keys.ownerIndex(owner), batchId);
      await transaction.exec();
    },
  };
}
