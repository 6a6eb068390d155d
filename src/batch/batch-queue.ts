import { Queue } from "bullmq";
import { RouterError, isRouterError } from "../index.js";
import { resolveBatchConfig, BACKOFF_TYPE, type BatchConfig, type BatchConfigInput } from "./batch-settings.js";
import { createBatchKeys, isBatchId, newBatchId, promptJobId, promptJobIds, PROMPT_QUEUE_NAME, type BatchKeys } from "./keys.js";
import { createRedisConnection, maskRedisUrl, type RedisClient, type RedisTarget } from "./redis-connection.js";
import { createResultsStore, type ResultsStore } from "./results-store.js";
import { parseBatchInput, type InputLineError } from "./parse-input.js";
import type { BatchInfo, BatchOwner, BatchTarget, PromptInput, PromptJobData, PromptResult } from "./job-types.js";

const EVENTS_MAX_LEN = 1_000;
/** A batch is split into at least this many jobs when it has that many prompts, so several workers share a small batch. */
const MIN_JOBS_PER_BATCH = 64;

export interface BatchQueueOptions {
  /** The `batch` config section (defaults filled in when absent). */
  batch?: BatchConfigInput;
  /** An existing ioredis connection (e.g. a Cluster); otherwise one is opened to `batch.redisUrl`. */
  connection?: RedisClient;
}

export interface SubmitOptions {
  name?: string;
  /** BullMQ priority: 1 is the highest; batches without one run before prioritised ones. */
  priority?: number;
  /** Reject the whole batch when any line is invalid. */
  strict?: boolean;
  /** Lines the caller already rejected (recorded on the batch, shown by status). */
  invalidLines?: number;
  /** The client key submitting over HTTP: owns the batch, and its prompts count against its limits. */
  owner?: BatchOwner;
  /** The profile or model every prompt is routed with (default: the router's default profile). */
  target?: BatchTarget;
}

export interface SubmitReport {
  batchId: string;
  enqueued: number;
  /** Lines rejected (never enqueued). */
  errors: InputLineError[];
}

export interface BatchProgress extends BatchInfo {
  pending: number;
  /** Results per second since the first result. */
  throughput: number | undefined;
  /** Seconds until the last result at the current throughput. */
  etaSeconds: number | undefined;
}

export interface BatchQueue {
  readonly keys: BatchKeys;
  readonly settings: BatchConfig;
  /** The BullMQ queue of prompt jobs (`batch.promptsPerJob` prompts each). */
  readonly queue: Queue<PromptJobData>;
  /** Enqueues a JSONL file's text; bad lines are reported and skipped (or, with `strict`, fail the batch). */
  submitText(text: string | Uint8Array, options?: SubmitOptions): Promise<SubmitReport>;
  /** Enqueues already-validated prompts (ids must be unique). */
  submit(prompts: PromptInput[], options?: SubmitOptions): Promise<SubmitReport>;
  /** Throws BATCH_NOT_FOUND for an unknown id. */
  status(batchId: string): Promise<BatchProgress>;
  /** Exactly one result per prompt that has finished, in input order. */
  results(batchId: string): Promise<PromptResult[]>;
  /**
   * Stops a batch: waiting jobs are removed (`removedJobs` counts the prompts they held); prompts
   * already running still record their result, and the other prompts of a running job are skipped.
   */
  cancel(batchId: string): Promise<{ previousStatus: BatchInfo["status"]; removedJobs: number }>;
  /** Newest first; with `owner`, only the batches that key submitted. */
  list(limit?: number, owner?: string): Promise<BatchInfo[]>;
  /** Forgets a batch's record and results (after they were collected). */
  remove(batchId: string): Promise<void>;
  close(): Promise<void>;
}

function storeError(cause: unknown, redisUrl: RedisTarget): RouterError {
  if (isRouterError(cause)) return cause;
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new RouterError("STORE_UNAVAILABLE", `Redis at ${maskRedisUrl(redisUrl)} failed: ${reason}`, { cause, retryable: true });
}

