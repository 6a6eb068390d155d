import type { RouterConfig } from "../../config/schema.js";
import { createSeededRandom } from "../../policies/clock.js";
import { serialiseRouterModel, type RouterModel } from "../router-model.js";
import type { ReplayItem } from "../../simulation/dataset.js";
import {
  createCatalog,
  createPromptTokenCache,
  createReplayPool,
  replayOrder,
  singleCallOutcome,
  type ReplayPool,
  type RouterFactory,
} from "../../simulation/index.js";
import { bootstrapInterval, type Interval } from "./calibrate.js";
import { RouterError } from "../../errors.js";

/**
 * How `routellm simulate` replays the router: the config as simulate runs it (its privacy share,
 * hardware, latency and reference model), the seed of every draw (replay order, synthetic sensitive
 * data, simulated latencies, the router's own random source) and the replay's worker threads.
 */
export interface GraphReplaySetup {
  config: RouterConfig;
  seed: number;
  /** The reference model of the quality ratio (simulate's all-cloud row). */
  referenceId: string;
  /** Written with the knob (`bandit.targetCloudShare`), or removed when undefined. */
  targetCloudShare?: number;
  /** Worker threads of a pool made for one call (0 = one per core; default 1: this thread); ignored with `pool`. */
  workers?: number;
  /** Threads kept across calls (calibrate's whole search): every replay of a call runs on it, in parallel. */
  pool?: ReplayPool;
  /** Injected router factory (tests); default: the package's createRouter. */
  createRouter?: RouterFactory;
}

/** Prompts replayed with one learned model (undefined: the router without one, as simulate with no classifier.learnedModel). */
export interface ReplaySide {
  items: readonly ReplayItem[];
  routerModel: RouterModel | undefined;
}

/** One prompt as the graph served it, beside the reference model alone on the same prompt. */
export interface ReplayedPrompt {
  id: string;
  quality: number;
  costUsd: number;
  servedTokens: number;
  /** 1 when the prompt reached a cloud model (a share when averaged over several replays). */
  cloud: number;
  referenceQuality: number;
  referenceCostUsd: number;
  referenceTokens: number;
}

/** Figures of a graph replay with 95% bootstrap intervals over prompts (the quality ratio resampled jointly with the reference). */
export interface ReplayFigures {
  prompts: number;
  quality: Interval;
  qualityRatio: Interval;
  costPer1MTokens: Interval;
  cloudShare: Interval;
  reference: { modelId: string; quality: number; costPer1MTokens: number };
}

/** The config `calibrate` writes: the knob, and the cloud-share budget kept online when given. */
export function configWithKnob(config: RouterConfig, costWeight: number, targetCloudShare: number | undefined): RouterConfig {
  const next = structuredClone(config);
  next.bandit.costWeight = costWeight;
  if (targetCloudShare === undefined) delete next.bandit.targetCloudShare;
  else next.bandit.targetCloudShare = targetCloudShare;
  // As simulate: the bandit learns in memory, per replay.
  next.bandit.store.type = "memory";
  return next;
}

/**
 * Replays each side through the real router graph (simulate's replay: same order, same synthetic
 * sensitive data, same recorded models on the virtual clock) once per cost weight. Returns, per
 * weight, every prompt of every side in replay order.
 */
