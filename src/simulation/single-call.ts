import type { RouterConfig } from "../index.js";
import type { ReplayItem } from "./dataset.js";
import type { ModelCatalog } from "./catalog.js";
import type { PromptOutcome } from "./metrics.js";
import { callTiming, conditionsAt } from "./latency.js";
import { cloudCallLeaks } from "./privacy-exposure.js";
import { effectiveLatency } from "../config/index.js";
import { callCostUsd, countPromptTokens, outputTokensFromChars } from "./tokens.js";

/** What a data strategy (one that needs no routing graph) works with. */
export interface DataContext {
  config: RouterConfig;
  catalog: ModelCatalog;
  seed: number;
  /** Prompt tokens of an item (cached by the caller). */
  promptTokens(item: ReplayItem): number;
}

export function createPromptTokenCache(): (item: ReplayItem) => number {
  const cache = new WeakMap<ReplayItem, number>();
  return (item) => {
    let tokens = cache.get(item);
    if (tokens === undefined) cache.set(item, (tokens = countPromptTokens([item.prompt])));
    return tokens;
  };
}

/**
 * The outcome of sending the prompt straight to one model: its recorded score, the cost of its
 * tokens at the configured prices and a latency drawn from its profile (same process as the
 * simulated chat models, at the request's virtual arrival time).
 */
export function singleCallOutcome(context: DataContext, item: ReplayItem, modelId: string, index: number, total: number): PromptOutcome {
  const model = context.catalog.byId.get(modelId);
  const outcome = item.outcomes[modelId];
  if (!model || !outcome) throw new Error(`no model or outcome for ${modelId}`);
  const simulation = context.config.simulation;
  const inputTokens = context.promptTokens(item);
  const outputTokens = outputTokensFromChars(outcome.outChars);
  const arrival = index * simulation.arrivalIntervalMs;
  const timing = callTiming(effectiveLatency(simulation), modelId, model.tier, outputTokens, conditionsAt(undefined, index, total), [
    context.seed,
    item.id,
    arrival,
  ]);
  return {
    quality: outcome.score,
    costUsd: callCostUsd(model.pricing, inputTokens, outputTokens),
    servedTokens: inputTokens + outputTokens,
    latencyMs: timing.totalMs,
    ttftMs: timing.ttftMs,
    reachedCloud: model.tier === "cloud",
    labelled: item.sensitive !== undefined,
    // The raw prompt goes to the model: a protected value reaches a cloud model in the clear.
    leaked: model.tier === "cloud" && cloudCallLeaks(item, context.config.privacy, [item.prompt]),
    escalations: 0,
    modelId,
  };
}

/** Expected cost of a model on an item (used to find the cheapest successful model). */
export function expectedCostUsd(context: DataContext, item: ReplayItem, modelId: string): number {
  const model = context.catalog.byId.get(modelId)!;
  return callCostUsd(model.pricing, context.promptTokens(item), outputTokensFromChars(item.outcomes[modelId]!.outChars));
}
