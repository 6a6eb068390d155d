import { createKnnSuccessPredictor, type KnnPredictorOptions, type LearnedSuccessPredictor } from "../learning/knn-success-predictor.js";
import type { EncoderInfo, RouterModel } from "../learning/router-model.js";
import { trainRouterModel, type TrainOptions } from "../learning/train-router-model.js";
import type { ReplayItem } from "../simulation/dataset.js";
import { apgr, summarize, type CurvePoint, type PromptOutcome, type StrategySummary } from "../simulation/metrics.js";
import { createCloudSharePacer } from "../policies/cloud-share-pacer.js";
import { outcomeOfTrace, prepareItems, routeAgreementLadder, routeCascade, type EvalModel, type PreparedItem, type RouteTrace } from "./cascade-replay.js";

/** Cost weights swept to draw the learned router's cost-quality curve: 0, then 32 log-spaced from 0.005 to 2. */
export const DEFAULT_COST_WEIGHTS: readonly number[] = [0, ...Array.from({ length: 32 }, (_, index) => Number((0.005 * Math.pow(400, index / 31)).toPrecision(2)))];

export interface CurvePointWithKnob extends CurvePoint {
  knob: number;
  costPer1MTokens: number;
}

export interface EvaluationFold {
  train: readonly ReplayItem[];
  test: readonly ReplayItem[];
}

export interface EvaluationInput {
  models: readonly EvalModel[];
  /** Ladder, weakest first (used by the agreement-ladder baseline). */
  ladder: readonly string[];
  /** One or more train/test splits; every strategy's outcomes are pooled over the folds' test sides. */
  folds: readonly EvaluationFold[];
  embed: (text: string) => ArrayLike<number>;
  encoder: EncoderInfo;
  costWeights?: readonly number[];
  trainOptions?: Partial<Omit<TrainOptions, "models" | "embed" | "encoder">>;
  predictorOptions?: KnnPredictorOptions;
  /** A model trained elsewhere (generalisation runs); default: trained on each fold's train side. */
  routerModel?: RouterModel;
  /** Calls the cascade planner looks ahead (default 2). */
  lookahead?: number;
  /**
   * Also replay the learned cascade with cloud-share pacing (`bandit.targetCloudShare`) from this
   * starting cost weight, as strategy `learned-paced` (a fresh pacer per fold, prompts in file order).
   */
  paced?: { targetCloudShare: number; costWeight: number };
}

