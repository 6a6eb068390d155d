import { createSeededRandom, type RandomSource } from "../../policies/clock.js";
import type { RouterModel } from "../router-model.js";
import type { ReplayItem } from "../../simulation/dataset.js";
import { summarize, type PromptOutcome } from "../../simulation/metrics.js";
import { prepareItems, routeCascade, type EvalModel } from "./cascade-replay.js";
import { createLearnedContext, runTraces, trainOnItems, type EvaluationInput } from "./evaluate.js";
import { RouterError } from "../../errors.js";
import { idFraction } from "./split.js";

export type CalibrationTarget = { kind: "cloud-share"; value: number } | { kind: "cost-per-1m"; value: number } | { kind: "quality-ratio"; value: number };

/** Largest starting cost weight: high enough that low cloud shares (0.2 on the shipped sample) are reachable. */
export const CALIBRATION_MAX_WEIGHT = 27;

/**
 * Starting cost weights: 0, then 23 log-spaced from 0.002 to CALIBRATION_MAX_WEIGHT (27); refined
 * where the outcome jumps (see `refineCalibrationCurve`). The range once stopped at 2, where the
 * sample's router still sent 21% to the cloud: a cloud-share target of 0.2 was out of reach.
 */
export const CALIBRATION_GRID: readonly number[] = [
  0,
  ...Array.from({ length: 23 }, (_, index) => Number((0.002 * Math.pow(CALIBRATION_MAX_WEIGHT / 0.002, index / 22)).toPrecision(3))),
];

/** Largest step between two neighbouring curve points (cloud share or quality ratio) left unrefined. */
export const CALIBRATION_MAX_STEP = 0.02;
/** Bisection rounds at most (each halves every gap still too wide). */
const REFINE_ROUNDS = 12;

export interface Interval {
  value: number;
  low: number;
  high: number;
}

export interface CalibrationPoint {
  costWeight: number;
  quality: number;
  qualityRatio: number;
  costPer1MTokens: number;
  cloudShare: number;
}

export interface CalibrationResult {
  target: CalibrationTarget;
  /** The chosen cost weight; undefined when no candidate meets the target. */
  costWeight: number | undefined;
  met: boolean;
  /** The reference: the best cloud model alone (quality and cost per 1M tokens), on the same prompts. */
  reference: { modelId: string; quality: number; costPer1MTokens: number };
  /** Expected figures at the chosen weight, with 95% bootstrap intervals over prompts. */
  expected: { quality: Interval; qualityRatio: Interval; costPer1MTokens: Interval; cloudShare: Interval; prompts: number } | undefined;
  curve: CalibrationPoint[];
  /** The cross-fitted folds: each part of the items with the model that routed it (trained on the other parts). */
  folds: Array<{ routerModel: RouterModel; items: ReplayItem[] }>;
}

/** Percentile bootstrap (resampling prompts) of a statistic over pooled outcomes. */
export function bootstrapInterval<T>(
  outcomes: readonly T[],
  statistic: (sample: readonly T[]) => number,
  options: { resamples?: number; random: RandomSource; level?: number },
): Interval {
  const resamples = options.resamples ?? 1000;
  const values = new Float64Array(resamples);
  const sample: T[] = new Array<T>(outcomes.length);
  for (let round = 0; round < resamples; round++) {
    for (let index = 0; index < outcomes.length; index++) sample[index] = outcomes[Math.floor(options.random() * outcomes.length)]!;
    values[round] = statistic(sample);
  }
  values.sort();
  const tail = (1 - (options.level ?? 0.95)) / 2;
  const at = (fraction: number) => values[Math.min(resamples - 1, Math.max(0, Math.floor(fraction * resamples)))]!;
  return { value: statistic(outcomes), low: at(tail), high: at(1 - tail) };
}

const quality = (outcomes: readonly PromptOutcome[]) => outcomes.reduce((sum, outcome) => sum + outcome.quality, 0) / Math.max(1, outcomes.length);
const cloudShare = (outcomes: readonly PromptOutcome[]) =>
  outcomes.reduce((sum, outcome) => sum + (outcome.reachedCloud ? 1 : 0), 0) / Math.max(1, outcomes.length);
const costPer1M = (outcomes: readonly PromptOutcome[]) => {
  let cost = 0;
  let tokens = 0;
  for (const outcome of outcomes) {
    cost += outcome.costUsd;
    tokens += outcome.servedTokens;
  }
  return tokens === 0 ? 0 : (cost / tokens) * 1_000_000;
};

export function pointMeetsTarget(target: CalibrationTarget, point: CalibrationPoint): boolean {
  if (target.kind === "cloud-share") return point.cloudShare <= target.value + 1e-12;
  if (target.kind === "cost-per-1m") return point.costPer1MTokens <= target.value + 1e-12;
  return point.qualityRatio >= target.value - 1e-12;
}

/** Among points meeting the target: the best quality for a budget target, the lowest cost for a quality target. */
export function chooseCalibrationPoint(target: CalibrationTarget, curve: readonly CalibrationPoint[]): CalibrationPoint | undefined {
  let best: CalibrationPoint | undefined;
  for (const point of curve) {
    if (!pointMeetsTarget(target, point)) continue;
    if (!best) best = point;
    else if (target.kind === "quality-ratio" ? point.costPer1MTokens < best.costPer1MTokens : point.quality > best.quality) best = point;
  }
  return best;
}

