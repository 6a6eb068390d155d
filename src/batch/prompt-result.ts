import { RouterError, isRouterError, type RouteResult } from "../index.js";
import type { BatchPrompt, PromptResult } from "./job-types.js";

export function successResult(data: BatchPrompt, result: RouteResult, runs: number): PromptResult {
  return {
    id: data.prompt.id,
    index: data.index,
    answer: result.answer,
    model: result.model,
    tier: result.tier,
    escalations: result.escalations,
    usage: { input_tokens: result.usage.inputTokens, output_tokens: result.usage.outputTokens, cost_usd: result.usage.costUsd },
    cost: result.usage.costUsd,
    attempts: result.attempts.map((attempt) => attempt.modelId),
    runs,
    error: null,
  };
}

export function errorResult(data: BatchPrompt, error: RouterError, runs: number): PromptResult {
  return {
    id: data.prompt.id,
    index: data.index,
    answer: null,
    model: null,
    tier: null,
    escalations: 0,
    usage: { input_tokens: 0, output_tokens: 0, cost_usd: 0 },
    cost: 0,
    attempts: [],
    runs,
    error: { code: error.code, message: error.message, retryable: error.retryable },
  };
}

/** How long to wait when the failure was our own gate (rate limit, cap, 429 cool-down) saying "not now". */
export function gateDeferralMs(error: unknown): number | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current !== undefined && current !== null; depth += 1) {
    if (isRouterError(current) && current.details["gate"] === true) {
      const wait = current.details["retryAfterMs"];
      return typeof wait === "number" && Number.isFinite(wait) ? Math.max(10, wait) : 1_000;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function openCircuitIn(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current !== undefined && current !== null; depth += 1) {
    if (isRouterError(current) && current.details["circuit"] === "open") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Any thrown value as a RouterError, as a batch job sees it. Unknown failures are INTERNAL and
 * worth a bounded retry. A model whose circuit is open fails a chat request at once
 * (non-retryable), but for a batch it is a pause: retry after the circuit's open time.
 */
export function toRouterError(error: unknown, circuitOpenMs = 30_000): RouterError {
  if (isRouterError(error) && !error.retryable && openCircuitIn(error))
    return new RouterError(error.code, error.message, { cause: error, retryable: true, details: { ...error.details, retryAfterMs: circuitOpenMs } });
  if (isRouterError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new RouterError("INTERNAL", `prompt failed: ${message}`, { cause: error, retryable: true });
}
