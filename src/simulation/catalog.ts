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
  const ladder =
    config.ladder ??
    [...config.models.filter((model) => model.tier === "local"), ...config.models.filter((model) => model.tier === "cloud")].map((model) => model.id);
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

/**
 * The reference (strong) model of every command: `simulation.referenceModel` when set, else the most
 * expensive cloud model (output price, then input price; the later one in the ladder on a tie), else
 * the top of the ladder. Chosen from the config alone, so `simulate`, `calibrate` and `bench:learning`
 * measure against the same model whatever the prompts.
 */
export function configuredReferenceModel(config: RouterConfig, catalog: ModelCatalog = createCatalog(config)): string {
  const configured = config.simulation.referenceModel;
  if (configured !== undefined) return configured;
  let chosen: string | undefined;
  for (const id of catalog.cloud) {
    const pricing = catalog.byId.get(id)!.pricing;
    const best = chosen === undefined ? undefined : catalog.byId.get(chosen)!.pricing;
    if (!best || pricing.outputPer1M > best.outputPer1M || (pricing.outputPer1M === best.outputPer1M && pricing.inputPer1M >= best.inputPer1M)) chosen = id;
  }
  return chosen ?? catalog.ladder[catalog.ladder.length - 1]!;
}

/** Local models ranked by mean score on the given (training) prompts, best first; ladder order on a tie (later first). */
export function localModelsByQuality(catalog: ModelCatalog, trainItems: readonly ReplayItem[]): string[] {
  const scores = meanScores(trainItems, catalog.local);
  const position = new Map(catalog.ladder.map((id, index) => [id, index]));
  return [...catalog.local].sort((a, b) => scores.get(b)! - scores.get(a)! || position.get(b)! - position.get(a)!);
}

/** The cheapest cloud model (output price, then input price); the reference model when there is none. */
export function cheapestCloudModel(catalog: ModelCatalog, fallback: string): string {
  let chosen: string | undefined;
  for (const id of catalog.cloud) {
    const pricing = catalog.byId.get(id)!.pricing;
    const best = chosen === undefined ? undefined : catalog.byId.get(chosen)!.pricing;
    if (!best || pricing.outputPer1M < best.outputPer1M || (pricing.outputPer1M === best.outputPer1M && pricing.inputPer1M < best.inputPer1M)) chosen = id;
  }
  return chosen ?? fallback;
}

/**
 * Reference models of the gap metrics: `strong` = the configured reference model (the all-cloud
 * baseline), `weak` = the local model with the best mean score on the *training* prompts (never the
 * held-out labels). `scores` are the held-out means, for display.
 */
export function referenceModels(
  config: RouterConfig,
  catalog: ModelCatalog,
  items: readonly ReplayItem[],
  trainItems: readonly ReplayItem[],
): { strong: string; weak: string; scores: Map<string, number> } {
  const scores = meanScores(items, catalog.ladder);
  const strong = configuredReferenceModel(config, catalog);
  const weak = localModelsByQuality(catalog, trainItems.length > 0 ? trainItems : items)[0] ?? catalog.ladder[0]!;
  return { strong, weak, scores };
}
