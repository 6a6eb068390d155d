/**
 * Redis key layout of batches. Every key shares one Redis Cluster hash tag (`{routellm}`), because
 * BullMQ's Lua scripts and ours touch several keys at once, and a cluster runs a multi-key script
 * only when all its keys hash to the same slot. See README.md ("Redis Cluster").
 */

/** Name of the BullMQ queue holding the prompt jobs (a group of prompts each). */
export const PROMPT_QUEUE_NAME = "prompts";

import { withHashTag } from "../index.js";

/** `routellm` -> `{routellm}`; a prefix that already carries a hash tag is kept as it is. */
export const hashTaggedPrefix: (queuePrefix: string) => string = withHashTag;

export interface BatchKeys {
  /** BullMQ `prefix` option: BullMQ keys are `<prefix>:prompts:...`. */
  readonly bullPrefix: string;
  /** Sorted set of batch ids scored by creation time. */
  readonly index: string;
  /** Sorted set of one owner's batch ids (submitted over HTTP with that key), scored by creation time. */
  ownerIndex(owner: string): string;
  meta(batchId: string): string;
  results(batchId: string): string;
  /** Token buckets (requests and tokens per minute) of one model, shared by every worker. */
  rateLimit(modelId: string): string;
  /** Leases of the calls in flight to one model (concurrency cap), shared by every worker. */
  concurrency(modelId: string): string;
}

export function createBatchKeys(queuePrefix: string): BatchKeys {
  const prefix = hashTaggedPrefix(queuePrefix);
  return {
    bullPrefix: prefix,
    index: `${prefix}:batches`,
    ownerIndex: (owner) => `${prefix}:owner:${owner}:batches`,
    meta: (batchId) => `${prefix}:batch:${batchId}`,
    results: (batchId) => `${prefix}:batch:${batchId}:results`,
    rateLimit: (modelId) => `${prefix}:limit:${modelId}`,
    concurrency: (modelId) => `${prefix}:inflight:${modelId}`,
  };
}

/** BullMQ job id of the group of prompts starting at `first`: deterministic, so re-adding the same group is a no-op. */
export function promptJobId(batchId: string, first: number): string {
  return `${batchId}.${first}`;
}

/** The job ids of a batch of `total` prompts submitted `promptsPerJob` to a job. */
export function promptJobIds(batchId: string, total: number, promptsPerJob: number): string[] {
  const ids: string[] = [];
  for (let first = 0; first < total; first += promptsPerJob) ids.push(promptJobId(batchId, first));
  return ids;
}

const BATCH_ID_PATTERN = /^b[0-9a-z]{6,40}$/;

export function isBatchId(value: string): boolean {
  return BATCH_ID_PATTERN.test(value);
}

/** A new batch id: time-ordered and unique (`b` + base36 time + random). */
export function newBatchId(now = Date.now(), random: () => number = Math.random): string {
  const time = now.toString(36).padStart(9, "0");
  let tail = "";
  for (let index = 0; index < 6; index += 1) tail += Math.floor(random() * 36).toString(36);
  return `b${time}${tail}`;
}
