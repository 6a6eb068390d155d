import type { ModelConfig, RouterConfig } from "../index.js";
import type { ReplayItem } from "./dataset.js";

/** The configured models as the simulation sees them: ladder order, tiers, prices, reference models. */
export interface ModelCatalog {
  /** Model ids, weakest/cheapest first (the config's ladder, else local then cloud in file order). */
  ladder: string[];
  byId: Map<string, ModelConfig>;
  local: string[];
  cloud: string[];
}

export function createCatalog(config: RouterConfig): ModelCatalog {
  const byId = new Map(config.models.map((model) => [model.id, model]));
  const ladder = config.ladder ?? [...config.models.filter((model) => model.tier === "local"), ...config.models.filter((model) => model.tier === "cloud")].map((model) => model.id);
  return {
    ladder,
    byId,
    local: ladder.filter((id) => byId.get(id)?.tier === "local"),
    cloud: ladder.filter((id) => byId.get(id)?.tier === "cloud"),
  };
}

/** Mean recorded score of each model over the items. */
export function meanScores(items: readonly ReplayItem[], modelIds: readonly string[]): Map<string, number> {
  const sums = new Map(modelIds.map((id) => [id, 0]));
  for (const item of items) for (const id of modelIds) sums.set(id, sums.get(id)! + (item.outcomes[id]?.score ?? 0));
  return new Map([...sums].map(([id, sum]) => [id, items.length === 0 ? 0 : sum / items.length]));
}

/** The highest mean score among candidates; ties go to the later one in ladder order. */
function best(scores: Map<string, number>, candidates: readonly string[]): string | undefined {
  let chosen: string | undefined;
  for (const id of candidates) if (chosen === undefined || scores.get(id)! >= scores.get(chosen)!) chosen = id;
  return chosen;
}

/**
 * Reference models of the gap metrics: `strong` = the cloud model with the best mean score on the
 * replayed prompts (the all-cloud baseline), `weak` = the local model with the best mean score
 * (RouteLLM's strong/weak pair, generalised to several models per tier).
 */
export function referenceModels(catalog: ModelCatalog, items: readonly ReplayItem[]): { strong: string; weak: string; scores: Map<string, number> } {
  const scores = meanScores(items, catalog.ladder);
  const strong = best(scores, catalog.cloud) ?? catalog.ladder[catalog.ladder.length - 1]!;
  const weak = best(scores, catalog.local) ?? catalog.ladder[0]!;
  return { strong, weak, scores };
}
