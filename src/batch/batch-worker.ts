import { DelayedError, UnrecoverableError, WaitingError, Worker, type Job } from "bullmq";
import { RouterError, type Router, type RouterInput } from "../index.js";
import { createRedisClientLimits, type ClientLimits, type Reservation } from "../server/client-limits.js";
import { estimateRequestCostUsd } from "../server/cost-estimate.js";
import { HttpError } from "../server/http-errors.js";
import { resolveBatchConfig, BACKOFF_TYPE, type BatchConfig, type BatchConfigInput } from "./batch-settings.js";
import { createBatchKeys, PROMPT_QUEUE_NAME, type BatchKeys } from "./keys.js";
import { createRedisConnection, type RedisClient } from "./redis-connection.js";
import { createRedisClient } from "../index.js";
import { createResultsStore } from "./results-store.js";
import { errorResult, gateDeferralMs, successResult, toRouterError } from "./prompt-result.js";
import { retryDelayMs } from "./backoff.js";
import type { BatchStatus, PromptJobData } from "./job-types.js";

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
  /** Overrides `batch.concurrency`. */
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
   * Graceful stop: fetch no new prompt, let the running ones finish for up to `graceMs`, then abort
   * them and hand them back to the queue (another worker runs them; nothing counts as an attempt).
   */
  close(options?: { graceMs?: number }): Promise<void>;
}

const STATUS_CACHE_MS = 1_000;

function toRouterInput(data: PromptJobData): RouterInput {
  return data.prompt.messages ?? data.prompt.prompt ?? "";
}

/** Longest "not now" from a key's limits that is waited out (a rate window, budget reserved in flight); longer ones (a spent daily budget) fail the prompt. */
const LIMIT_DEFERRAL_CAP_MS = 60_000;

/** A key's limit refusal as the job sees it: a gate deferral (come back later) or BUDGET_EXCEEDED. */
function limitError(error: HttpError): RouterError {
  const retryAfterMs = (error.retryAfterSeconds ?? 1) * 1000;
  if (retryAfterMs <= LIMIT_DEFERRAL_CAP_MS) return new RouterError("RATE_LIMITED", error.message, { retryable: true, details: { gate: true, retryAfterMs } });
  return new RouterError(error.code === "budget_exceeded" ? "BUDGET_EXCEEDED" : "RATE_LIMITED", `${error.message} (the batch's key)`, {
    retryable: false,
    details: { retryAfterMs },
  });
}

