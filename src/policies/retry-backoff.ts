import type { RandomSource } from "./clock.js";

/** Delay before retrying a model call: exponential backoff with full jitter; a server's Retry-After wins when it is longer (capped). */
export function modelRetryDelayMs(attempt: number, baseMs: number, random: RandomSource, retryAfterMs?: number, capMs = 30_000): number {
  const exponential = Math.min(capMs, baseMs * 2 ** attempt);
  const jittered = exponential * random();
  return Math.min(capMs, Math.max(jittered, retryAfterMs ?? 0));
}
