import { z } from "zod";
import { redisTargetSchema } from "./redis.js";

/**
 * Settings of the BullMQ batch queue and workers (`routellm batch ...`, `routellm worker`).
 * See src/batch/README.md for what each one changes and the Redis settings batches need.
 */
export const batchSchema = z
  .object({
    /** Redis URL or topology (standalone, Sentinel or Cluster; see sections/redis.ts). Credentials are never printed. Env ROUTELLM_REDIS_URL overrides. */
    redisUrl: redisTargetSchema.default("redis://127.0.0.1:6379"),
    /** Key prefix; wrapped in a Redis Cluster hash tag (`{routellm}`) so every batch key shares one slot. */
    queuePrefix: z
      .string()
      .min(1)
      .regex(/^[A-Za-z0-9._{}-]+$/, "letters, digits and . _ - { } only")
      .default("routellm"),
    /** Prompts one worker process runs at once. */
    concurrency: z.number().int().positive().default(8),
    /**
     * Prompts per BullMQ job. Several prompts share one job's queue overhead (fetch, lock, completion);
     * results, retries, deferrals and cancellation stay per prompt. 1 gives one job per prompt.
     */
    promptsPerJob: z.number().int().min(1).max(1_000).default(32),
    /** Tries per prompt (first run included) for retryable errors. */
    maxAttempts: z.number().int().min(1).max(50).default(5),
    /** First retry delay; doubles on each retry (with jitter), never below an upstream Retry-After. */
    backoffMs: z.number().int().nonnegative().default(1_000),
    /** Longest retry delay. */
    backoffMaxMs: z.number().int().positive().default(60_000),
    /** A job whose worker stops renewing its lock for this long is taken back by another worker. */
    lockDurationMs: z.number().int().positive().default(30_000),
    /** How often workers look for stalled jobs (those of a dead worker). */
    stalledIntervalMs: z.number().int().positive().default(30_000),
    /** Times a job may stall (its worker died) before it is reported failed. */
    maxStalledCount: z.number().int().min(0).default(3),
    /** On SIGTERM/SIGINT: wait this long for in-flight prompts, then hand the rest back to the queue. */
    shutdownGraceMs: z.number().int().nonnegative().default(30_000),
    /** Results and counters of a finished batch are kept this long (seconds); 0 keeps them until deleted. */
    resultsTtlSeconds: z
      .number()
      .int()
      .nonnegative()
      .default(7 * 24 * 3600),
    /** Calls at once to a local model without its own `maxConcurrency`, across all workers (0: no cap). */
    localModelConcurrency: z.number().int().nonnegative().default(2),
    /** Prompts added to Redis per pipelined write at submit time. */
    submitChunkSize: z.number().int().positive().default(5_000),
  })
  .strict()
  .prefault({});

export type BatchConfig = z.infer<typeof batchSchema>;