export function createBatchWorker(options: BatchWorkerOptions): BatchWorker {
  const settings = resolveBatchConfig(options.batch);
  const keys = createBatchKeys(settings.queuePrefix);
  const ownsConnection = options.connection === undefined;
  const redis = options.connection ?? createRedisConnection(settings.redisUrl, "worker");
  const store = createResultsStore(redis, keys, { resultsTtlSeconds: settings.resultsTtlSeconds });
  const emit = options.onEvent ?? (() => undefined);
  const env = options.env ?? process.env;
  const serverSettings = options.router.config?.server;
  const limitsUrl = env.ROUTELLM_REDIS_URL ?? serverSettings?.redisUrl;
  const limitsConnection =
    options.clientLimits === undefined && limitsUrl !== undefined ? createRedisClient(limitsUrl, { maxRetriesPerRequest: 1 }) : undefined;
  limitsConnection?.on("error", () => undefined);
  const clientLimits =
    options.clientLimits ?? createRedisClientLimits(limitsConnection ?? redis, serverSettings?.redisKeyPrefix ?? "routellm:server", { now: () => Date.now() });
  /** Counts the prompt against its batch owner's rate limit and reserves its estimated cost against the owner's budget. */
  const admitOwner = async (data: PromptJobData): Promise<{ reservation: Reservation; estimate: number } | undefined> => {
    if (data.owner === undefined || (data.owner.requestsPerMinute === undefined && data.owner.usdPerDay === undefined)) return undefined;
    const config = options.router.config;
    const messages = data.prompt.messages ?? [{ role: "user" as const, content: data.prompt.prompt ?? "" }];
    const estimate = config === undefined ? 0 : estimateRequestCostUsd(config, messages, data.target ?? {}, config.server.auth.estimatedOutputTokens);
    const owner = { name: data.owner.name, requestsPerMinute: data.owner.requestsPerMinute, usdPerDay: data.owner.usdPerDay };
    try {
      return { reservation: await clientLimits.admit(owner, estimate), estimate };
    } catch (error) {
      if (error instanceof HttpError) throw limitError(error);
      throw new RouterError("STORE_UNAVAILABLE", "the per-key limit store is unavailable", { cause: error, retryable: true });
    }
  };
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

  const processPrompt = async (job: Job<PromptJobData>, token: string | undefined, signal: AbortSignal | undefined): Promise<void> => {
    const data = job.data;
    const status = await batchStatus(data.batchId);
    if (status === undefined || status === "cancelled" || status === "completed") {
      emit({ type: "skipped", batchId: data.batchId, promptId: data.prompt.id, reason: status === undefined ? "unknown-batch" : status });
      return;
    }
    // A job started before (its worker died, or Redis lost the acknowledgement) may already have
    // its result: then do not pay for the model calls again.
    if ((job.attemptsStarted > 1 || job.stalledCounter > 0) && (await store.hasResult(data.batchId, data.prompt.id))) {
      emit({ type: "skipped", batchId: data.batchId, promptId: data.prompt.id, reason: "already-answered" });
      return;
    }
    const runs = job.attemptsMade + 1;
    if (job.stalledCounter > settings.maxStalledCount) {
      // A poison pill: its worker died this many times while running it. Record the failure
      // (BullMQ would otherwise fail it silently at the next stall) and stop.
      const error = new RouterError("INTERNAL", `the prompt stalled ${job.stalledCounter} times (its worker died while running it)`, {
        retryable: false,
        details: { stalled: job.stalledCounter },
      });
      const outcome = await store.writeResult({ batchId: data.batchId, result: errorResult(data, error, runs), now: Date.now() });
      if (outcome === 1) written += 1;
      emit({ type: "result", batchId: data.batchId, promptId: data.prompt.id, ok: false, duplicate: outcome === 0 });
      throw new UnrecoverableError(`INTERNAL: ${error.message}`);
    }
    let admitted: Awaited<ReturnType<typeof admitOwner>>;
    try {
      admitted = await admitOwner(data);
      const result = await options.router.invoke(toRouterInput(data), {
        ...data.target,
        requestId: data.prompt.id,
        ...(signal === undefined ? {} : { signal }),
        metadata: { batchId: data.batchId, index: data.index },
      });
      await admitted?.reservation.settle(result.usage.costUsd).catch(() => undefined);
      const outcome = await store.writeResult({ batchId: data.batchId, result: successResult(data, result, runs), now: Date.now() });
      if (outcome === 1) written += 1;
      emit({ type: "result", batchId: data.batchId, promptId: data.prompt.id, ok: true, duplicate: outcome === 0 });
    } catch (thrown) {
      // Failed or aborted: the upstream may have been paid when aborted mid-call; keep the estimate then.
      await admitted?.reservation.settle(signal?.aborted ? admitted.estimate : 0).catch(() => undefined);
      if (shuttingDown && signal?.aborted) {
        // Shutdown ran out of grace: hand the prompt back untouched (no attempt is used up).
        await job.moveToWait(token);
        emit({ type: "returned", batchId: data.batchId, promptId: data.prompt.id });
        throw new WaitingError();
      }
      const deferral = gateDeferralMs(thrown);
      if (deferral !== undefined && token !== undefined) {
        // Our own gate said "not now" (configured rate limit, concurrency cap, 429 cool-down):
        // come back later without using up an attempt.
        await job.moveToDelayed(Date.now() + deferral, token);
        await store.addRetry(data.batchId);
        emit({ type: "deferred", batchId: data.batchId, promptId: data.prompt.id, delayMs: deferral });
        throw new DelayedError();
      }
      const error = toRouterError(thrown, options.router.config?.health?.openMs);
      const lastAttempt = runs >= (job.opts.attempts ?? 1);
      if (!error.retryable || lastAttempt) {
        const outcome = await store.writeResult({ batchId: data.batchId, result: errorResult(data, error, runs), now: Date.now() });
        if (outcome === 1) written += 1;
        emit({ type: "result", batchId: data.batchId, promptId: data.prompt.id, ok: false, duplicate: outcome === 0 });
        throw new UnrecoverableError(`${error.code}: ${error.message}`);
      }
      await store.addRetry(data.batchId);
      emit({ type: "retry", batchId: data.batchId, promptId: data.prompt.id, code: error.code, attempt: runs });
      throw error;
    }
  };

  const worker = new Worker<PromptJobData>(
    PROMPT_QUEUE_NAME,
    // Three declared parameters: BullMQ then hands the processor an AbortSignal.
    (job, token, signal) => processPrompt(job, token, signal),
    {
      connection: redis,
      prefix: keys.bullPrefix,
      concurrency: options.concurrency ?? settings.concurrency,
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
