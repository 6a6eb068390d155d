/**
 * Bandit state and pending decisions in Redis (ioredis), shared by every process that points at
 * the same Redis and key prefix.
 *
 * Keys (prefix `P`, default "{routellm:bandit}:": a prefix without a Redis Cluster hash tag is wrapped
 * in one, so every key of the store lives in one slot and the multi-key scripts run on a Cluster too):
 * - `P arms:<bucket>`  hash, fields `s:<modelId>` (successes) and `f:<modelId>` (failures)
 * - `P buckets`        set of bucket names (for snapshot)
 * - `P decision:<id>`  JSON DecisionRecord with a PX TTL
 *
 * An update is one Lua script (two HINCRBYFLOAT and one SADD), so it is atomic and concurrent
 * writers never lose an update. A decision is taken with a GET+DEL script (works on Redis < 6.2,
 * which lacks GETDEL), so feedback counts once. A Redis that is down or hung fails each call
 * within about `commandTimeoutMs` with RouterError STORE_UNAVAILABLE instead of hanging.
 * Scripts run by EVALSHA (their text is sent again only after a SCRIPT FLUSH or a restart).
 *
 * With `readCacheMs`, the arms of a bucket are read once per that many milliseconds and process,
 * the re-read happening in the background while the expired copy is still served (up to 50 times
 * that age): the bandit samples from statistics about that old, plus this process's own updates,
 * which are applied to the cached copy as they are written. Concurrent reads share one request.
 *
 * With `writeBehindMs`, rewards and decisions are gathered for that many milliseconds and written
 * together (rewards for the same arm summed into one script call, every decision of the batch in
 * one more); each call's promise settles when its batch is written, with STORE_UNAVAILABLE if it
 * could not be. A decision still waiting in this process is found by takeDecision; one still waiting
 * in another process is found too: a takeDecision that misses asks Redis again after the
 * write-behind window (twice, about `writeBehindMs` + 25 ms and + 100 ms later), by which time the
 * other process has written it. close() writes what waits.
 *
 * The connection comes from the shared factory (src/redis/redis-client.ts): standalone, Sentinel or
 * Cluster, by URL scheme or topology object.
 */
import { RouterError, isRouterError } from "../errors.js";
import { createRedisClient, describeRedisTarget, primaryNodes, withHashTag, type RedisClient, type RedisTarget } from "../redis/redis-client.js";
import type { ArmStats, BanditStore, DecisionRecord, DecisionStore } from "./bandit-store.js";
import { luaScript } from "./lua-script.js";

export interface RedisBanditStoreOptions {
  /** A Redis URL (redis://, rediss://, redis-sentinel://, redis-cluster://) or topology object. Ignored when `client` is given. */
  url?: RedisTarget;
  /** An existing ioredis client or Cluster (the caller keeps ownership: close() does not quit it). */
  client?: RedisClient;
  /** Prefix of every key; ":" is appended when missing. Default "routellm:bandit:". */
  keyPrefix?: string;
  /** Connect timeout for a client this store creates. Default 2000 ms. */
  connectTimeoutMs?: number;
  /** Longest wait for one command before STORE_UNAVAILABLE. Default 2000 ms. */
  commandTimeoutMs?: number;
  /** How long this process reuses a bucket's arms read from Redis (0 = read on every call). Default 0. */
  readCacheMs?: number;
  /** Clock of the read cache (default Date.now). */
  now?: () => number;
  /** How long rewards and decisions wait to be written together (0 = each at once). Default 0. */
  writeBehindMs?: number;
}

/** Buckets kept in the read cache before it is cleared (buckets come from the config, so few). */
const READ_CACHE_LIMIT = 10_000;
/**
 * An expired bucket is served from the cache while it is re-read in the background, up to this many
 * times `readCacheMs` (5 s at the default); past that (Redis gone), reads wait for Redis and fail
 * with STORE_UNAVAILABLE.
 */
const STALE_READS_FACTOR = 50;

export type RedisBanditStore = BanditStore & DecisionStore;

const UPDATE_SCRIPT = `
redis.call('HINCRBYFLOAT', KEYS[1], ARGV[1], ARGV[2])
redis.call('HINCRBYFLOAT', KEYS[1], ARGV[3], ARGV[4])
redis.call('SADD', KEYS[2], ARGV[5])
return 1`;

