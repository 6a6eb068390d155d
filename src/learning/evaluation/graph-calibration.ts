import type { RouterModel } from "../router-model.js";
import type { ReplayItem } from "../../simulation/dataset.js";
import { chooseCalibrationPoint, pointMeetsTarget, type CalibrationPoint, type CalibrationResult, type CalibrationTarget } from "./calibrate.js";
import {
  forecastFigures,
  replayAtWeights,
  replayFigures,
  replayPoint,
  type GraphReplaySetup,
  type ReplayedPrompt,
  type ReplayFigures,
  type ReplaySide,
} from "./graph-replay.js";

/** Graph replays of the search at most (each replays the whole train side once). */
export const GRAPH_SEARCH_MAX_REPLAYS = 14;

/**
 * The knob search on an expensive, exact evaluator (the graph replay), started from a cheap screen's
 * curve. Assumes what the screen shows: a higher cost weight costs less and reaches less. Brackets
 * the boundary of the target among the screen's weights (first probe: the screen's choice; then
 * galloping and bisection over the screen's weights), then bisects between the two bracketing
 * weights while the outcome still jumps by more than `maxStep` (cloud share or quality ratio).
 * Returns every evaluated point, sorted by weight; pick with `chooseCalibrationPoint`.
 */
export async function searchOnEvaluator(input: {
  target: CalibrationTarget;
  screen: readonly CalibrationPoint[];
  screenChoice: number | undefined;
  evaluate: (costWeight: number) => Promise<CalibrationPoint>;
  maxStep: number;
  maxReplays?: number;
}): Promise<CalibrationPoint[]> {
  const weights = [...new Set(input.screen.map((point) => point.costWeight))].sort((a, b) => a - b);
  const limit = input.maxReplays ?? GRAPH_SEARCH_MAX_REPLAYS;
  const evaluated = new Map<number, CalibrationPoint>();
  const at = async (weight: number) => {
    let point = evaluated.get(weight);
    if (!point) evaluated.set(weight, (point = await input.evaluate(weight)));
    return point;
  };
  const ok = async (index: number) => pointMeetsTarget(input.target, await at(weights[index]!));
  // The direction in which the objective improves: a quality floor is met more cheaply at higher
  // weights; a budget buys more quality at lower weights.
  const better = input.target.kind === "quality-ratio" ? 1 : -1;
  const start = Math.max(0, input.screenChoice === undefined ? (better > 0 ? 0 : weights.length - 1) : weights.indexOf(input.screenChoice));
  // Bracket: `good` meets the target, `bad` (one step further in the better direction) does not.
  let good: number | undefined;
  let bad: number | undefined;
  const inside = (index: number) => index >= 0 && index < weights.length;
  const startOk = await ok(start);
  if (startOk) good = start;
  else bad = start;
  for (let step = 1; evaluated.size < limit; step *= 2) {
    const from = startOk ? good! : bad!;
    const probe = startOk ? from + better * step : from - better * step;
    const clamped = inside(probe) ? probe : better * (startOk ? 1 : -1) > 0 ? weights.length - 1 : 0;
    if (clamped === from) break;
    if (await ok(clamped)) {
      good = clamped;
      if (!startOk) break;
    } else {
      bad = clamped;
      if (startOk) break;
    }
  }
  // Bisection over the screen's weights down to neighbours.
  while (good !== undefined && bad !== undefined && Math.abs(good - bad) > 1 && evaluated.size < limit) {
    const middle = Math.round((good + bad) / 2);
    if (await ok(middle)) good = middle;
    else bad = middle;
  }
  // Between the two neighbouring weights: bisect while the outcome jumps.
  if (good !== undefined && bad !== undefined) {
    let low = weights[good]!;
    let high = weights[bad]!;
    for (;;) {
      if (evaluated.size >= limit) break;
      const a = evaluated.get(low)!;
      const b = evaluated.get(high)!;
      if (Math.abs(a.cloudShare - b.cloudShare) <= input.maxStep && Math.abs(a.qualityRatio - b.qualityRatio) <= input.maxStep) break;
      const [lower, upper] = low < high ? [low, high] : [high, low];
      const middle = Number((lower > 0 ? Math.sqrt(lower * upper) : upper / 2).toPrecision(6));
      if (middle <= lower || middle >= upper || upper - lower < 1e-6) break;
      if (pointMeetsTarget(input.target, await at(middle))) low = middle;
      else high = middle;
    }
  }
  return [...evaluated.values()].sort((a, b) => a.costWeight - b.costWeight);
}