export interface CalibrationInput extends Pick<EvaluationInput, "embed" | "encoder" | "trainOptions" | "predictorOptions"> {
  models: readonly EvalModel[];
  /** Prompts to calibrate on (the training side of the split). */
  items: readonly ReplayItem[];
  target: CalibrationTarget;
  grid?: readonly number[];
  resamples?: number;
  seed?: number;
  /**
   * Cross-fitting folds (default 2): the items are split in this many parts by id, each part routed
   * by a model trained on all the others. More folds = each model closer to the one trained on every
   * item (what is deployed), at the cost of more training runs.
   */
  folds?: number;
  /** Use this learned model for every prompt instead of cross-fitted training (e.g. a model trained on other data). */
  routerModel?: RouterModel;
  /** The reference model of the quality ratio (the configured one, `simulation.referenceModel`); default: the best cloud model on these prompts. */
  referenceId?: string;
  /** Largest jump of cloud share or quality ratio between neighbouring weights after refinement (default CALIBRATION_MAX_STEP). */
  maxStep?: number;
}

/**
 * Cross-fitting: the items split in `folds` parts by a hash of their id, each part with a model
 * trained on all the other parts. `repeat` 0 is the assignment calibrate searches on; other values
 * give independent assignments of the same items (a forecast averaged over several of them is less
 * tied to which prompts happened to train which model, and their spread is part of its interval).
 */
export async function crossFitFolds(
  items: readonly ReplayItem[],
  input: Pick<CalibrationInput, "models" | "embed" | "encoder" | "trainOptions">,
  options: { folds: number; repeat: number },
): Promise<Array<{ routerModel: RouterModel; items: ReplayItem[] }>> {
  const foldCount = Math.max(2, Math.min(options.folds, items.length));
  const salt = options.repeat === 0 ? "calibrate:" : `calibrate-${options.repeat}:`;
  const parts: ReplayItem[][] = Array.from({ length: foldCount }, () => []);
  for (const item of items) parts[Math.min(foldCount - 1, Math.floor(idFraction(`${salt}${item.id}`) * foldCount))]!.push(item);
  return Promise.all(
    parts
      .filter((part) => part.length > 0)
      .map(async (part) => {
        const inPart = new Set(part);
        return {
          routerModel: await trainOnItems(
            items.filter((item) => !inPart.has(item)),
            input,
          ),
          items: part,
        };
      }),
  );
}

/**
 * Finds the cost weight meeting a target. Every prompt is routed by a model that did not see it:
 * the items are split in `folds` parts by id, each part routed by a model trained on the others
 * (unless `routerModel` is given). Figures at the chosen weight get 95% bootstrap intervals.
 */
export async function calibrateCostWeight(input: CalibrationInput): Promise<CalibrationResult> {
  if (input.items.length < 4) throw new RouterError("DATASET_INVALID", "calibration needs at least 4 prompts with a record for every mapped model");
  const models = new Map(input.models.map((model) => [model.id, model]));
  const folds = input.routerModel
    ? [{ routerModel: input.routerModel, test: [...input.items] }]
    : (await crossFitFolds(input.items, input, { folds: input.folds ?? 2, repeat: 0 })).map((fold) => ({ routerModel: fold.routerModel, test: fold.items }));
  const prepared = folds.map((fold) => ({
    items: prepareItems(fold.test, input.embed),
    context: createLearnedContext(fold.routerModel, input.models, input.predictorOptions),
  }));
  const clouds = input.models.filter((model) => model.tier === "cloud");
  const referenceModels = clouds.length > 0 ? clouds : input.models;
  const referenceOutcomes = new Map(
    referenceModels.map(
      (model) => [model.id, prepared.flatMap((fold) => runTraces(fold.items, () => ({ calls: [model.id], final: model.id }), models))] as const,
    ),
  );
  let referenceId = referenceModels[0]!.id;
  for (const [id, outcomes] of referenceOutcomes) if (quality(outcomes) > quality(referenceOutcomes.get(referenceId)!)) referenceId = id;
  if (input.referenceId !== undefined) {
    if (!models.has(input.referenceId))
      throw new RouterError(
        "CONFIG_INVALID",
        `simulation.referenceModel: "${input.referenceId}" is not one of the calibrated models (${[...models.keys()].join(", ")})`,
      );
    referenceId = input.referenceId;
    if (!referenceOutcomes.has(referenceId))
      referenceOutcomes.set(
        referenceId,
        prepared.flatMap((fold) => runTraces(fold.items, () => ({ calls: [referenceId], final: referenceId }), models)),
      );
  }
  const referenceQuality = quality(referenceOutcomes.get(referenceId)!);
  const outcomesAt = (costWeight: number) =>
    prepared.flatMap((fold) => runTraces(fold.items, (item) => routeCascade(item, { ...fold.context, models: input.models, costWeight }), models));
  const byWeight = new Map<number, PromptOutcome[]>();
  const pointAt = (costWeight: number): CalibrationPoint => {
    const outcomes = outcomesAt(costWeight);
    byWeight.set(costWeight, outcomes);
    const summary = summarize("calibration", outcomes);
    return {
      costWeight,
      quality: summary.quality,
      qualityRatio: referenceQuality > 0 ? summary.quality / referenceQuality : 0,
      costPer1MTokens: summary.costPer1MTokens,
      cloudShare: summary.cloudShare,
    };
  };
  const curve = refineCalibrationCurve([...(input.grid ?? CALIBRATION_GRID)].map(pointAt), pointAt, input.maxStep ?? CALIBRATION_MAX_STEP);
  const chosen = chooseCalibrationPoint(input.target, curve);
  const reference = { modelId: referenceId, quality: referenceQuality, costPer1MTokens: costPer1M(referenceOutcomes.get(referenceId)!) };
  const foldsOut = folds.map((fold) => ({ routerModel: fold.routerModel, items: fold.test }));
  if (!chosen) return { target: input.target, costWeight: undefined, met: false, reference, expected: undefined, curve, folds: foldsOut };
  const outcomes = byWeight.get(chosen.costWeight)!;
  const random = createSeededRandom(input.seed ?? 7);
  const resamples = input.resamples ?? 1000;
  // Quality ratio: resample prompts jointly for the router and the reference.
  const paired = outcomes.map((outcome, index) => ({ outcome, reference: referenceOutcomes.get(referenceId)![index]! }));
  const ratioInterval = bootstrapPaired(paired, resamples, random);
  return {
    target: input.target,
    costWeight: chosen.costWeight,
    met: true,
    reference,
    expected: {
      quality: bootstrapInterval(outcomes, quality, { resamples, random }),
      qualityRatio: ratioInterval,
      costPer1MTokens: bootstrapInterval(outcomes, costPer1M, { resamples, random }),
      cloudShare: bootstrapInterval(outcomes, cloudShare, { resamples, random }),
      prompts: outcomes.length,
    },
    curve,
    folds: foldsOut,
  };
}

