import { setMaxListeners } from "node:events";
import { DelayedError, UnrecoverableError, WaitingError, Worker, type Job } from "bullmq";
import { RouterError, type Clock, type Router, type RouterInput } from "../index.js";
import { createRedisClientLimits, type ClientLimits } from "../server/client-limits.js";
import { resolveBatchConfig, BACKOFF_TYPE, type BatchConfig, type BatchConfigInput } from "./batch-settings.js";
import { createBatchKeys, PROMPT_QUEUE_NAME, type BatchKeys } from "./keys.js";
import { createRedisConnection, type RedisClient } from "./redis-connection.js";
import { createRedisClient } from "../index.js";
import { createResultsStore } from "./results-store.js";
import { errorResult, gateDeferralMs, successResult, toRouterError } from "./prompt-result.js";
import { retryDelayMs } from "./backoff.js";
import { admitOwner, type OwnerAdmission } from "./owner-limits.js";
import { createResultWriter } from "./result-writer.js";
import { createSlots } from "./slots.js";
import type { BatchPrompt, BatchStatus, PromptInput, PromptJobData } from "./job-types.js";

/** What a worker reports as it goes (ids and codes only: never prompt text). */
export type BatchWorkerEvent =
  | { type: "result"; batchId: string; promptId: string; ok: boolean; duplicate: boolean }
  | { type: "retry"; batchId: string; promptId: string; code: string; attempt: number }
  | { type: "skipped"; batchId: string; promptId: string; reason: "cancelled" | "completed" | "unknown-batch" | "already-answered" }
  | { type: "returned"; batchId: string; promptId: string }
  | { type: "deferred"; batchId: string; promptId: string; delayMs: number }
  | { type: "error"; message: string };

export interface BatchWorkerOptions {
  /** Runs every prompt: the same router graph as everywhere else. */
  router: Router;
  batch?: BatchConfigInput;
  /** Overrides `batch.concurrency` (prompts at once, whatever job they belong to). */
  concurrency?: number;
  /** An existing connection; it must have `maxRetriesPerRequest: null`. */
  connection?: RedisClient;
  onEvent?: (event: BatchWorkerEvent) => void;
  /** Start fetching jobs at once (default true). */
  autorun?: boolean;
  /**
   * Per-key rate limits and budgets that prompts of batches submitted over HTTP count against.
   * Default: kept in Redis like the server's (env ROUTELLM_REDIS_URL, else `server.redisUrl`, else
   * the batch Redis) under `server.redisKeyPrefix`.
   */
  clientLimits?: ClientLimits;
  /** Wall clock (ms since epoch) for the default per-key limits' rate windows and budget days. Default: `Date.now()`. */
  clock?: Clock;
  env?: NodeJS.ProcessEnv;
}

export interface BatchWorker {
  readonly worker: Worker<PromptJobData>;
  readonly keys: BatchKeys;
  readonly settings: BatchConfig;
  /** Results this worker wrote (duplicates excluded). */
  readonly processed: () => number;
  waitUntilReady(): Promise<void>;
  /**
   * Graceful stop: fetch no new job, let the running prompts finish for up to `graceMs`, then abort
   * them and hand their jobs back to the queue (another worker runs the prompts still without a
   * result; nothing counts as an attempt).
   */
  close(options?: { graceMs?: number }): Promise<void>;
}

const STATUS_CACHE_MS = 1_000;
/** A prompt whose `notBefore` is at most this far away runs now rather than being held over. */
const HOLD_OVER_SLACK_MS = 5;

function toRouterInput(prompt: BatchPrompt): RouterInput {
  return prompt.prompt.messages ?? prompt.prompt.prompt ?? "";
}

/** What became of one prompt in one run of its job. */
type PromptOutcome =
  | { kind: "done" }
  | { kind: "returned" }
  /** Runs again later, after `notBefore`; `counted`: this run scheduled a retry or deferral (batch `retries`). */
  | { kind: "again"; runs: number; notBefore: number; counted: boolean };

