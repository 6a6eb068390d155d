import type { PlainMessage, Tier } from "../index.js";

/** One valid input line: `{"id", "messages" | "prompt", "metadata"?}`. */
export interface PromptInput {
  id: string;
  /** Either a plain prompt or OpenAI-style messages. */
  prompt?: string;
  messages?: PlainMessage[];
  metadata?: Record<string, unknown>;
}

/**
 * The client key a batch was submitted with over HTTP: its name and the limits it had then. Its
 * prompts count against that key's rate limit and budget like online requests.
 */
export interface BatchOwner {
  name: string;
  requestsPerMinute?: number;
  usdPerDay?: number;
}

/** What the router is asked for each prompt: a profile, or a model id (bypassing routing). */
export type BatchTarget = { profile: string } | { model: string };

/** One prompt of a batch, with what every prompt of its batch shares. */
export interface BatchPrompt {
  batchId: string;
  /** Position in the submitted file (result ordering). */
  index: number;
  prompt: PromptInput;
  /** Set for batches submitted over HTTP: whose limits the prompt counts against. */
  owner?: BatchOwner;
  /** Set for batches submitted over HTTP: the target the key was allowed to name. */
  target?: BatchTarget;
}

/** Data of one BullMQ job: a group of consecutive prompts of one batch (`batch.promptsPerJob`). */
export interface PromptJobData {
  batchId: string;
  /** Index of the group's first prompt in the submitted file (job id suffix); prompt i has index `first + i`. */
  first: number;
  prompts: PromptInput[];
  owner?: BatchOwner;
  target?: BatchTarget;
  /** Per prompt of the group: runs already used by retryable failures (absent: none yet). */
  runs?: number[];
  /** Per prompt of the group: epoch ms before which it must not run again (a backoff or a gate's "not now"). */
  notBefore?: number[];
}

export type BatchStatus = "submitting" | "running" | "completed" | "cancelled";

/** A batch's record in Redis: counters move only when a prompt's first result is written. */
export interface BatchInfo {
  id: string;
  name: string | undefined;
  /** The client key that submitted it over HTTP (undefined: submitted by the CLI or the library). */
  owner?: string | undefined;
  status: BatchStatus;
  total: number;
  succeeded: number;
  failed: number;
  /** Job retries scheduled so far (each retry re-runs the router graph). */
  retries: number;
  costUsd: number;
  inputTokens: number;
  outputTokens: number;
  /** Epoch milliseconds. */
  createdAt: number;
  firstResultAt: number | undefined;
  lastResultAt: number | undefined;
  finishedAt: number | undefined;
  /** Input lines rejected at submit time. */
  invalidLines: number;
  priority: number | undefined;
}

/** One line of `routellm batch results`: exactly one per prompt id. */
export interface PromptResult {
  id: string;
  index: number;
  answer: string | null;
  model: string | null;
  tier: Tier | null;
  escalations: number;
  usage: { input_tokens: number; output_tokens: number; cost_usd: number };
  cost: number;
  /** Models called, in order (fallbacks and escalations included). */
  attempts: string[];
  /** Runs it took (1 = first try; deferrals by a gate or a key's rate limit do not count). */
  runs: number;
  error: { code: string; message: string; retryable: boolean } | null;
}