function validatePriority(priority: number | undefined): void {
  if (priority === undefined) return;
  if (!Number.isInteger(priority) || priority < 1 || priority > 2_097_152)
    throw new RouterError("INVALID_REQUEST", `priority must be an integer from 1 (highest) to 2097152, got ${priority}`, { details: { field: "priority" } });
}

export function createBatchQueue(options: BatchQueueOptions = {}): BatchQueue {
  const settings = resolveBatchConfig(options.batch);
  const keys = createBatchKeys(settings.queuePrefix);
  const ownsConnection = options.connection === undefined;
  const redis = options.connection ?? createRedisConnection(settings.redisUrl, "client");
  const store: ResultsStore = createResultsStore(redis, keys, { resultsTtlSeconds: settings.resultsTtlSeconds });
  // The events stream is BullMQ's only per-job trace left after jobs are trimmed: keep it short.
  const queue = new Queue<PromptJobData>(PROMPT_QUEUE_NAME, { connection: redis, prefix: keys.bullPrefix, streams: { events: { maxLen: EVENTS_MAX_LEN } } });
  queue.on("error", () => undefined);

  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (cause) {
      throw storeError(cause, settings.redisUrl);
    }
  };

  const requireBatch = async (batchId: string): Promise<BatchInfo> => {
    const info = isBatchId(batchId) ? await guard(() => store.getBatch(batchId)) : undefined;
    if (!info) throw new RouterError("BATCH_NOT_FOUND", `no batch with id "${batchId}" (see \`routellm batch list\`)`, { details: { batchId } });
    return info;
  };

  /** Removes the batch's jobs still waiting or delayed; returns how many prompts they held. */
  const removeJobs = async (batchId: string, total: number, promptsPerJob: number): Promise<number> => {
    const allIds = promptJobIds(batchId, total, promptsPerJob);
    let removed = 0;
    for (let start = 0; start < allIds.length; start += 500) {
      const ids = allIds.slice(start, start + 500);
      const pipeline = redis.pipeline();
      for (const id of ids) pipeline.exists(`${keys.bullPrefix}:${PROMPT_QUEUE_NAME}:${id}`);
      const exists = (await pipeline.exec()) ?? [];
      const present = ids.filter((_, index) => exists[index]?.[1] === 1);
      // A job that is running holds a lock and is not removed (0); its prompts still record their results.
      const outcomes = await Promise.all(present.map((id) => queue.remove(id).catch(() => 0)));
      present.forEach((id, index) => {
        if (outcomes[index] !== 1) return;
        const first = Number(id.slice(batchId.length + 1));
        removed += Math.min(promptsPerJob, total - first);
      });
    }
    return removed;
  };

  const submit = async (prompts: PromptInput[], submitOptions: SubmitOptions = {}, errors: InputLineError[] = []): Promise<SubmitReport> => {
    validatePriority(submitOptions.priority);
    if (submitOptions.strict && errors.length > 0)
      throw new RouterError("INVALID_REQUEST", `${errors.length} invalid input line(s); nothing was enqueued (--strict)`, { details: { errors } });
    if (prompts.length === 0)
      throw new RouterError(
        "INVALID_REQUEST",
        errors.length > 0 ? `no valid input line (${errors.length} invalid); nothing was enqueued` : "the input has no prompts",
        { details: { errors } },
      );
    const ids = new Set(prompts.map((prompt) => prompt.id));
    if (ids.size !== prompts.length) throw new RouterError("INVALID_REQUEST", "prompt ids must be unique within a batch");

    const batchId = newBatchId();
    const createdAt = Date.now();
    const promptsPerJob = Math.min(settings.promptsPerJob, Math.max(1, Math.ceil(prompts.length / MIN_JOBS_PER_BATCH)));
    await guard(() =>
      store.createBatch({
        id: batchId,
        ...(submitOptions.name === undefined ? {} : { name: submitOptions.name }),
        ...(submitOptions.owner === undefined ? {} : { owner: submitOptions.owner.name }),
        total: prompts.length,
        invalidLines: submitOptions.invalidLines ?? errors.length,
        ...(submitOptions.priority === undefined ? {} : { priority: submitOptions.priority }),
        createdAt,
        promptsPerJob,
      }),
    );
    // Whole groups per pipelined write, about `submitChunkSize` prompts each.
    const promptsPerWrite = Math.max(1, Math.floor(settings.submitChunkSize / promptsPerJob)) * promptsPerJob;
    try {
      for (let start = 0; start < prompts.length; start += promptsPerWrite) {
        const jobs = [];
        for (let first = start; first < Math.min(prompts.length, start + promptsPerWrite); first += promptsPerJob)
          jobs.push({
            name: "prompts",
            data: {
              batchId,
              first,
              prompts: prompts.slice(first, first + promptsPerJob),
              ...(submitOptions.owner === undefined ? {} : { owner: submitOptions.owner }),
              ...(submitOptions.target === undefined ? {} : { target: submitOptions.target }),
            },
            opts: {
              jobId: promptJobId(batchId, first),
              // Prompt failures are retried per prompt by the worker; BullMQ's attempts only cover a
              // job whose run failed as a whole (Redis lost while writing results).
              attempts: settings.maxAttempts,
              backoff: { type: BACKOFF_TYPE, delay: settings.backoffMs },
              removeOnComplete: true,
              removeOnFail: true,
              ...(submitOptions.priority === undefined ? {} : { priority: submitOptions.priority }),
            },
          });
        await queue.addBulk(jobs);
      }
      await store.finishSubmit(batchId, prompts.length, Date.now());
    } catch (cause) {
      // Roll back so no half-submitted batch is left behind (best effort: Redis may be gone).
      await removeJobs(batchId, prompts.length, promptsPerJob).catch(() => 0);
      await store.deleteBatch(batchId).catch(() => undefined);
      throw storeError(cause, settings.redisUrl);
    }
    return { batchId, enqueued: prompts.length, errors };
  };

  return {
    keys,
    settings,
    queue,
    async submitText(text, submitOptions) {
      const parsed = parseBatchInput(text);
      return submit(parsed.prompts, submitOptions, parsed.errors);
    },
    submit: (prompts, submitOptions) => submit(prompts, submitOptions),
    async status(batchId) {
      const info = await requireBatch(batchId);
      const done = info.succeeded + info.failed;
      const pending = Math.max(0, info.total - done);
      let throughput: number | undefined;
      if (info.firstResultAt !== undefined && info.lastResultAt !== undefined && done > 1 && info.lastResultAt > info.firstResultAt)
        throughput = (done - 1) / ((info.lastResultAt - info.firstResultAt) / 1000);
      const active = info.status === "running" || info.status === "submitting";
      const etaSeconds = active && throughput !== undefined && throughput > 0 ? pending / throughput : undefined;
      return { ...info, pending, throughput, etaSeconds };
    },
    async results(batchId) {
      await requireBatch(batchId);
      return guard(() => store.readResults(batchId));
    },
    async cancel(batchId) {
      const info = await requireBatch(batchId);
      const previousStatus = await guard(() => store.cancel(batchId, Date.now()));
      if (previousStatus === undefined) throw new RouterError("BATCH_NOT_FOUND", `no batch with id "${batchId}"`, { details: { batchId } });
      const removedJobs =
        previousStatus === "running" || previousStatus === "submitting"
          ? await guard(async () => removeJobs(batchId, info.total, await store.promptsPerJob(batchId)))
          : 0;
      return { previousStatus, removedJobs };
    },
    list: (limit = 50, owner) => guard(() => store.listBatches(limit, owner)),
    async remove(batchId) {
      const info = await requireBatch(batchId);
      if (info.status === "running" || info.status === "submitting")
        await guard(async () => removeJobs(batchId, info.total, await store.promptsPerJob(batchId)));
      await guard(() => store.deleteBatch(batchId));
    },
    async close() {
      await queue.close().catch(() => undefined);
      if (ownsConnection) redis.disconnect();
    },
  };
}
