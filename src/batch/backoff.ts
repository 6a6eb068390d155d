import type { RandomSource } from "../index.js";

export interface BackoffSettings {
  backoffMs: number;
  backoffMaxMs: number;
}

/**
 * Delay before retry number `attemptsMade` (1 = first retry): `base * 2^(n-1)` with "equal jitter"
 * (between half and all of it), capped at `backoffMaxMs`, and never shorter than the upstream's
 * Retry-After (`details.retryAfterMs` of a MODEL_RATE_LIMITED error).
 */
export function retryDelayMs(attemptsMade: number, error: unknown, settings: BackoffSettings, random: RandomSource = Math.random): number {
  const exponential = Math.min(settings.backoffMaxMs, settings.backoffMs * 2 ** Math.max(0, attemptsMade - 1));
  const jittered = Math.round(exponential / 2 + (random() * exponential) / 2);
  const details = (error as { details?: { retryAfterMs?: unknown } } | undefined)?.details;
  const retryAfter = typeof details?.retryAfterMs === "number" && Number.isFinite(details.retryAfterMs) ? Math.max(0, details.retryAfterMs) : 0;
  return Math.max(jittered, Math.min(retryAfter, settings.backoffMaxMs * 10));
}