export interface EvaluationReport {
  prompts: { train: number; test: number; folds: number };
  strong: string;
  weak: string;
  modelQuality: Record<string, number>;
  strategies: StrategySummary[];
  curves: { learned: CurvePointWithKnob[]; knn: CurvePointWithKnob[]; rules: CurvePointWithKnob[]; random: CurvePointWithKnob[] };
  apgr: { learned: number; knn: number; rules: number; random: number };
  trainSeconds: number;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function runTraces(prepared: readonly PreparedItem[], route: (item: PreparedItem) => RouteTrace, models: ReadonlyMap<string, EvalModel>): PromptOutcome[] {
  return prepared.map((item) => outcomeOfTrace(item, route(item), models));
}

function point(knob: number, summary: StrategySummary): CurvePointWithKnob {
  return { knob, quality: summary.quality, cloudShare: summary.cloudShare, costPer1MTokens: summary.costPer1MTokens };
}

export const RANKED_FRACTIONS = Array.from({ length: 21 }, (_, step) => step / 20);

/** For each fraction: sends that share of prompts with the highest `score` to `strong`, the rest to `weak`. */
function rankedOutcomes(prepared: readonly PreparedItem[], score: (item: PreparedItem) => number, weak: string, strong: string, models: ReadonlyMap<string, EvalModel>): PromptOutcome[][] {
  const order = prepared.map((item, index) => ({ index, value: score(item) })).sort((a, b) => b.value - a.value);
  return RANKED_FRACTIONS.map((fraction) => {
    const toStrong = new Set(order.slice(0, Math.round(fraction * prepared.length)).map((entry) => entry.index));
    return prepared.map((item, index) => {
      const id = toStrong.has(index) ? strong : weak;
      return outcomeOfTrace(item, { calls: [id], final: id }, models);
    });
  });
}

export function createLearnedContext(routerModel: RouterModel, models: readonly EvalModel[], options?: KnnPredictorOptions): { predictor: LearnedSuccessPredictor; expectedOutputTokens: Map<string, number> } {
  const predictor = createKnnSuccessPredictor(routerModel, options);
  const expectedOutputTokens = new Map(routerModel.models.map((info) => [info.id, info.meanOutputTokens]));
  for (const model of models) if (!expectedOutputTokens.has(model.id)) expectedOutputTokens.set(model.id, 256);
  return { predictor, expectedOutputTokens };
}

/** Trains a router model on items keyed by configured model id. */
export function trainOnItems(items: readonly ReplayItem[], input: Pick<EvaluationInput, "models" | "embed" | "encoder" | "trainOptions">): Promise<RouterModel> {
  return trainRouterModel(items, {
    ...input.trainOptions,
    models: input.models.map((model) => ({ id: model.id, datasetName: model.id })),
    embed: (texts) => texts.map((text) => input.embed(text)),
    encoder: input.encoder,
  });
}

class Pool {
  private readonly lists = new Map<string, PromptOutcome[]>();
  add(name: string, outcomes: readonly PromptOutcome[]): void {
    const list = this.lists.get(name) ?? [];
    for (const outcome of outcomes) list.push(outcome);
    this.lists.set(name, list);
  }
  summary(name: string): StrategySummary {
    return summarize(name, this.lists.get(name) ?? []);
  }
}

/**
 * For each fold: trains on `train`, then replays `test` (held out) through each model alone, the
 * plain agreement ladder, the learned cascade at each cost weight, the nearest-neighbour router
 * (same embeddings and neighbours, strong vs weak by predicted gap), a static length rule, and
 * random routing at every cloud share. Outcomes are pooled over the folds.
 */
export async function evaluateLearnedRouting(input: EvaluationInput): Promise<EvaluationReport> {
  const models = new Map(input.models.map((model) => [model.id, model]));
  const costWeights = input.costWeights ?? DEFAULT_COST_WEIGHTS;
  const pool = new Pool();
  let trainSeconds = 0;
  let trainCount = 0;
  let testCount = 0;
  // Reference pair chosen on the (first) training side: the router cannot peek at the test set.
  const firstTrain = input.folds[0]!.train;
  const trainMean = (id: string) => mean(firstTrain.map((item) => item.outcomes[id]?.score ?? 0));
  const pick = (tier: "local" | "cloud") =>
    input.models.filter((model) => model.tier === tier).reduce<EvalModel | undefined>((best, model) => (!best || trainMean(model.id) >= trainMean(best.id) ? model : best), undefined);
  const strong = (pick("cloud") ?? input.models[input.models.length - 1]!).id;
  const weak = (pick("local") ?? input.models[0]!).id;
  for (const fold of input.folds) {
    const started = performance.now();
    const routerModel = input.routerModel ?? (await trainOnItems(fold.train, input));
    trainSeconds += (performance.now() - started) / 1000;
    trainCount += fold.train.length;
    testCount += fold.test.length;
    const prepared = prepareItems(fold.test, input.embed);
    const context = createLearnedContext(routerModel, input.models, input.predictorOptions);
    for (const model of input.models) pool.add(`all-${model.id}`, runTraces(prepared, () => ({ calls: [model.id], final: model.id }), models));
    pool.add("agreement-ladder", runTraces(prepared, (item) => routeAgreementLadder(item, input.ladder), models));
    for (const costWeight of costWeights)
      pool.add(`learned@${costWeight}`, runTraces(prepared, (item) => routeCascade(item, { ...context, models: input.models, costWeight, lookahead: input.lookahead }), models));
    if (input.paced) {
      const pacer = createCloudSharePacer({ target: input.paced.targetCloudShare });
      const costWeight = input.paced.costWeight;
      pool.add("learned-paced", runTraces(prepared, (item) => routeCascade(item, { ...context, models: input.models, costWeight, lookahead: input.lookahead, pacer }), models));
    }
    const gap = (item: PreparedItem) => {
      const estimates = context.predictor.predict(item.vector, [weak, strong]);
      return (estimates.get(strong)?.probability ?? 0) - (estimates.get(weak)?.probability ?? 0);
    };
    rankedOutcomes(prepared, gap, weak, strong, models).forEach((outcomes, index) => pool.add(`knn@${RANKED_FRACTIONS[index]}`, outcomes));
    rankedOutcomes(prepared, (item) => item.inputTokens, weak, strong, models).forEach((outcomes, index) => pool.add(`rules@${RANKED_FRACTIONS[index]}`, outcomes));
  }
  const strategies: StrategySummary[] = [...input.models.map((model) => pool.summary(`all-${model.id}`)), pool.summary("agreement-ladder")];
  const learned = costWeights.map((costWeight) => {
    const summary = pool.summary(`learned@${costWeight}`);
    strategies.push(summary);
    return point(costWeight, summary);
  });
  if (input.paced) strategies.push(pool.summary("learned-paced"));
  const knn = RANKED_FRACTIONS.map((fraction) => point(fraction, pool.summary(`knn@${fraction}`)));
  const rules = RANKED_FRACTIONS.map((fraction) => point(fraction, pool.summary(`rules@${fraction}`)));
  const modelQuality = Object.fromEntries(input.models.map((model) => [model.id, pool.summary(`all-${model.id}`).quality]));
  const qWeak = modelQuality[weak]!;
  const qStrong = modelQuality[strong]!;
  const random = RANKED_FRACTIONS.map((fraction) => ({ knob: fraction, cloudShare: fraction, quality: qWeak + fraction * (qStrong - qWeak), costPer1MTokens: Number.NaN }));
  return {
    prompts: { train: trainCount, test: testCount, folds: input.folds.length },
    strong,
    weak,
    modelQuality,
    strategies,
    curves: { learned, knn, rules, random },
    apgr: { learned: apgr(learned, qWeak, qStrong), knn: apgr(knn, qWeak, qStrong), rules: apgr(rules, qWeak, qStrong), random: apgr(random, qWeak, qStrong) },
    trainSeconds,
  };
}