/** Decisions of a write-behind batch in one call: KEYS are the decision keys, ARGV value and TTL pairs. */
const REMEMBER_ALL_SCRIPT = `
for index, key in ipairs(KEYS) do
  redis.call('SET', key, ARGV[2 * index - 1], 'PX', ARGV[2 * index])
end
return #KEYS`;

const TAKE_SCRIPT = `
local value = redis.call('GET', KEYS[1])
if value then redis.call('DEL', KEYS[1]) end
return value`;

/** Retries of a takeDecision that missed, after this many ms past the write-behind window: another process may not have written the decision yet. */
const TAKE_RETRY_DELAYS_MS = [25, 100];

/** `*`, `?`, `[`, `]` and `\` are glob characters in SCAN MATCH. */
function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, (character) => `\\${character}`);
}

function parseNumber(value: string | null | undefined): number {
  const number = value == null ? 0 : Number(value);
  return Number.isFinite(number) ? number : 0;
}

/** A bucket's hash (`s:<model>`, `f:<model>` fields) as stats per model. */
function parseArms(hash: Record<string, string>): Map<string, ArmStats> {
  const arms = new Map<string, ArmStats>();
  for (const [field, value] of Object.entries(hash)) {
    const kind = field.slice(0, 2);
    if (kind !== "s:" && kind !== "f:") continue;
    const modelId = field.slice(2);
    let stats = arms.get(modelId);
    if (!stats) arms.set(modelId, (stats = { successes: 0, failures: 0 }));
    if (kind === "s:") stats.successes = parseNumber(value);
    else stats.failures = parseNumber(value);
  }
  return arms;
}

const runUpdate = luaScript(UPDATE_SCRIPT);
const runTake = luaScript(TAKE_SCRIPT);
const runRememberAll = luaScript(REMEMBER_ALL_SCRIPT);

