import { appendFile } from "node:fs/promises";
import type { RouteResult } from "../index.js";
import type { ReplayItem } from "./dataset.js";
import type { CallLog } from "./recorded-chat-model.js";
import type { PromptOutcome } from "./metrics.js";

/**
 * One routed prompt of a replay, as `simulate --trace-out` writes it (one JSON line a prompt): what
 * was called when, how it ended, and each called model's recorded score and answer length, so the
 * cascade's time over "straight to the final model" can be taken apart afterwards.
 */
export interface ReplayTraceLine {
  id: string;
  category: string | null;
  model: string;
  quality: number;
  latencyMs: number;
  directLatencyMs: number | null;
  /** Model calls in start order: start relative to the request's start, ms. */
  calls: Array<{ modelId: string; startMs: number }>;
  /** The router's attempts (its order), each with its reason, outcome and duration. */
  attempts: Array<{ modelId: string; reason: string; ok: boolean; error?: string; latencyMs: number; outputTokens: number }>;
  /** Recorded score and answer length (characters) of every model called. */
  recorded: Record<string, { score: number; outChars: number }>;
  /** The learned first step's plans with their values, and its reason (none without a learned model). */
  plans?: unknown;
  /** The chosen plan's full expected time as the planner sees it (PlannedTime of first-step-plan.ts). */
  planned?: unknown;
  selected?: string;
}

export function traceLine(item: ReplayItem, result: RouteResult, outcome: PromptOutcome, log: CallLog, startedAt: number): ReplayTraceLine {
  const called = log.calledModels ?? [];
  const selector = result.trace.find((entry) => entry.node === "bandit_selector");
  const recorded: ReplayTraceLine["recorded"] = {};
  for (const modelId of new Set([...called, result.model])) {
    const outcomeOf = item.outcomes[modelId];
    if (outcomeOf) recorded[modelId] = { score: outcomeOf.score, outChars: outcomeOf.outChars };
  }
  return {
    id: item.id,
    category: item.category,
    model: result.model,
    quality: outcome.quality,
    latencyMs: outcome.latencyMs,
    directLatencyMs: outcome.directLatencyMs ?? null,
    calls: called.map((modelId, index) => ({ modelId, startMs: (log.calledAt?.[index] ?? startedAt) - startedAt })),
    attempts: result.attempts.map((attempt) => ({
      modelId: attempt.modelId,
      reason: attempt.reason,
      ok: attempt.ok,
      ...(attempt.error !== undefined ? { error: attempt.error } : {}),
      latencyMs: attempt.latencyMs,
      outputTokens: attempt.usage.outputTokens,
    })),
    recorded,
    ...(selector ? { plans: selector.saw?.plans, planned: selector.saw?.planned, selected: selector.why } : {}),
  };
}

/** Appends the lines to `path` (JSON lines; a job split over workers appends each part). */
export async function writeTrace(path: string, lines: readonly ReplayTraceLine[]): Promise<void> {
  if (lines.length > 0) await appendFile(path, lines.map((line) => JSON.stringify(line)).join("\n") + "\n");
}
