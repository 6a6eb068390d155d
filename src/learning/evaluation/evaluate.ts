import { createKnnSuccessPredictor, type KnnPredictorOptions, type LearnedSuccessPredictor } from "../knn-success-predictor.js";
import type { EncoderInfo, RouterModel } from "../router-model.js";
import { trainRouterModel, type TrainOptions } from "../train-router-model.js";
import type { ReplayItem } from "../../simulation/dataset.js";
import { apgr, summarize, type CurvePoint, type PromptOutcome, type StrategySummary } from "../../simulation/metrics.js";
import { createCloudSharePacer } from "../../policies/cloud-share-pacer.js";
import { checkHeldOut, type SeenPromptPolicy } from "./held-out-integrity.js";
import { outcomeOfTrace, prepareItems, routeAgreementLadder, routeCascade, type EvalModel, type PreparedItem, type RouteTrace } from "./cascade-replay.js";

/** Cost weights swept to draw the learned router's cost-quality curve: 0, then 32 log-spaced from 0.005 to 2. */
export const DEFAULT_COST_WEIGHTS: readonly number[] = [
  0,
  ...Array.from({ length: 32 }, (_, index) => Number((0.005 * Math.pow(400, index / 31)).toPrecision(2))),
];

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
  /**
   * Add cost weights between swept ones wherever the learned router's cloud share jumps by more than
   * `maxCloudGap` (label-free: it looks at routing decisions only), so its curve has points across
   * the whole range of cloud shares as the ranked baselines do. Default 0.05; 0 = the sweep as given.
   */
  maxCloudGap?: number;
  /** Held-out prompts a fold's learned model was trained on (same text): left out (default) or refused. */
  seenPrompts?: SeenPromptPolicy;
  /** The strong reference model (the configured one, `simulation.referenceModel`); default: the best cloud model on the first training side. */
  referenceId?: string;
  /** Learn and use the free-form verifier on recorded answer texts (default true; false = prompt only). */
  answerFeatures?: boolean;
}

/** Refinement rounds of the cost-weight sweep (each splits every gap still too wide in two). */
const REFINE_ROUNDS = 6;