/**
 * Adaptive bisection of the cost-weight curve: wherever two neighbouring weights differ by more than
 * `maxStep` in cloud share or quality ratio, the weight between them (geometric mean; half the upper
 * one next to 0) is evaluated, up to 12 rounds, so steep stretches get as many points as they need.
 * Returns the points sorted by weight.
 */
export function refineCalibrationCurve(
  initial: readonly CalibrationPoint[],
  pointAt: (costWeight: number) => CalibrationPoint,
  maxStep: number,
): CalibrationPoint[] {
  const curve = [...initial].sort((a, b) => a.costWeight - b.costWeight);
  for (let round = 0; round < REFINE_ROUNDS; round++) {
    const added: CalibrationPoint[] = [];
    for (let index = 1; index < curve.length; index++) {
      const low = curve[index - 1]!;
      const high = curve[index]!;
      if (Math.abs(low.cloudShare - high.cloudShare) <= maxStep && Math.abs(low.qualityRatio - high.qualityRatio) <= maxStep) continue;
      const middle = Number((low.costWeight > 0 ? Math.sqrt(low.costWeight * high.costWeight) : high.costWeight / 2).toPrecision(6));
      if (middle <= low.costWeight || middle >= high.costWeight || high.costWeight - low.costWeight < 1e-6) continue;
      added.push(pointAt(middle));
    }
    if (added.length === 0) break;
    curve.push(...added);
    curve.sort((a, b) => a.costWeight - b.costWeight);
  }
  return curve;
}

/** Whether held-out figures meet the target (the check `calibrate` runs before writing the knob). */
export function heldOutMeetsTarget(target: CalibrationTarget, heldOut: { qualityRatio: number; cloudShare: Interval; costPer1MTokens: Interval }): boolean {
  if (target.kind === "cloud-share") return heldOut.cloudShare.value <= target.value + 1e-12;
  if (target.kind === "cost-per-1m") return heldOut.costPer1MTokens.value <= target.value + 1e-12;
  return heldOut.qualityRatio >= target.value - 1e-12;
}

function bootstrapPaired(paired: ReadonlyArray<{ outcome: PromptOutcome; reference: PromptOutcome }>, resamples: number, random: RandomSource): Interval {
  const ratio = (sample: ReadonlyArray<{ outcome: PromptOutcome; reference: PromptOutcome }>) => {
    let routed = 0;
    let reference = 0;
    for (const entry of sample) {
      routed += entry.outcome.quality;
      reference += entry.reference.quality;
    }
    return reference === 0 ? 0 : routed / reference;
  };
  const values = new Float64Array(resamples);
  const sample = new Array(paired.length);
  for (let round = 0; round < resamples; round++) {
    for (let index = 0; index < paired.length; index++) sample[index] = paired[Math.floor(random() * paired.length)]!;
    values[round] = ratio(sample);
  }
  values.sort();
  return { value: ratio(paired), low: values[Math.floor(0.025 * resamples)]!, high: values[Math.min(resamples - 1, Math.floor(0.975 * resamples))]! };
}
