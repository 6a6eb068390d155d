import { batchSchema, type BatchConfig } from "../config/index.js";

export type { BatchConfig };
export type BatchConfigInput = Partial<BatchConfig>;

/** Fills the defaults of the `batch` config section (a validated RouterConfig already has them). */
export function resolveBatchConfig(input: BatchConfigInput | undefined): BatchConfig {
  return batchSchema.parse(input ?? {});
}

/** Custom BullMQ backoff type: exponential with jitter, never shorter than an upstream Retry-After. */
export const BACKOFF_TYPE = "routellm";