export function createBatchWorker(options: BatchWorkerOptions): BatchWorker {
  const settings = resolveBatchConfig(options.batch);
  const keys = createBatchKeys(settings.queuePrefix);
  const ownsConnection = options.connection === undefined;
  const redis = options.connection ?? createRedisConnection(settings.redisUrl, "worker");
  const store = createResultsStore(redis, keys, { resultsTtlSeconds: settings.resultsTtlSeconds });
  const writer = createResultWriter(store);
  const concurrency = options.concurrency ?? settings.concurrency;
  const slots = createSlots(concurrency);
  const emit = options.onEvent ?? (() => undefined);
  const env = options.env ?? process.env;
  const serverSettings = options.router.config?.server;
  const limitsUrl = env.ROUTELLM_REDIS_URL ?? serverSettings?.redisUrl;
  const limitsConnection =
    options.clientLimits === undefined && limitsUrl !== undefined ? createRedisClient(limitsUrl, { maxRetriesPerRequest: 1 }) : undefined;
  limitsConnection?.on("error", () => undefined);
  const clientLimits =
    options.clientLimits ??
    createRedisClientLimits(limitsConnection ?? redis, serverSettings?.redisKeyPrefix ?? "routellm:server", options.clock ?? { now: () => Date.now() });
  const statusCache = new Map<string, { status: BatchStatus | undefined; at: number }>();
  let shuttingDown = false;
  let written = 0;

  const batchStatus = async (batchId: string): Promise<BatchStatus | undefined> => {
    const cached = statusCache.get(batchId);
    const now = Date.now();
    if (cached && now - cached.at < STATUS_CACHE_MS) return cached.status;
    const status = ((await redis.hget(keys.meta(batchId), "status")) ?? undefined) as BatchStatus | undefined;
    statusCache.set(batchId, { status, at: now });
    if (statusCache.size > 1_000) statusCache.delete(statusCache.keys().next().value as string);
    return status;
  };
  const isOver = (status: BatchStatus | undefined) => status === undefined || status === "cancelled" || status === "completed";
  const skipReason = (status: BatchStatus | undefined) => (status === undefined ? "unknown-batch" : (status as "cancelled" | "completed"));

  const record = async (prompt: BatchPrompt, result: Parameters<typeof store.writeResult>[0]["result"]): Promise<PromptOutcome> => {
    const outcome = await writer.write({ batchId: prompt.batchId, result, now: Date.now() });
    if (outcome === 1) written += 1;
    emit({ type: "result", batchId: prompt.batchId, promptId: prompt.prompt.id, ok: result.error === null, duplicate: outcome === 0 });
    return { kind: "done" };
  };

  /** One run of one prompt; throws only when its result cannot be written (Redis lost). */
  const runPrompt = async (prompt: BatchPrompt, runsBefore: number, maxAttempts: number, signal: AbortSignal | undefined): Promise<PromptOutcome> => {
    if (!(await slots.acquire(signal))) return { kind: "returned" };
    let admitted: OwnerAdmission;
    try {
      // Cancelled (or finished) while this prompt waited for its turn: skip it.
      const status = await batchStatus(prompt.batchId);
      if (isOver(status)) {
        emit({ type: "skipped", batchId: prompt.batchId, promptId: prompt.prompt.id, reason: skipReason(status) });
        return { kind: "done" };
      }
      admitted = await admitOwner(prompt, options.router.config, clientLimits);
      const result = await options.router.invoke(toRouterInput(prompt), {
        ...prompt.target,
        requestId: prompt.prompt.id,
        ...(signal === undefined ? {} : { signal }),
        metadata: { batchId: prompt.batchId, index: prompt.index },
      });
      await admitted?.reservation.settle(result.usage.costUsd).catch(() => undefined);
      return await record(prompt, successResult(prompt, result, runsBefore + 1));
    } catch (thrown) {
      // Failed or aborted: the upstream may have been paid when aborted mid-call; keep the estimate then.
      await admitted?.reservation.settle(signal?.aborted ? admitted.estimate : 0).catch(() => undefined);
      // Shutdown ran out of grace: hand the prompt back untouched (no attempt is used up).
      if (shuttingDown && signal?.aborted) return { kind: "returned" };
      const deferral = gateDeferralMs(thrown);
      if (deferral !== undefined) {
        // Our own gate said "not now" (configured rate limit, concurrency cap, 429 cool-down, the
        // key's rate window): come back later without using up an attempt.
        emit({ type: "deferred", batchId: prompt.batchId, promptId: prompt.prompt.id, delayMs: deferral });
        return { kind: "again", runs: runsBefore, notBefore: Date.now() + deferral, counted: true };
      }
      const error = toRouterError(thrown, options.router.config?.health?.openMs);
      const runs = runsBefore + 1;
      if (!error.retryable || runs >= maxAttempts) return await record(prompt, errorResult(prompt, error, runs));
      emit({ type: "retry", batchId: prompt.batchId, promptId: prompt.prompt.id, code: error.code, attempt: runs });
      return { kind: "again", runs, notBefore: Date.now() + retryDelayMs(runs, error, settings), counted: true };
    } finally {
      slots.release();
    }
  };

  /**
   * One run of a job: its prompts without a result run side by side in this worker's slots, each
   * result written as soon as it is known. Prompts that must run again (a retryable failure, a
   * gate's "not now") keep their run count and earliest time in the job's data, and the job waits
   * in delayed until the earliest of them; a prompt already answered is never run again.
   */
  const processJob = async (job: Job<PromptJobData>, token: string | undefined, signal: AbortSignal | undefined): Promise<void> => {
    const data = job.data;
    // A job queued by an earlier version carries one prompt (`prompt`, `index`): a group of one.
    const legacy = data as Partial<PromptJobData> & { prompt?: PromptInput; index?: number };
    const group = data.prompts ?? (legacy.prompt === undefined ? [] : [legacy.prompt]);
    const first = data.first ?? legacy.index ?? 0;
    const prompts: BatchPrompt[] = group.map((prompt, offset) => ({
      batchId: data.batchId,
      index: first + offset,
      prompt,
      ...(data.owner === undefined ? {} : { owner: data.owner }),
      ...(data.target === undefined ? {} : { target: data.target }),
    }));
    const status = await batchStatus(data.batchId);
    if (isOver(status)) {
      for (const prompt of prompts) emit({ type: "skipped", batchId: data.batchId, promptId: prompt.prompt.id, reason: skipReason(status) });
      return;
    }
    const runs = data.runs ?? prompts.map(() => 0);
    const notBefore = data.notBefore ?? prompts.map(() => 0);
    // A job started before (a retry of some of its prompts, its worker died, or Redis lost the
    // acknowledgement) already has results for some prompts: never run (nor pay for) those again.
    const startedBefore = job.attemptsStarted > 1 || job.stalledCounter > 0 || data.runs !== undefined;
    const answered = startedBefore
      ? await store.answered(
          data.batchId,
          prompts.map((prompt) => prompt.prompt.id),
        )
      : prompts.map(() => false);
    const pending: number[] = [];
    answered.forEach((done, offset) => {
      if (!done) pending.push(offset);
      else if (data.runs === undefined || job.stalledCounter > 0)
        emit({ type: "skipped", batchId: data.batchId, promptId: prompts[offset]!.prompt.id, reason: "already-answered" });
    });

    if (job.stalledCounter > settings.maxStalledCount) {
      // A poison pill: a worker died this many times while running this job. Record a failure for
      // each prompt still without a result (BullMQ would otherwise drop them at the next stall).
      const error = new RouterError("INTERNAL", `the prompt stalled ${job.stalledCounter} times (its worker died while running it)`, {
        retryable: false,
        details: { stalled: job.stalledCounter },
      });
      await Promise.all(pending.map((offset) => record(prompts[offset]!, errorResult(prompts[offset]!, error, runs[offset]! + 1))));
      throw new UnrecoverableError(`INTERNAL: ${error.message}`);
    }

    const maxAttempts = job.opts.attempts ?? settings.maxAttempts;
    // Every prompt of the group listens to the job's signal (its slot wait, its model calls).
    if (signal !== undefined) setMaxListeners(10 + pending.length * 4, signal);
    const now = Date.now();
    const settled = await Promise.allSettled(
      pending.map((offset): Promise<PromptOutcome> => {
        const prompt = prompts[offset]!;
        // Held over: its backoff or deferral has not run out yet (another prompt woke the job).
        if (notBefore[offset]! > now + HOLD_OVER_SLACK_MS)
          return Promise.resolve({ kind: "again", runs: runs[offset]!, notBefore: notBefore[offset]!, counted: false });
        return runPrompt(prompt, runs[offset]!, maxAttempts, signal);
      }),
    );

    let returned = false;
    let again = Number.POSITIVE_INFINITY;
    let counted = 0;
    let failure: unknown;
    settled.forEach((outcome, position) => {
      const offset = pending[position]!;
      if (outcome.status === "rejected") {
        failure ??= outcome.reason;
        return;
      }
      const value = outcome.value;
      if (value.kind === "returned") {
        returned = true;
        emit({ type: "returned", batchId: data.batchId, promptId: prompts[offset]!.prompt.id });
      } else if (value.kind === "again") {
        runs[offset] = value.runs;
        notBefore[offset] = value.notBefore;
        again = Math.min(again, value.notBefore);
        if (value.counted) counted += 1;
      }
    });
    const changed = again !== Number.POSITIVE_INFINITY;
    // Also when handed back: `runs` in the data tells the next run to look for results first.
    if (changed || returned) await job.updateData({ ...data, runs, notBefore });
    if (failure !== undefined) throw failure;
    if (returned) {
      await job.moveToWait(token);
      throw new WaitingError();
    }
    if (!changed) return;
    await store.addRetry(data.batchId, counted);
    await job.moveToDelayed(Math.max(again, Date.now() + 10), token);
    throw new DelayedError();
  };

  const worker = new Worker<PromptJobData>(
    PROMPT_QUEUE_NAME,
    // Three declared parameters: BullMQ then hands the processor an AbortSignal.
    (job, token, signal) => processJob(job, token, signal),
    {
      connection: redis,
      prefix: keys.bullPrefix,
      // As many jobs as prompt slots, so that jobs of one prompt each (older batches) still fill them.
      concurrency,
      autorun: options.autorun ?? true,
      lockDuration: settings.lockDurationMs,
      stalledInterval: settings.stalledIntervalMs,
      // One more than ours, so a poison pill gets one last start in which its failure is recorded.
      maxStalledCount: settings.maxStalledCount + 1,
      removeOnComplete: { count: 0 },
      removeOnFail: { count: 0 },
      settings: {
        backoffStrategy: (attemptsMade, type, error) => (type === BACKOFF_TYPE ? retryDelayMs(attemptsMade, error, settings) : 0),
      },
    },
  );
  worker.on("error", (error) => emit({ type: "error", message: error.message }));

  let closing: Promise<void> | undefined;
  return {
    worker,
    keys,
    settings,
    processed: () => written,
    waitUntilReady: async () => {
      await worker.waitUntilReady();
    },
    close({ graceMs = settings.shutdownGraceMs } = {}) {
      if (closing) return closing;
      shuttingDown = true;
      closing = (async () => {
        const closed = worker.close();
        let timer: NodeJS.Timeout | undefined;
        const graceOver = new Promise<"grace-over">((resolve) => {
          timer = setTimeout(() => resolve("grace-over"), graceMs);
        });
        const first = await Promise.race([closed.then(() => "closed" as const), graceOver]);
        clearTimeout(timer);
        if (first === "grace-over") {
          worker.cancelAllJobs("worker shutting down");
          await closed;
        }
        if (ownsConnection) redis.disconnect();
        limitsConnection?.disconnect();
      })();
      return closing;
    },
  };
}
