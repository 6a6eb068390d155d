import { createSeededRandom } from "../../policies/clock.js";
import type { RouterModel } from "../router-model.js";
import type { ReplayItem } from "../../simulation/dataset.js";
import type { PromptOutcome } from "../../simulation/metrics.js";
import { bootstrapInterval, type Interval } from "./calibrate.js";
import { prepareItems, routeCascade, type EvalModel } from "./cascade-replay.js";
import { createLearnedContext, runTraces, type EvaluationInput } from "./evaluate.js";
import { createCloudSharePacer } from "../../policies/cloud-share-pacer.js";

export interface HeldOutFigures {
  prompts: number;
  quality: Interval;
  qualityRatio: number;
  costPer1MTokens: Interval;
  cloudShare: Interval;
  reference: { modelId: string; quality: number; costPer1MTokens: number };
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
const costPer1M = (outcomes: readonly PromptOutcome[]) => {
  const tokens = outcomes.reduce((sum, outcome) => sum + outcome.servedTokens, 0);
  return tokens === 0 ? 0 : (outcomes.reduce((sum, outcome) => sum + outcome.costUsd, 0) / tokens) * 1_000_000;
};

/** Routes held-out items with a trained model at one cost weight; figures with 95% bootstrap intervals. */
export function heldOutFigures(
  input: Pick<EvaluationInput, "embed" | "predictorOptions"> & {
    models: readonly EvalModel[];
    items: readonly ReplayItem[];
    routerModel: RouterModel;
    costWeight: number;
    referenceId: string;
    seed?: number;
    targetCloudShare?: number;
  },
): HeldOutFigures {
  const models = new Map(input.models.map((model) => [model.id, model]));
  const prepared = prepareItems(input.items, input.embed);
  const context = createLearnedContext(input.routerModel, input.models, input.predictorOptions);
  const pacer = input.targetCloudShare === undefined ? undefined : createCloudSharePacer({ target: input.targetCloudShare });
  const outcomes = runTraces(
    prepared,
    (item) => routeCascade(item, { ...context, models: input.models, costWeight: input.costWeight, ...(pacer ? { pacer } : {}) }),
    models,
  );
  const reference = runTraces(prepared, () => ({ calls: [input.referenceId], final: input.referenceId }), models);
  const random = createSeededRandom(input.seed ?? 11);
  const qualityOf = (sample: readonly PromptOutcome[]) => mean(sample.map((outcome) => outcome.quality));
  const referenceQuality = qualityOf(reference);
  return {
    prompts: outcomes.length,
    quality: bootstrapInterval(outcomes, qualityOf, { random }),
    qualityRatio: referenceQuality > 0 ? qualityOf(outcomes) / referenceQuality : 0,
    costPer1MTokens: bootstrapInterval(outcomes, costPer1M, { random }),
    cloudShare: bootstrapInterval(outcomes, (sample) => mean(sample.map((outcome) => (outcome.reachedCloud ? 1 : 0))), { random }),
    reference: { modelId: input.referenceId, quality: referenceQuality, costPer1MTokens: costPer1M(reference) },
  };
}