export interface EvaluationReport {
  /** `excluded`: held-out prompts left out because the fold's learned model was trained on them. */
  prompts: { train: number; test: number; folds: number; excluded: number };
  strong: string;
  weak: string;
  modelQuality: Record<string, number>;
  strategies: StrategySummary[];
  /**
   * `learned`: one cost weight for every fold (pooled). `learnedAtShares`: each fold's own curve read
   * at the cloud shares of the ranked baselines (knob = share) and averaged over the folds, as the
   * ranked baselines are (each ranks its fold's prompts and cuts at the share).
   */
  curves: {
    learned: CurvePointWithKnob[];
    learnedAtShares: CurvePointWithKnob[];
    knn: CurvePointWithKnob[];
    rules: CurvePointWithKnob[];
    random: CurvePointWithKnob[];
  };
  /** `learned`: from `curves.learnedAtShares` (same protocol as kNN and the length rule); `learnedSingleKnob`: from `curves.learned`. */
  apgr: { learned: number; learnedSingleKnob: number; knn: number; rules: number; random: number };
  /**
   * APGR on the cost axis (x = (cost - weak alone) / (strong alone - weak alone), per 1M tokens) and on
   * the strong-call axis (x = share of prompts calling the strong model), as `simulate` reports them.
   * The learned router's is its single-knob sweep (one cost weight for all folds). Random at matched cost is 0.5.
   */
  apgrByAxis: { cost: AxisApgr; strongCalls: AxisApgr };
  trainSeconds: number;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function runTraces(
  prepared: readonly PreparedItem[],
  route: (item: PreparedItem) => RouteTrace,
  models: ReadonlyMap<string, EvalModel>,
): PromptOutcome[] {
  return prepared.map((item) => outcomeOfTrace(item, route(item), models));
}

/**
 * A fold's curve (cloud share → quality, closed by the fold's weak model at share 0 and strong model
 * at share 1 where the sweep does not reach them) read at `share` by linear interpolation; points at
 * the same share are averaged.
 */
export function qualityAtShare(
  points: ReadonlyArray<{ cloudShare: number; quality: number }>,
  share: number,
  weakQuality: number,
  strongQuality: number,
): number {
  const byShare = new Map<number, number[]>();
  for (const entry of points) byShare.set(entry.cloudShare, [...(byShare.get(entry.cloudShare) ?? []), entry.quality]);
  const curve = [...byShare].map(([cloudShare, qualities]) => ({ cloudShare, quality: mean(qualities) })).sort((a, b) => a.cloudShare - b.cloudShare);
  if (curve.length === 0 || curve[0]!.cloudShare > 0) curve.unshift({ cloudShare: 0, quality: weakQuality });
  if (curve[curve.length - 1]!.cloudShare < 1) curve.push({ cloudShare: 1, quality: strongQuality });
  for (let index = 1; index < curve.length; index++) {
    const left = curve[index - 1]!;
    const right = curve[index]!;
    if (share <= right.cloudShare) return left.quality + ((share - left.cloudShare) / (right.cloudShare - left.cloudShare)) * (right.quality - left.quality);
  }
  return curve[curve.length - 1]!.quality;
}

export interface AxisApgr {
  learned: number;
  knn: number;
  rules: number;
}

/** APGR of `summaries` against the x `axis` gives each. */
function apgrOnAxis(summaries: readonly StrategySummary[], axis: (summary: StrategySummary) => number, weakQuality: number, strongQuality: number): number {
  return apgr(
    summaries.map((summary) => ({ cloudShare: Math.min(1, Math.max(0, axis(summary))), quality: summary.quality })),
    weakQuality,
    strongQuality,
  );
}

function point(knob: number, summary: StrategySummary): CurvePointWithKnob {
  return { knob, quality: summary.quality, cloudShare: summary.cloudShare, costPer1MTokens: summary.costPer1MTokens };
}

export const RANKED_FRACTIONS = Array.from({ length: 21 }, (_, step) => step / 20);

/** For each fraction: sends that share of prompts with the highest `score` to `strong`, the rest to `weak`. */
function rankedOutcomes(
  prepared: readonly PreparedItem[],
  score: (item: PreparedItem) => number,
  weak: string,
  strong: string,
  models: ReadonlyMap<string, EvalModel>,
): PromptOutcome[][] {
  const order = prepared.map((item, index) => ({ index, value: score(item) })).sort((a, b) => b.value - a.value);
  return RANKED_FRACTIONS.map((fraction) => {
    const toStrong = new Set(order.slice(0, Math.round(fraction * prepared.length)).map((entry) => entry.index));
    return prepared.map((item, index) => {
      const id = toStrong.has(index) ? strong : weak;
      return outcomeOfTrace(item, { calls: [id], final: id }, models);
    });
  });
}

export function createLearnedContext(
  routerModel: RouterModel,
  models: readonly EvalModel[],
  options?: KnnPredictorOptions,
): { predictor: LearnedSuccessPredictor; expectedOutputTokens: Map<string, number> } {
  const predictor = createKnnSuccessPredictor(routerModel, options);
  const expectedOutputTokens = new Map(routerModel.models.map((info) => [info.id, info.meanOutputTokens]));
  for (const model of models) if (!expectedOutputTokens.has(model.id)) expectedOutputTokens.set(model.id, 256);
  return { predictor, expectedOutputTokens };
}

/** Trains a router model on items keyed by configured model id. */
export function trainOnItems(
  items: readonly ReplayItem[],
  input: Pick<EvaluationInput, "models" | "embed" | "encoder" | "trainOptions" | "answerFeatures">,
): Promise<RouterModel> {
  const locals = input.models.filter((model) => model.tier === "local").map((model) => model.id);
  return trainRouterModel(items, {
    // Answer embeddings only with the built-in (local) encoder: a service encoder would send answer texts off the machine.
    freeFormVerifier:
      input.answerFeatures === false ? false : { models: locals, ...(input.encoder.provider === "builtin" ? { embedAnswer: input.embed } : {}) },
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
  has(name: string): boolean {
    return this.lists.has(name);
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
    input.models
      .filter((model) => model.tier === tier)
      .reduce<EvalModel | undefined>((best, model) => (!best || trainMean(model.id) >= trainMean(best.id) ? model : best), undefined);
  const strong =
    (input.referenceId !== undefined && models.has(input.referenceId) ? input.referenceId : undefined) ??
    (pick("cloud") ?? input.models[input.models.length - 1]!).id;
  const weak = (pick("local") ?? input.models[0]!).id;
  const learnedRuns: Array<{ prepared: PreparedItem[]; context: ReturnType<typeof createLearnedContext> }> = [];
  const addLearned = (foldIndex: number, name: string, outcomes: readonly PromptOutcome[]) => {
    pool.add(name, outcomes);
    pool.add(`${name}#${foldIndex}`, outcomes);
    for (const model of input.models)
      if (!pool.has(`all-${model.id}#${foldIndex}`))
        pool.add(
          `all-${model.id}#${foldIndex}`,
          runTraces(learnedRuns[foldIndex]!.prepared, () => ({ calls: [model.id], final: model.id }), models),
        );
  };
  let excluded = 0;
  for (const fold of input.folds) {
    const started = performance.now();
    const routerModel = input.routerModel ?? (await trainOnItems(fold.train, input));
    trainSeconds += (performance.now() - started) / 1000;
    // Held-out integrity: no figure on a prompt the fold's model was trained on.
    const check = checkHeldOut(
      fold.test,
      routerModel,
      input.seenPrompts ?? "exclude",
      input.routerModel ? "the given learned model" : "the fold's learned model",
    );
    excluded += check.excluded;
    trainCount += fold.train.length;
    testCount += check.items.length;
    const prepared = prepareItems(check.items, input.embed);
    const context = {
      ...createLearnedContext(routerModel, input.models, input.predictorOptions),
      ...(input.encoder.provider === "builtin" ? { embedAnswer: input.embed } : {}),
      answerFeatures: input.answerFeatures,
    };
    learnedRuns.push({ prepared, context });
    // The nearest-neighbour baseline: the neighbours' success estimates alone (no success regression).
    const knnPredictor = createKnnSuccessPredictor(routerModel, { ...input.predictorOptions, successModel: false });
    for (const model of input.models)
      pool.add(
        `all-${model.id}`,
        runTraces(prepared, () => ({ calls: [model.id], final: model.id }), models),
      );
    pool.add(
      "agreement-ladder",
      runTraces(prepared, (item) => routeAgreementLadder(item, input.ladder), models),
    );
    for (const costWeight of costWeights)
      addLearned(
        learnedRuns.length - 1,
        `learned@${costWeight}`,
        runTraces(prepared, (item) => routeCascade(item, { ...context, models: input.models, costWeight, lookahead: input.lookahead }), models),
      );
    if (input.paced) {
      const pacer = createCloudSharePacer({ target: input.paced.targetCloudShare });
      const costWeight = input.paced.costWeight;
      pool.add(
        "learned-paced",
        runTraces(prepared, (item) => routeCascade(item, { ...context, models: input.models, costWeight, lookahead: input.lookahead, pacer }), models),
      );
    }
    const gap = (item: PreparedItem) => {
      const estimates = knnPredictor.predict(item.vector, [weak, strong]);
      return (estimates.get(strong)?.probability ?? 0) - (estimates.get(weak)?.probability ?? 0);
    };
    rankedOutcomes(prepared, gap, weak, strong, models).forEach((outcomes, index) => pool.add(`knn@${RANKED_FRACTIONS[index]}`, outcomes));
    rankedOutcomes(prepared, (item) => item.inputTokens, weak, strong, models).forEach((outcomes, index) =>
      pool.add(`rules@${RANKED_FRACTIONS[index]}`, outcomes),
    );
  }
  const strategies: StrategySummary[] = [...input.models.map((model) => pool.summary(`all-${model.id}`)), pool.summary("agreement-ladder")];
  const sweep = [...costWeights].sort((a, b) => a - b);
  const maxCloudGap = input.maxCloudGap ?? 0.05;
  for (let round = 0; maxCloudGap > 0 && round < REFINE_ROUNDS; round++) {
    const added: number[] = [];
    for (let index = 1; index < sweep.length; index++) {
      const low = sweep[index - 1]!;
      const high = sweep[index]!;
      if (Math.abs(pool.summary(`learned@${low}`).cloudShare - pool.summary(`learned@${high}`).cloudShare) <= maxCloudGap) continue;
      const middle = Number((low > 0 ? Math.sqrt(low * high) : high / 2).toPrecision(4));
      if (middle <= low || middle >= high) continue;
      for (const [foldIndex, run] of learnedRuns.entries())
        addLearned(
          foldIndex,
          `learned@${middle}`,
          runTraces(
            run.prepared,
            (item) => routeCascade(item, { ...run.context, models: input.models, costWeight: middle, lookahead: input.lookahead }),
            models,
          ),
        );
      added.push(middle);
    }
    if (added.length === 0) break;
    sweep.push(...added);
    sweep.sort((a, b) => a - b);
  }
  const learnedSummaries = sweep.map((costWeight) => pool.summary(`learned@${costWeight}`));
  strategies.push(...learnedSummaries);
  const learned = learnedSummaries.map((summary, index) => point(sweep[index]!, summary));
  if (input.paced) strategies.push(pool.summary("learned-paced"));
  const knnSummaries = RANKED_FRACTIONS.map((fraction) => pool.summary(`knn@${fraction}`));
  const rulesSummaries = RANKED_FRACTIONS.map((fraction) => pool.summary(`rules@${fraction}`));
  const knn = knnSummaries.map((summary, index) => point(RANKED_FRACTIONS[index]!, summary));
  const rules = rulesSummaries.map((summary, index) => point(RANKED_FRACTIONS[index]!, summary));
  const modelQuality = Object.fromEntries(input.models.map((model) => [model.id, pool.summary(`all-${model.id}`).quality]));
  const qWeak = modelQuality[weak]!;
  const qStrong = modelQuality[strong]!;
  const learnedAtShares = RANKED_FRACTIONS.map((share) => {
    let quality = 0;
    let prompts = 0;
    learnedRuns.forEach((run, foldIndex) => {
      const points = sweep.map((costWeight) => pool.summary(`learned@${costWeight}#${foldIndex}`));
      const foldQuality = qualityAtShare(points, share, pool.summary(`all-${weak}#${foldIndex}`).quality, pool.summary(`all-${strong}#${foldIndex}`).quality);
      quality += foldQuality * run.prepared.length;
      prompts += run.prepared.length;
    });
    return { knob: share, cloudShare: share, quality: quality / prompts, costPer1MTokens: Number.NaN };
  });
  const random = RANKED_FRACTIONS.map((fraction) => ({
    knob: fraction,
    cloudShare: fraction,
    quality: qWeak + fraction * (qStrong - qWeak),
    costPer1MTokens: Number.NaN,
  }));
  return {
    prompts: { train: trainCount, test: testCount, folds: input.folds.length, excluded },
    strong,
    weak,
    modelQuality,
    strategies,
    curves: { learned, learnedAtShares, knn, rules, random },
    apgr: {
      learned: apgr(learnedAtShares, qWeak, qStrong),
      learnedSingleKnob: apgr(learned, qWeak, qStrong),
      knn: apgr(knn, qWeak, qStrong),
      rules: apgr(rules, qWeak, qStrong),
      random: apgr(random, qWeak, qStrong),
    },
    apgrByAxis: (() => {
      const weakCost = pool.summary(`all-${weak}`).costPer1MTokens;
      const strongCost = pool.summary(`all-${strong}`).costPer1MTokens;
      const costAxis = (summary: StrategySummary) => (strongCost === weakCost ? 0 : (summary.costPer1MTokens - weakCost) / (strongCost - weakCost));
      const strongAxis = (summary: StrategySummary) => summary.calledShares[strong] ?? 0;
      const on = (axis: (summary: StrategySummary) => number): AxisApgr => ({
        learned: apgrOnAxis(learnedSummaries, axis, qWeak, qStrong),
        knn: apgrOnAxis(knnSummaries, axis, qWeak, qStrong),
        rules: apgrOnAxis(rulesSummaries, axis, qWeak, qStrong),
      });
      return { cost: on(costAxis), strongCalls: on(strongAxis) };
    })(),
    trainSeconds,
  };
}