export async function replayAtWeights(
  setup: GraphReplaySetup,
  sides: readonly ReplaySide[],
  weights: readonly number[],
): Promise<Map<number, ReplayedPrompt[]>> {
  const byWeight = new Map<number, ReplayedPrompt[]>(weights.map((weight) => [weight, []]));
  const catalog = createCatalog(setup.config);
  const context = { config: setup.config, catalog, seed: setup.seed, promptTokens: createPromptTokenCache() };
  const replayed = sides
    .filter((side) => side.items.length > 0)
    .map((side) => ({ side, items: replayOrder(side.items, setup.config.simulation.privacyShare, setup.seed) }));
  const configs = new Map(weights.map((weight) => [weight, configWithKnob(setup.config, weight, setup.targetCloudShare)]));
  // Every side at every weight is an independent replay: all of them go to the pool at once.
  const tasks = replayed.flatMap(({ side, items }) => {
    const learned = side.routerModel ? { learnedModel: serialiseRouterModel(side.routerModel) } : {};
    return weights.map((weight) => ({ job: { name: `costWeight=${weight}`, config: configs.get(weight)!, ...learned }, items }));
  });
  const pool =
    setup.pool ?? createReplayPool({ seed: setup.seed, workers: setup.workers ?? 1, ...(setup.createRouter ? { createRouter: setup.createRouter } : {}) });
  let results;
  try {
    results = await pool.run(tasks);
  } finally {
    if (!setup.pool) await pool.close();
  }
  let task = 0;
  for (const { items } of replayed) {
    const reference = items.map((item, index) => singleCallOutcome(context, item, setup.referenceId, index, items.length));
    for (const weight of weights) {
      const series = results[task++]!.series;
      const out = byWeight.get(weight)!;
      items.forEach((item, index) =>
        out.push({
          id: item.id,
          quality: series.quality[index]!,
          costUsd: series.costUsd[index]!,
          servedTokens: series.servedTokens[index]!,
          cloud: series.cloud[index]!,
          referenceQuality: reference[index]!.quality,
          referenceCostUsd: reference[index]!.costUsd,
          referenceTokens: reference[index]!.servedTokens,
        }),
      );
    }
  }
  return byWeight;
}

const sum = (prompts: readonly ReplayedPrompt[], value: (prompt: ReplayedPrompt) => number) => prompts.reduce((total, prompt) => total + value(prompt), 0);
const ratio = (numerator: number, denominator: number) => (denominator === 0 ? 0 : numerator / denominator);
const quality = (prompts: readonly ReplayedPrompt[]) =>
  ratio(
    sum(prompts, (prompt) => prompt.quality),
    prompts.length,
  );
const qualityRatio = (prompts: readonly ReplayedPrompt[]) =>
  ratio(
    sum(prompts, (prompt) => prompt.quality),
    sum(prompts, (prompt) => prompt.referenceQuality),
  );
const costPer1M = (prompts: readonly ReplayedPrompt[]) =>
  ratio(
    sum(prompts, (prompt) => prompt.costUsd),
    sum(prompts, (prompt) => prompt.servedTokens),
  ) * 1_000_000;
const cloudShare = (prompts: readonly ReplayedPrompt[]) =>
  ratio(
    sum(prompts, (prompt) => prompt.cloud),
    prompts.length,
  );

/** The point figures of a replay (no interval): what the search compares. */
export function replayPoint(costWeight: number, prompts: readonly ReplayedPrompt[]) {
  return { costWeight, quality: quality(prompts), qualityRatio: qualityRatio(prompts), costPer1MTokens: costPer1M(prompts), cloudShare: cloudShare(prompts) };
}

type Statistic = "quality" | "qualityRatio" | "costPer1MTokens" | "cloudShare";
const STATISTICS: Record<Statistic, (prompts: readonly ReplayedPrompt[]) => number> = {
  quality,
  qualityRatio,
  costPer1MTokens: costPer1M,
  cloudShare,
};

/**
 * Figures of a replay with 95% percentile-bootstrap intervals (prompts resampled; one seeded stream).
 * With `predictFor` (the number of prompts of another sample from the same traffic, e.g. the
 * held-out side), each interval is a prediction interval for that sample's figure: the bootstrap's
 * deviations widened by sqrt(1 + n / predictFor), as the other sample's own noise adds to this one's.
 */