export function createRedisBanditStore(options: RedisBanditStoreOptions = {}): RedisBanditStore {
  const rawPrefix = options.keyPrefix ?? "routellm:bandit";
  const taggedPrefix = withHashTag(rawPrefix.endsWith(":") ? rawPrefix.slice(0, -1) : rawPrefix);
  const prefix = `${taggedPrefix}:`;
  const where = options.client ? "the given Redis client" : describeRedisTarget(options.url ?? "redis://127.0.0.1:6379");
  const ownsClient = options.client === undefined;
  let lastConnectionError: string | undefined;

  const client =
    options.client ??
    createRedisClient(options.url ?? "redis://127.0.0.1:6379", {
      connectTimeout: options.connectTimeoutMs ?? 2000,
      commandTimeout: options.commandTimeoutMs ?? 2000,
      // Fail queued commands after one reconnect attempt instead of retrying them for ever.
      maxRetriesPerRequest: 1,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
      // Concurrent requests' reads and writes issued in the same tick share one round trip.
      enableAutoPipelining: true,
    });
  // Without a listener ioredis prints every connection error; the failing call reports it instead.
  const onError = (error: Error & { code?: string }) => {
    lastConnectionError = error.code ?? error.name;
  };
  client.on("error", onError);

  const armsKey = (bucket: string) => `${prefix}arms:${bucket}`;
  const bucketsKey = `${prefix}buckets`;
  const decisionKey = (requestId: string) => `${prefix}decision:${requestId}`;

  const readCacheMs = options.readCacheMs ?? 0;
  const now = options.now ?? Date.now;
  interface CachedArms {
    readAt: number;
    arms: Promise<Map<string, ArmStats>>;
    refreshing: boolean;
  }
  const readCache = new Map<string, CachedArms>();
  /** An expired entry is still served (and re-read in the background) up to this age; older, a read waits for Redis. */
  const staleLimitMs = readCacheMs * STALE_READS_FACTOR;
  const refresh = (bucket: string, cached: CachedArms) => {
    cached.refreshing = true;
    client.hgetall(armsKey(bucket)).then(
      (hash) => {
        cached.refreshing = false;
        if (readCache.get(bucket) !== cached) return;
        cached.arms = Promise.resolve(parseArms(hash));
        cached.readAt = now();
      },
      () => (cached.refreshing = false), // keep the stale copy; the next read tries again
    );
  };
  const readArms = (bucket: string): Promise<Map<string, ArmStats>> => {
    const cached = readCache.get(bucket);
    const age = cached ? now() - cached.readAt : Number.POSITIVE_INFINITY;
    if (cached && age < readCacheMs) return cached.arms;
    if (cached && age < staleLimitMs) {
      if (!cached.refreshing) refresh(bucket, cached);
      return cached.arms;
    }
    if (readCache.size >= READ_CACHE_LIMIT) readCache.clear();
    const arms = client.hgetall(armsKey(bucket)).then(parseArms);
    readCache.set(bucket, { readAt: now(), arms, refreshing: false });
    arms.catch(() => readCache.get(bucket)?.arms === arms && readCache.delete(bucket));
    return arms;
  };
  /** This process's own update, applied to the cached copy once Redis has it. */
  const applyToCache = (bucket: string, modelId: string, successes: number, failures: number) => {
    const cached = readCache.get(bucket);
    if (!cached) return;
    cached.arms = cached.arms.then((arms) => {
      const stats = arms.get(modelId) ?? { successes: 0, failures: 0 };
      arms.set(modelId, { successes: stats.successes + successes, failures: stats.failures + failures });
      return arms;
    });
  };

  const writeArm = async (bucket: string, modelId: string, successes: number, failures: number) => {
    await runUpdate(client, [armsKey(bucket), bucketsKey], [`s:${modelId}`, String(successes), `f:${modelId}`, String(failures), bucket]);
    if (readCacheMs > 0) applyToCache(bucket, modelId, successes, failures);
  };

  // Write-behind: what waits to be written, and the promise its callers hold.
  const writeBehindMs = options.writeBehindMs ?? 0;
  interface PendingWrites {
    arms: Map<string, Map<string, { successes: number; failures: number }>>;
    decisions: Map<string, { value: string; ttl: number }>;
    written: Promise<void>;
    settle: (error?: unknown) => void;
  }
  let pending: PendingWrites | undefined;
  let flushTimer: NodeJS.Timeout | undefined;
  const pendingWrites = (): PendingWrites => {
    if (pending) return pending;
    let settle!: PendingWrites["settle"];
    const written = new Promise<void>((resolve, reject) => (settle = (error) => (error === undefined ? resolve() : reject(error))));
    pending = { arms: new Map(), decisions: new Map(), written, settle };
    flushTimer = setTimeout(() => void flush(), writeBehindMs);
    flushTimer.unref();
    return pending;
  };
  async function flush(): Promise<void> {
    const batch = pending;
    pending = undefined;
    clearTimeout(flushTimer);
    flushTimer = undefined;
    if (!batch) return;
    const writes: Promise<unknown>[] = [];
    for (const [bucket, arms] of batch.arms) for (const [modelId, sums] of arms) writes.push(writeArm(bucket, modelId, sums.successes, sums.failures));
    if (batch.decisions.size > 0) {
      const keys: string[] = [];
      const values: string[] = [];
      for (const [requestId, decision] of batch.decisions) {
        keys.push(decisionKey(requestId));
        values.push(decision.value, String(decision.ttl));
      }
      writes.push(runRememberAll(client, keys, values));
    }
    try {
      await run(batch.arms.size > 0 ? "update" : "rememberDecision", () => Promise.all(writes));
      batch.settle();
    } catch (error) {
      batch.settle(error);
    }
  }

  async function run<T>(operation: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      if (isRouterError(error)) throw error;
      const record = error as { code?: unknown; name?: unknown };
      const reason = typeof record.code === "string" ? record.code : (lastConnectionError ?? (typeof record.name === "string" ? record.name : "error"));
      throw new RouterError("STORE_UNAVAILABLE", `Redis bandit store at ${where} is unavailable (${operation}: ${reason}).`, {
        retryable: true,
        details: { store: "redis", operation, reason },
      });
    }
  }

  return {
    getArms(bucket, modelIds) {
      return run("getArms", async () => {
        const result = new Map<string, ArmStats>();
        if (modelIds.length === 0) return result;
        if (readCacheMs > 0) {
          const arms = await readArms(bucket);
          for (const id of modelIds) {
            const stats = arms.get(id);
            if (stats) result.set(id, { ...stats });
          }
          return result;
        }
        const fields = modelIds.flatMap((id) => [`s:${id}`, `f:${id}`]);
        const values = await client.hmget(armsKey(bucket), ...fields);
        modelIds.forEach((id, index) => {
          const successes = values[2 * index];
          const failures = values[2 * index + 1];
          if (successes == null && failures == null) return;
          result.set(id, { successes: parseNumber(successes), failures: parseNumber(failures) });
        });
        return result;
      });
    },

    update(bucket, modelId, reward) {
      if (typeof reward !== "number" || !Number.isFinite(reward)) {
        return Promise.reject(new RouterError("INVALID_REQUEST", `A bandit reward must be a finite number in [0, 1].`, { details: { modelId } }));
      }
      const clipped = Math.min(1, Math.max(0, reward));
      if (writeBehindMs > 0) {
        const batch = pendingWrites();
        let arms = batch.arms.get(bucket);
        if (!arms) batch.arms.set(bucket, (arms = new Map()));
        const sums = arms.get(modelId) ?? { successes: 0, failures: 0 };
        arms.set(modelId, { successes: sums.successes + clipped, failures: sums.failures + 1 - clipped });
        return batch.written;
      }
      return run("update", () => writeArm(bucket, modelId, clipped, 1 - clipped));
    },

    snapshot() {
      return run("snapshot", async () => {
        const buckets = await client.smembers(bucketsKey);
        const pipeline = client.pipeline();
        for (const bucket of buckets) pipeline.hgetall(armsKey(bucket));
        const replies = (await pipeline.exec()) ?? [];
        const out: Record<string, Record<string, ArmStats>> = {};
        buckets.forEach((bucket, index) => {
          const [error, hash] = replies[index] ?? [];
          if (error) throw error;
          const arms = parseArms((hash ?? {}) as Record<string, string>);
          if (arms.size > 0) out[bucket] = Object.fromEntries(arms);
        });
        return out;
      });
    },

    async reset() {
      await flush();
      readCache.clear();
      return run("reset", async () => {
        // Every key shares the prefix's hash tag, so on a Cluster they are all on one primary; scan each.
        for (const node of primaryNodes(client)) {
          let cursor = "0";
          do {
            const [next, keys] = await node.scan(cursor, "MATCH", `${escapeGlob(prefix)}*`, "COUNT", 500);
            cursor = next;
            if (keys.length > 0) await node.unlink(...keys);
          } while (cursor !== "0");
        }
      });
    },

    rememberDecision(requestId, decision, ttlMs) {
      const ttl = Math.max(1, Math.round(ttlMs));
      const value = JSON.stringify({ bucket: decision.bucket, modelId: decision.modelId });
      if (writeBehindMs > 0) {
        const batch = pendingWrites();
        batch.decisions.set(requestId, { value, ttl });
        return batch.written;
      }
      return run("rememberDecision", async () => {
        await client.set(decisionKey(requestId), value, "PX", ttl);
      });
    },

    takeDecision(requestId) {
      const waiting = pending?.decisions.get(requestId);
      if (waiting) {
        pending!.decisions.delete(requestId);
        return Promise.resolve(JSON.parse(waiting.value) as DecisionRecord);
      }
      return run("takeDecision", async () => {
        let value = (await runTake(client, [decisionKey(requestId)], [])) as string | null;
        // Another process may still hold it in its write-behind batch: ask again once that has been written.
        let waited = 0;
        for (const extra of TAKE_RETRY_DELAYS_MS) {
          if (value != null || writeBehindMs === 0) break;
          const due = writeBehindMs + extra;
          await new Promise((resolve) => setTimeout(resolve, due - waited));
          waited = due;
          value = (await runTake(client, [decisionKey(requestId)], [])) as string | null;
        }
        if (value == null) return undefined;
        const parsed = JSON.parse(value) as Partial<DecisionRecord>;
        if (typeof parsed.bucket !== "string" || typeof parsed.modelId !== "string") return undefined;
        return { bucket: parsed.bucket, modelId: parsed.modelId };
      });
    },

    async close() {
      await flush().catch(() => undefined);
      if (!ownsClient) {
        client.off("error", onError);
        return;
      }
      if (client.status !== "ready") {
        client.disconnect();
        return;
      }
      try {
        await client.quit();
      } catch {
        client.disconnect();
      }
    },
  };
}
