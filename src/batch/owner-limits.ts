import { RouterError, type RouterConfig } from "../index.js";
import type { ClientLimits, Reservation } from "../server/client-limits.js";
import { estimateRequestCostUsd } from "../server/cost-estimate.js";
import { HttpError } from "../server/http-errors.js";
import type { BatchPrompt } from "./job-types.js";

/** Longest "not now" from a key's limits that is waited out (a rate window, budget reserved in flight); longer ones (a spent daily budget) fail the prompt. */
const LIMIT_DEFERRAL_CAP_MS = 60_000;

/** A key's limit refusal as the prompt sees it: a gate deferral (come back later) or BUDGET_EXCEEDED. */
function limitError(error: HttpError): RouterError {
  const retryAfterMs = (error.retryAfterSeconds ?? 1) * 1000;
  if (retryAfterMs <= LIMIT_DEFERRAL_CAP_MS) return new RouterError("RATE_LIMITED", error.message, { retryable: true, details: { gate: true, retryAfterMs } });
  return new RouterError(error.code === "budget_exceeded" ? "BUDGET_EXCEEDED" : "RATE_LIMITED", `${error.message} (the batch's key)`, {
    retryable: false,
    details: { retryAfterMs },
  });
}

export type OwnerAdmission = { reservation: Reservation; estimate: number } | undefined;

/**
 * Counts a prompt against its batch owner's rate limit and reserves its estimated cost against the
 * owner's budget, per prompt as for an online request (undefined: the batch has no owner limits).
 */
export async function admitOwner(prompt: BatchPrompt, config: RouterConfig | undefined, clientLimits: ClientLimits): Promise<OwnerAdmission> {
  if (prompt.owner === undefined || (prompt.owner.requestsPerMinute === undefined && prompt.owner.usdPerDay === undefined)) return undefined;
  const messages = prompt.prompt.messages ?? [{ role: "user" as const, content: prompt.prompt.prompt ?? "" }];
  const estimate = config === undefined ? 0 : estimateRequestCostUsd(config, messages, prompt.target ?? {}, config.server.auth.estimatedOutputTokens);
  const owner = { name: prompt.owner.name, requestsPerMinute: prompt.owner.requestsPerMinute, usdPerDay: prompt.owner.usdPerDay };
  try {
    return { reservation: await clientLimits.admit(owner, estimate), estimate };
  } catch (error) {
    if (error instanceof HttpError) throw limitError(error);
    throw new RouterError("STORE_UNAVAILABLE", "the per-key limit store is unavailable", { cause: error, retryable: true });
  }
}
