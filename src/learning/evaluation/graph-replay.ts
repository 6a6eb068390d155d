import type { RouterConfig } from "../../config/schema.js";
import { createSeededRandom } from "../../policies/clock.js";
import { serialiseRouterModel, type RouterModel } from "../router-model.js";
import type { ReplayItem } from "../../simulation/dataset.js";
import { createCatalog, createPromptTokenCache, replayOrder, runGraphJobs, singleCallOutcome, type RouterFactory } from "../../simulation/index.js";
import { bootstrapInterval, type Interval } from "./calibrate.js";

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
  workers?: number;
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
  quality: number;
  costUsd: number;
  servedTokens: number;
  cloud: boolean;
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
  for (const side of sides) {
    if (side.items.length === 0) continue;
    const items = replayOrder(side.items, setup.config.simulation.privacyShare, setup.seed);
    const learned = side.routerModel ? { learnedModel: serialiseRouterModel(side.routerModel) } : {};
    const jobs = weights.map((weight) => ({
      name: `costWeight=${weight}`,
      config: configWithKnob(setup.config, weight, setup.targetCloudShare),
      ...learned,
    }));
    const results = await runGraphJobs(jobs, {
      items,
      seed: setup.seed,
      workers: setup.workers ?? 1,
      ...(setup.createRouter ? { createRouter: setup.createRouter } : {}),
    });
    const reference = items.map((item, index) => singleCallOutcome(context, item, setup.referenceId, index, items.length));
    weights.forEach((weight, job) => {
      const series = results[job]!.series;
      const out = byWeight.get(weight)!;
      items.forEach((_, index) =>
        out.push({
          quality: series.quality[index]!,
          costUsd: series.costUsd[index]!,
          servedTokens: series.servedTokens[index]!,
          cloud: series.cloud[index] === 1,
          referenceQuality: reference[index]!.quality,
          referenceCostUsd: reference[index]!.costUsd,
          referenceTokens: reference[index]!.servedTokens,
        }),
      );
    });
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
    sum(prompts, (prompt) => (prompt.cloud ? 1 : 0)),
    prompts.length,
  );

/** The point figures of a replay (no interval): what the search compares. */
export function replayPoint(costWeight: number, prompts: readonly ReplayedPrompt[]) {
  return { costWeight, quality: quality(prompts), qualityRatio: qualityRatio(prompts), costPer1MTokens: costPer1M(prompts), cloudShare: cloudShare(prompts) };
}

/**
 * Figures of a replay with 95% percentile-bootstrap intervals (prompts resampled; one seeded stream).
 * With `predictFor` (the number of prompts of another sample from the same traffic, e.g. the
 * held-out side), each interval is a prediction interval for that sample's figure: the bootstrap's
 * deviations widened by sqrt(1 + n / predictFor), as the other sample's own noise adds to this one's.
 */
export function replayFigures(
  prompts: readonly ReplayedPrompt[],
  referenceId: string,
  options: { resamples: number; seed: number; predictFor?: number },
): ReplayFigures {
  const random = createSeededRandom(options.seed);
  const widen = options.predictFor ? Math.sqrt(1 + prompts.length / Math.max(1, options.predictFor)) : 1;
  const interval = (statistic: (sample: readonly ReplayedPrompt[]) => number) => {
    const { value, low, high } = bootstrapInterval(prompts, statistic, { resamples: options.resamples, random });
    return { value, low: value - (value - low) * widen, high: value + (high - value) * widen };
  };
  return {
    prompts: prompts.length,
    quality: interval(quality),
    qualityRatio: interval(qualityRatio),
    costPer1MTokens: interval(costPer1M),
    cloudShare: interval(cloudShare),
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
