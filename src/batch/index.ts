// RouteLLM batch processing on BullMQ and Redis. Imports the core only through src/index.ts;
// the core never imports this folder. See README.md beside this file.
export { createBatchQueue, type BatchQueue, type BatchQueueOptions, type SubmitOptions, type SubmitReport, type BatchProgress } from "./batch-queue.js";
export { createBatchWorker, type BatchWorker, type BatchWorkerOptions, type BatchWorkerEvent } from "./batch-worker.js";
export { parseBatchInput, type ParsedInput, type InputLineError } from "./parse-input.js";
export { createBatchKeys, hashTaggedPrefix, PROMPT_QUEUE_NAME, type BatchKeys } from "./keys.js";
export { assertRedisReachable, maskRedisUrl, createRedisConnection } from "./redis-connection.js";
export { resolveBatchConfig, type BatchConfig, type BatchConfigInput } from "./batch-settings.js";
export { retryDelayMs } from "./backoff.js";
export type { PromptInput, PromptJobData, PromptResult, BatchInfo, BatchStatus } from "./job-types.js";
export { startWorkerProcess, type WorkerProcess, type WorkerProcessOptions } from "./worker-process.js";
export { runWorkerFromConfig, type RunWorkerOptions } from "./run-worker.js";
export { createBatchRouter, gatedRouterDependencies, type BatchRouterOptions } from "./batch-router.js";
export { createModelGates, limitsOf, type ModelGates } from "./gated-models.js";
export { createModelGate, type ModelGate, type ModelLimits } from "./model-gate.js";
export { registerBatchRoutes, BATCH_HTTP_PREFIX } from "./http-routes.js";
export { formatCost, loadBatchSettings, progressBar, progressLine, statusReport } from "./batch-cli-support.js";