export interface GraphCalibration {
  /** The chosen cost weight (undefined when no replayed weight meets the target). */
  costWeight: number | undefined;
  met: boolean;
  /**
   * The forecast: the graph replay of the train side at the chosen weight, each prompt routed by a
   * model that did not see it, averaged over `replays` cross-fitting assignments (95% intervals;
   * prediction intervals for the held-out side with `predictFor`).
   */
  expected: (ReplayFigures & { replays: number }) | undefined;
  /** Every weight the graph replayed, sorted. */
  curve: CalibrationPoint[];
  replays: number;
  wallMs: number;
}

/**
 * Picks the knob on the graph replay `simulate` runs: the offline screen (`calibrateCostWeight`)
 * brackets the region, then `searchOnEvaluator` replays the train side's cross-fitted folds through
 * the real router graph near the screen's choice. The forecast is that replay at the chosen weight.
 */
export async function calibrateOnGraph(input: {
  screen: CalibrationResult;
  setup: GraphReplaySetup;
  maxStep: number;
  resamples: number;
  bootstrapSeed: number;
  maxReplays?: number;
  /** Replay the folds without their learned models (the config's classifier is off, as simulate would). */
  withoutLearnedModel?: boolean;
  /** Held-out prompts the forecast predicts for: its intervals become prediction intervals for a sample of that size. */
  predictFor?: number;
  /**
   * Other cross-fitting assignments of the train side (repeat 1, 2, ...: the prompts with the models
   * that route them), replayed at the chosen weight only; the forecast averages them with the
   * search's, and their spread widens its interval. Default: none (the search's replay alone).
   */
  refold?: (repeat: number) => Promise<ReplaySide[]>;
  /** Assignments the forecast averages, the search's included (default 1; needs `refold` above 1). */
  foldRepeats?: number;
}): Promise<GraphCalibration> {
  const started = performance.now();
  const sides = input.screen.folds.map((fold) => ({ items: fold.items, routerModel: input.withoutLearnedModel ? undefined : fold.routerModel }));
  const prompts = new Map<number, ReplayedPrompt[]>();
  const curve = await searchOnEvaluator({
    target: input.screen.target,
    screen: input.screen.curve,
    screenChoice: input.screen.costWeight,
    maxStep: input.maxStep,
    ...(input.maxReplays !== undefined ? { maxReplays: input.maxReplays } : {}),
    evaluate: async (costWeight) => {
      const replayed = (await replayAtWeights(input.setup, sides, [costWeight])).get(costWeight)!;
      prompts.set(costWeight, replayed);
      return replayPoint(costWeight, replayed);
    },
  });
  const chosen = chooseCalibrationPoint(input.screen.target, curve);
  // Without a learned model every assignment replays the same: nothing to average.
  const repeats = input.refold && !input.withoutLearnedModel ? Math.max(1, input.foldRepeats ?? 1) : 1;
  let replays = curve.length;
  let expected: GraphCalibration["expected"];
  if (chosen) {
    const weight = chosen.costWeight;
    const others: ReplayedPrompt[][] = [];
    if (repeats > 1) {
      const sides = await Promise.all(Array.from({ length: repeats - 1 }, (_, index) => input.refold!(index + 1)));
      // One call: every side of every assignment replays at once (in parallel on the pool).
      const all = sides.flat().map((side) => ({ items: side.items, routerModel: input.withoutLearnedModel ? undefined : side.routerModel }));
      const replayed = (await replayAtWeights(input.setup, all, [weight])).get(weight)!;
      let offset = 0;
      for (const assignment of sides) {
        const size = assignment.reduce((total, side) => total + side.items.length, 0);
        others.push(replayed.slice(offset, offset + size));
        offset += size;
      }
      replays += repeats - 1;
    }
    expected = forecastFigures([prompts.get(weight)!, ...others], input.setup.referenceId, {
      resamples: input.resamples,
      seed: input.bootstrapSeed,
      ...(input.predictFor ? { predictFor: input.predictFor } : {}),
    });
  }
  return {
    costWeight: chosen?.costWeight,
    met: chosen !== undefined,
    expected,
    curve,
    replays,
    wallMs: performance.now() - started,
  };
}

/** The held-out check: the held-out prompts replayed exactly as `simulate` replays them with the written config. */
export async function graphHeldOutCheck(input: {
  setup: GraphReplaySetup;
  items: readonly ReplayItem[];
  routerModel: RouterModel | undefined;
  costWeight: number;
  resamples: number;
  bootstrapSeed: number;
}): Promise<ReplayFigures> {
  const replayed = (await replayAtWeights(input.setup, [{ items: input.items, routerModel: input.routerModel }], [input.costWeight])).get(input.costWeight)!;
  return replayFigures(replayed, input.setup.referenceId, { resamples: input.resamples, seed: input.bootstrapSeed });
}