export function replayFigures(
  prompts: readonly ReplayedPrompt[],
  referenceId: string,
  options: { resamples: number; seed: number; predictFor?: number; extraVariance?: Partial<Record<Statistic, number>> },
): ReplayFigures {
  const random = createSeededRandom(options.seed);
  const widen = options.predictFor ? Math.sqrt(1 + prompts.length / Math.max(1, options.predictFor)) : 1;
  const z = 1.959964;
  const interval = (name: Statistic) => {
    const { value, low, high } = bootstrapInterval(prompts, STATISTICS[name], { resamples: options.resamples, random });
    // Independent sources of error add in variance: each side's bootstrap half-width with the extra spread.
    const extra = z * z * (options.extraVariance?.[name] ?? 0);
    const spread = (halfWidth: number) => Math.sqrt(halfWidth * halfWidth * widen * widen + extra);
    // Never past what the figure can be: shares and quality within [0, 1], cost and ratios not below 0.
    const ceiling = name === "cloudShare" || name === "quality" ? 1 : Infinity;
    return { value, low: Math.max(0, value - spread(value - low)), high: Math.min(ceiling, value + spread(high - value)) };
  };
  return {
    prompts: prompts.length,
    quality: interval("quality"),
    qualityRatio: interval("qualityRatio"),
    costPer1MTokens: interval("costPer1MTokens"),
    cloudShare: interval("cloudShare"),
    reference: {
      modelId: referenceId,
      quality: ratio(
        sum(prompts, (prompt) => prompt.referenceQuality),
        prompts.length,
      ),
      costPer1MTokens:
        ratio(
          sum(prompts, (prompt) => prompt.referenceCostUsd),
          sum(prompts, (prompt) => prompt.referenceTokens),
        ) * 1_000_000,
    },
  };
}

/**
 * The forecast from several replays of the same prompts, each with another cross-fitting assignment
 * (which prompts trained the model that routed each one). Point figures: each prompt's outcome
 * averaged over the replays. Intervals (95%, prediction intervals with `predictFor`): the prompts'
 * bootstrap as in `replayFigures`, plus the spread between the replays (s², the variance that comes
 * from which model routed a prompt and the online state the replay order gave it), counted
 * s² (1 + 1/R): once for the held-out side's own model and once (over R) for this mean.
 */
export function forecastFigures(
  replays: ReadonlyArray<readonly ReplayedPrompt[]>,
  referenceId: string,
  options: { resamples: number; seed: number; predictFor?: number },
): ReplayFigures & { replays: number } {
  const count = replays.length;
  if (count <= 1) return { ...replayFigures(replays[0] ?? [], referenceId, options), replays: count };
  const byId = new Map<string, ReplayedPrompt>();
  const seen = new Map<string, number>();
  for (const replay of replays)
    for (const prompt of replay) {
      seen.set(prompt.id, (seen.get(prompt.id) ?? 0) + 1);
      const sum = byId.get(prompt.id);
      if (!sum) byId.set(prompt.id, { ...prompt });
      else
        for (const key of ["quality", "costUsd", "servedTokens", "cloud", "referenceQuality", "referenceCostUsd", "referenceTokens"] as const)
          sum[key] += prompt[key];
    }
  if ([...seen.values()].some((times) => times !== count))
    throw new RouterError("INTERNAL", "forecast: the replays to average do not hold the same prompts once each (duplicate prompt ids?)");
  const averaged = [...byId.values()].map((prompt) => {
    const mean = { ...prompt };
    for (const key of ["quality", "costUsd", "servedTokens", "cloud", "referenceQuality", "referenceCostUsd", "referenceTokens"] as const) mean[key] /= count;
    return mean;
  });
  const variance = (name: Statistic) => {
    const values = replays.map((replay) => STATISTICS[name](replay));
    const mean = values.reduce((total, value) => total + value, 0) / count;
    return (values.reduce((total, value) => total + (value - mean) ** 2, 0) / (count - 1)) * (1 + 1 / count);
  };
  const extraVariance = Object.fromEntries((Object.keys(STATISTICS) as Statistic[]).map((name) => [name, variance(name)]));
  return { ...replayFigures(averaged, referenceId, { ...options, extraVariance }), replays: count };
}
