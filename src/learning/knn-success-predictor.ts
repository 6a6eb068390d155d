import { RouterError } from "../errors.js";
import { answerKey } from "./learned-answers.js";
import type { CascadeOutcomeModel, NextAnswer } from "./learned-cascade.js";
import type { SuccessEstimate, SuccessPredictor } from "./success-predictor.js";
import { project } from "./pca.js";
import { MISSING_SCORE, type RouterModel } from "./router-model.js";
import { PROMPT_SHAPE_FEATURES, predictSuccess, promptShape } from "./success-model.js";

/** A model's extracted final answer on the current prompt, as the verifier saw it. */
export interface AnswerObservation {
  modelId: string;
  answer: string | null | undefined;
}

/**
 * The learned success predictor: per-model success probabilities from the prompt's nearest
 * training neighbours, the same conditioned on which of the answers seen so far agree, and the
 * outcome model the cascade planner looks ahead with. Pure computation over the router model.
 */
export interface LearnedSuccessPredictor extends SuccessPredictor {
  readonly routerModel: RouterModel;
  /** P(answer good) for each model, given the agreement pattern of the answers observed so far. */
  predictGiven(vector: ArrayLike<number>, observed: readonly AnswerObservation[], modelIds: readonly string[]): Map<string, SuccessEstimate>;
  /** What the planner needs for one prompt: success and next-answer probabilities for any agreement pattern. */
  outcomeModel(vector: ArrayLike<number>): CascadeOutcomeModel;
  /**
   * The model's expected output tokens on this prompt: the weighted mean over the nearest training
   * prompts' recorded answers, pulled toward the model's mean; undefined when the router model has
   * no per-prompt lengths (older models) or does not know the model.
   */
  expectedOutputTokens(vector: ArrayLike<number>, modelId: string): number | undefined;
  /**
   * `expectedOutputTokens` corrected by how far the same estimate falls from the truth on the prompt's
   * neighbours: Σ w·(a neighbour's length) / Σ w·(its own leave-one-out estimate from its neighbours).
   * Where the nearest neighbours write shorter answers than the prompts they stand for (CRUXEval:
   * −16% for gpt-4o-mini), the neighbours' own estimates fall short by as much (`bandit.calibratedOutputLengths`).
   */
  calibratedOutputTokens?(vector: ArrayLike<number>, modelId: string): number | undefined;
  /**
   * The factor `calibratedOutputTokens` multiplies the estimate by: Σ w·(a neighbour's length) / Σ w·(its
   * own leave-one-out estimate), clamped to [1/2, 2]; undefined without per-prompt lengths or neighbours
   * with lengths. `bandit.calibratedOutcomeLengths` applies it to the lengths by outcome too (session 32).
   */
  outputLengthCorrection?(vector: ArrayLike<number>, modelId: string): number | undefined;
  /**
   * What an answer still being written after `tokens` output tokens tells (session 29): among the
   * nearest training prompts, how much likelier an answer that long is when it is wrong than when it
   * is right (`likelihoodRatio`, Laplace-smoothed), and how many tokens such long answers had left on
   * average. Undefined without per-prompt lengths.
   */
  lateAnswerEvidence?(vector: ArrayLike<number>, modelId: string, tokens: number): LateAnswerEvidence | undefined;
  /**
   * The model's expected output tokens on this prompt given its answer is right and given it is wrong
   * (session 29: wrong answers are long): the nearest training prompts' recorded lengths weighted by
   * score (right) and 1 − score (wrong), each pulled toward the model's own right/wrong mean over all
   * training prompts. Undefined without per-prompt lengths.
   */
  outputTokensByOutcome?(vector: ArrayLike<number>, modelId: string): OutputTokensByOutcome | undefined;
  /**
   * `outputTokensByOutcome` on the neighbours where the `earlier` models' answers were wrong (session 31,
   * `bandit.escalationLengths`): each neighbour weighted by Π (1 − an earlier model's score) on it, pulled
   * toward the prompt's unconditioned lengths by outcome. The prompts a cascade escalates from write long
   * answers whatever the outcome. Undefined without per-prompt lengths.
   */
  outputTokensAfterWrong?(vector: ArrayLike<number>, modelId: string, earlier: readonly string[]): OutputTokensByOutcome | undefined;
  /**
   * A copy of this predictor that also learns per prompt from live traffic (bandit.online.knnExamples):
   * its own ring of online examples, searched with the training prompts (capacity 0: it adds nothing).
   */
  withOnlineExamples?(settings: OnlineExampleSettings): OnlineLearningPredictor;
}

/** See LearnedSuccessPredictor.outputTokensByOutcome. */
export interface OutputTokensByOutcome {
  right: number;
  wrong: number;
}

/** See LearnedSuccessPredictor.lateAnswerEvidence. */
export interface LateAnswerEvidence {
  /** P(an answer this long | wrong) / P(… | right) among the prompt's neighbours. */
  likelihoodRatio: number;
  /** Expected output tokens still to come, given the answer is at least this long. */
  remainingTokens: number;
}

/** Online per-prompt examples: a ring of the most recent, each weighing `weight` training prompts as a neighbour. */
export interface OnlineExampleSettings {
  /** Online examples kept (the oldest is replaced first); 0 disables. */
  capacity: number;
  /** A neighbour's weight multiplier when it is an online example (training prompts weigh 1). */
  weight: number;
}

/** One model's answer on a live prompt, with its score when known (0..1). */
export interface OnlineAnswer {
  modelId: string;
  answer: string | null | undefined;
  score?: number;
}

/** A predictor that adds live prompts (their projected vector and per-model outcomes only, never text) to its neighbours. */
export interface OnlineLearningPredictor extends LearnedSuccessPredictor {
  /** Adds one live prompt's outcomes as an example (nothing when no known model has a score). Returns whether it was added. */
  addOnlineExample(vector: ArrayLike<number>, answers: readonly OnlineAnswer[]): boolean;
  /** Keeps a served request's vector and answers until its feedback arrives (bounded, oldest first out). */
  rememberForFeedback(requestId: string, vector: ArrayLike<number>, answers: readonly OnlineAnswer[], keptModelId: string): void;
  /**
   * A feedback score for a remembered request: the kept answer gets it, answers agreeing with the kept
   * one get it too, the others 0 when the kept answer scored 1 (else unknown). Returns whether an example was added.
   */
  feedbackExample(requestId: string, score: number): boolean;
  /** Online examples held now. */
  readonly onlineExampleCount: number;
}

/** True when the predictor learns per prompt online. */
export function isOnlineLearningPredictor(predictor: unknown): predictor is OnlineLearningPredictor {
  return typeof (predictor as Partial<OnlineLearningPredictor> | undefined)?.addOnlineExample === "function";
}

/** Requests remembered for feedback per online predictor. */
const PENDING_FEEDBACK_LIMIT = 10_000;

/** Pseudo-observations pulling a prompt's neighbour output length toward the model's mean length. */
const LENGTH_PRIOR_STRENGTH = 2;
/** Largest factor (either way) by which the neighbours' leave-one-out errors correct a length estimate. */
const LENGTH_CORRECTION_LIMIT = 2;

export interface KnnPredictorOptions {
  /** Neighbours used (default: the model's). */
  neighbours?: number;
  /** Pseudo-observations of the prior (default: the model's). */
  priorStrength?: number;
  /** Cap on the returned weight (bandit prior strength). */
  maxWeight?: number;
  /**
   * How much the neighbours' unconditional difficulty shifts the global agreement-pattern rate
   * (0 = pattern rate only, 1 = full shift on the logit scale). Default 0.5.
   */
  difficultyShift?: number;
  /**
   * Size of the wide neighbourhood whose agreement-pattern rates are the prior of the near
   * neighbours' (between the global rates and the nearest neighbours). Default 0 (none: global rates only).
   */
  wideNeighbours?: number;
  /**
   * Use the model's success regression (neighbours' estimate + prompt shape) for the unconditional
   * estimates, when the model has one. Default true; false = the neighbours' estimate alone.
   */
  successModel?: boolean;
}

interface Neighbourhood {
  /** Wide neighbourhood rows, nearest first; the first `size` are the near neighbours. */
  rows: Int32Array;
  weights: Float64Array;
  size: number;
  wideSize: number;
  /** The prompt's shape features (of the vector as given). */
  shape: Float64Array;
}

/** Pseudo-observations pulling a pattern's global rate toward its coarser pattern. */
const PATTERN_SMOOTHING = 5;

const clampProbability = (p: number) => Math.min(1 - 1e-4, Math.max(1e-4, p));
const logit = (p: number) => Math.log(clampProbability(p) / (1 - clampProbability(p)));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Canonical pattern of group ids: position j gets the first position with the same id, -1 for no answer. */
function patternOf(groups: ArrayLike<number>, into: number[]): void {
  into.length = groups.length;
  for (let j = 0; j < groups.length; j++) {
    const value = groups[j]!;
    if (value === 0) {
      into[j] = -1;
      continue;
    }
    let first = j;
    for (let i = 0; i < j; i++)
      if (groups[i] === value) {
        first = i;
        break;
      }
    into[j] = first;
  }
}

/** The agreement pattern of observed answers (same canonical form as training rows). */
export function patternOfAnswers(answers: ReadonlyArray<string | null | undefined>): number[] {
  const keys = answers.map((answer) => answerKey(answer));
  const groups = keys.map((key) => (key === null ? 0 : keys.indexOf(key) + 1));
  const pattern: number[] = [];
  patternOf(groups, pattern);
  return pattern;
}

interface Rates {
  counts: Float64Array;
  sums: Float64Array;
  /** Training rows with this pattern. */
  rows: number;
}

interface PromptMemo {
  neighbourhood: Neighbourhood;
  /** Success estimates by observed columns, pattern and column. */
  estimates: Map<string, { probability: number; evidence: number }>;
  /** Next-answer distributions by observed columns, pattern and column. */
  next: Map<string, NextAnswer[]>;
  outcomes: CascadeOutcomeModel | undefined;
}

/** Prompt vectors remembered per predictor (a replay of the same prompts at another cost weight finds them); cleared when full. */
const PROMPT_MEMO_LIMIT = 2048;

/**
 * Per-prompt memo keyed by the vector's content (a hash, then an exact comparison with a copy), so a
 * prompt embedded again (another replay, another request with the same text) reuses what the
 * predictor computed for it. Every estimate is a pure function of the vector: results are unchanged.
 */
class PromptMemos<T> {
  private readonly buckets = new Map<number, Array<{ vector: Float64Array; value: T }>>();
  private size = 0;

  clear(): void {
    this.buckets.clear();
    this.size = 0;
  }

  get(vector: ArrayLike<number>, make: () => T): T {
    let hash = 0x811c9dc5 ^ vector.length;
    const bits = new Float64Array(1);
    const words = new Uint32Array(bits.buffer);
    for (let index = 0; index < vector.length; index++) {
      bits[0] = vector[index]!;
      hash = Math.imul(hash ^ words[0]!, 0x01000193);
      hash = Math.imul(hash ^ words[1]!, 0x01000193);
    }
    const bucket = this.buckets.get(hash);
    const found = bucket?.find((entry) => entry.vector.length === vector.length && entry.vector.every((value, index) => value === vector[index]));
    if (found) return found.value;
    if (this.size >= PROMPT_MEMO_LIMIT) {
      this.buckets.clear();
      this.size = 0;
    }
    const value = make();
    const entry = { vector: Float64Array.from(vector), value };
    const list = this.buckets.get(hash);
    if (list) list.push(entry);
    else this.buckets.set(hash, [entry]);
    this.size++;
    return value;
  }
}

interface OnlineRing {
  capacity: number;
  weight: number;
  vectors: Float32Array<ArrayBuffer>;
  /** Scores 0..1, -1 = missing. */
  scores: Float32Array;
  groups: Int32Array;
  size: number;
  next: number;
}

export function createKnnSuccessPredictor(model: RouterModel, options: KnnPredictorOptions = {}): LearnedSuccessPredictor {
  return createPredictor(model, options, undefined);
}

function createPredictor(model: RouterModel, options: KnnPredictorOptions, online: OnlineRing | undefined): OnlineLearningPredictor {
  const { examples, projection } = model;
  const modelCount = model.models.length;
  const columns = new Map(model.models.map((info, index) => [info.id, index]));
  const neighbours = Math.max(1, Math.min(options.neighbours ?? model.options.neighbours, examples.count));
  const priorStrength = options.priorStrength ?? model.options.priorStrength;
  // Where answers cannot be compared, the neighbours' rates alone decide: pulled toward the model's
  // mean as strongly as the leave-one-out fit on the training prompts says.
  const freeFormStrength = options.priorStrength ?? model.options.freeFormPriorStrength ?? priorStrength;
  const maxWeight = options.maxWeight ?? model.options.maxWeight;
  const shift = options.difficultyShift ?? 0.5;
  const wide = Math.max(neighbours, Math.min(options.wideNeighbours ?? 0, examples.count));
  const means = model.models.map((info) => info.meanScore);
  const successModel = options.successModel === false ? undefined : model.successModel;
  const projected = new Float32Array(examples.dimensions);
  const similarities = new Float64Array(wide);
  let lastVector: ArrayLike<number> | undefined;
  let lastNeighbourhood: Neighbourhood | undefined;
  const patternRates = new Map<string, Rates>();
  const recordedCounts = new Map<string, number>();
  const transitionCounts = new Map<string, Map<number, number>>();
  const rowGroups: number[] = [];
  const rowPattern: number[] = [];
  const memos = new PromptMemos<PromptMemo>();
  let lastMemoVector: ArrayLike<number> | undefined;
  let lastMemo: PromptMemo | undefined;
  /** Requests awaiting feedback: the vector and each answer's group (1-based per request, 0 = none), never the answers' text. */
  const pending = new Map<string, { vector: Float64Array; answers: Array<{ modelId: string; group: number }>; kept: number }>();

  /** A row's score for a model, 0..1, or -1 when missing: training rows first, then online examples. */
  function scoreAt(row: number, column: number): number {
    if (row < examples.count) {
      const score = examples.scores[row * modelCount + column]!;
      return score === MISSING_SCORE ? -1 : score / 254;
    }
    return online!.scores[(row - examples.count) * modelCount + column]!;
  }
  /** Visits the near neighbours among the training rows with a recorded length and score for the model: (length, score, weight). */
  function forEachScoredNeighbour(
    neighbourhood: Neighbourhood,
    lengths: ArrayLike<number>,
    column: number,
    visit: (length: number, score: number, weight: number, row: number) => void,
  ): void {
    for (let index = 0; index < neighbourhood.size; index++) {
      const row = neighbourhood.rows[index]!;
      if (row >= examples.count) continue;
      const length = lengths[row * modelCount + column]!;
      const score = scoreAt(row, column);
      if (length === 0 || score < 0) continue;
      visit(length, score, neighbourhood.weights[index]!, row);
    }
  }
  /** The neighbours' lengths weighted by score (right) and 1 − score (wrong), each neighbour's weight × `rowWeight`, pulled toward `prior`. */
  function lengthsByOutcome(
    neighbourhood: Neighbourhood,
    lengths: ArrayLike<number>,
    column: number,
    prior: OutputTokensByOutcome,
    rowWeight: (row: number) => number = () => 1,
  ): OutputTokensByOutcome {
    let right = LENGTH_PRIOR_STRENGTH * prior.right;
    let rightWeight = LENGTH_PRIOR_STRENGTH;
    let wrong = LENGTH_PRIOR_STRENGTH * prior.wrong;
    let wrongWeight = LENGTH_PRIOR_STRENGTH;
    forEachScoredNeighbour(neighbourhood, lengths, column, (length, score, neighbourWeight, row) => {
      const weight = neighbourWeight * rowWeight(row);
      right += weight * score * length;
      rightWeight += weight * score;
      wrong += weight * (1 - score) * length;
      wrongWeight += weight * (1 - score);
    });
    return { right: right / rightWeight, wrong: wrong / wrongWeight };
  }
  function groupAt(row: number, column: number): number {
    return row < examples.count ? examples.answerGroups[row * modelCount + column]! : online!.groups[(row - examples.count) * modelCount + column]!;
  }
  let outcomeLengthPriors: OutputTokensByOutcome[] | undefined;
  /** Each model's mean recorded output tokens over the training prompts it got right and wrong (score-weighted). */
  function outcomeLengthMeans(lengths: Uint16Array): OutputTokensByOutcome[] {
    return Array.from({ length: modelCount }, (_, column) => {
      let right = 0;
      let rightWeight = 0;
      let wrong = 0;
      let wrongWeight = 0;
      for (let row = 0; row < examples.count; row++) {
        const length = lengths[row * modelCount + column]!;
        const score = scoreAt(row, column);
        if (length === 0 || score < 0) continue;
        right += score * length;
        rightWeight += score;
        wrong += (1 - score) * length;
        wrongWeight += 1 - score;
      }
      const mean = (right + wrong) / Math.max(1e-9, rightWeight + wrongWeight);
      return { right: rightWeight > 0 ? right / rightWeight : mean, wrong: wrongWeight > 0 ? wrong / wrongWeight : mean };
    });
  }
  const rowWeight = (row: number) => (row < examples.count ? 1 : online!.weight);

  /** What this predictor has worked out for one prompt vector (the same for any copy of it). */
  function memoFor(vector: ArrayLike<number>): PromptMemo {
    if (vector === lastMemoVector && lastMemo) return lastMemo;
    const memo = memos.get(vector, () => ({ neighbourhood: search(vector), estimates: new Map(), next: new Map(), outcomes: undefined }));
    lastMemoVector = vector;
    lastMemo = memo;
    return memo;
  }

  /** `successGivenPattern` (or, with nothing observed, `estimateSuccess`) once per prompt, pattern and model. */
  function memoSuccess(memo: PromptMemo, observedColumns: readonly number[], pattern: readonly number[], column: number) {
    const key = `${observedColumns.join(",")}|${pattern.join(",")}|${column}`;
    let value = memo.estimates.get(key);
    if (!value) {
      value =
        observedColumns.length === 0 ? estimateSuccess(memo.neighbourhood, column) : successGivenPattern(memo.neighbourhood, observedColumns, pattern, column);
      memo.estimates.set(key, value);
    }
    return value;
  }

  function search(vector: ArrayLike<number>): Neighbourhood {
    if (vector === lastVector && lastNeighbourhood) return lastNeighbourhood;
    const expected = projection?.inputDimensions ?? examples.dimensions;
    if (vector.length !== expected)
      throw new RouterError(
        "CONFIG_INVALID",
        `the learned model expects ${expected}-dimensional embeddings (${model.encoder.provider}), got ${vector.length}`,
        {
          details: { expected, got: vector.length },
        },
      );
    let query: ArrayLike<number> = vector;
    if (projection) query = project(projection, vector, projected);
    const { rows, weights, size, wideSize } = rank(query, -1);
    lastVector = vector;
    const shape = successModel ? promptShape(vector) : new Float64Array(PROMPT_SHAPE_FEATURES.length);
    lastNeighbourhood = { rows, weights, size, wideSize: (options.wideNeighbours ?? 0) > 0 ? wideSize : 0, shape };
    return lastNeighbourhood;
  }

  /** The near neighbours of a projected query (scale-free: the weights are relative to the nearest); `skip`: a training row left out, online examples too. */
  function rank(query: ArrayLike<number>, skip: number): { rows: Int32Array; weights: Float64Array; size: number; wideSize: number } {
    const rows = new Int32Array(wide).fill(-1);
    similarities.fill(-Infinity);
    const { vectors, scales, dimensions, count } = examples;
    let worst = -Infinity;
    for (let row = 0; row < count; row++) {
      if (row === skip) continue;
      let sum = 0;
      const base = row * dimensions;
      for (let d = 0; d < dimensions; d++) sum += vectors[base + d]! * query[d]!;
      const similarity = sum * scales[row]!;
      if (similarity > worst) worst = insertRanked(similarities, rows, wide, similarity, row);
    }
    // Online examples (bandit.online.knnExamples): ranked with the training prompts, in ring order.
    for (let slot = 0; online && skip < 0 && slot < online.size; slot++) {
      let similarity = 0;
      const base = slot * dimensions;
      for (let d = 0; d < dimensions; d++) similarity += online.vectors[base + d]! * query[d]!;
      if (similarity > worst) worst = insertRanked(similarities, rows, wide, similarity, count + slot);
    }
    let wideSize = 0;
    while (wideSize < wide && rows[wideSize]! >= 0) wideSize++;
    const size = Math.min(neighbours, wideSize);
    const weights = new Float64Array(size);
    const top = Math.max(similarities[0] ?? 0, 1e-6);
    for (let index = 0; index < size; index++) {
      const relative = Math.max(similarities[index]!, 0) / top;
      weights[index] = relative * relative * rowWeight(rows[index]!);
    }
    return { rows, weights, size, wideSize };
  }

  let leaveOneOut: Float64Array | undefined;
  /** Each training row's leave-one-out length estimate per model: its neighbours' weighted mean (0: none). */
  function leaveOneOutLengths(lengths: Uint16Array): Float64Array {
    const result = new Float64Array(examples.count * modelCount);
    const query = new Float64Array(examples.dimensions);
    for (let row = 0; row < examples.count; row++) {
      for (let d = 0; d < examples.dimensions; d++) query[d] = examples.vectors[row * examples.dimensions + d]!;
      const near = rank(query, row);
      for (let column = 0; column < modelCount; column++) {
        let sum = 0;
        let weight = 0;
        for (let index = 0; index < near.size; index++) {
          const tokens = lengths[near.rows[index]! * modelCount + column]!;
          if (tokens === 0) continue;
          sum += near.weights[index]! * tokens;
          weight += near.weights[index]!;
        }
        result[row * modelCount + column] = weight > 0 ? sum / weight : 0;
      }
    }
    return result;
  }

  function unconditional(neighbourhood: Neighbourhood, column: number, strength = priorStrength): { probability: number; evidence: number } {
    let sum = 0;
    let weight = 0;
    for (let index = 0; index < neighbourhood.size; index++) {
      const score = scoreAt(neighbourhood.rows[index]!, column);
      if (score < 0) continue;
      const w = neighbourhood.weights[index]!;
      sum += w * score;
      weight += w;
    }
    return { probability: (sum + strength * means[column]!) / (weight + strength), evidence: weight };
  }

  /** The unconditional estimate: the success regression over the neighbours' estimate when the model has one, else the neighbours' estimate shrunk by `strength`. */
  function estimateSuccess(neighbourhood: Neighbourhood, column: number, strength = priorStrength): { probability: number; evidence: number } {
    if (!successModel) return unconditional(neighbourhood, column, strength);
    const neighbours = unconditional(neighbourhood, column, model.options.priorStrength);
    return { probability: predictSuccess(successModel, column, neighbours.probability, neighbourhood.shape), evidence: neighbours.evidence };
  }

  const estimate = (probability: number, evidence: number): SuccessEstimate => ({ probability, weight: Math.min(maxWeight, evidence + priorStrength) });

  /** True when training row `row` has every observed model recorded and the same agreement pattern. */
  function matches(row: number, observedColumns: readonly number[], pattern: readonly number[], missingAsDistinct: boolean): boolean {
    rowGroups.length = observedColumns.length;
    for (let j = 0; j < observedColumns.length; j++) {
      const column = observedColumns[j]!;
      if (scoreAt(row, column) < 0) return false;
      rowGroups[j] = groupAt(row, column);
    }
    patternOf(rowGroups, rowPattern);
    for (let j = 0; j < pattern.length; j++) {
      const value = missingAsDistinct && rowPattern[j]! < 0 ? j : rowPattern[j]!;
      if (value !== pattern[j]) return false;
    }
    return true;
  }

  function globalRates(observedColumns: readonly number[], pattern: readonly number[], missingAsDistinct: boolean): Rates {
    const key = `${observedColumns.join(",")}|${pattern.join(",")}|${missingAsDistinct}`;
    const cached = patternRates.get(key);
    if (cached) return cached;
    const counts = new Float64Array(modelCount);
    const sums = new Float64Array(modelCount);
    let rows = 0;
    for (let row = 0; row < examples.count; row++) {
      if (!matches(row, observedColumns, pattern, missingAsDistinct)) continue;
      rows++;
      for (let column = 0; column < modelCount; column++) {
        const score = examples.scores[row * modelCount + column]!;
        if (score === MISSING_SCORE) continue;
        counts[column]!++;
        sums[column]! += score / 254;
      }
    }
    const rates = { counts, sums, rows };
    patternRates.set(key, rates);
    return rates;
  }

  /** The value the next model's answer takes in the extended pattern: an earlier position it agrees with, its own position (new answer), or -1. */
  function nextValue(row: number, observedColumns: readonly number[], nextColumn: number): number {
    const group = groupAt(row, nextColumn);
    if (group === 0) return -1;
    for (let j = 0; j < observedColumns.length; j++) if (groupAt(row, observedColumns[j]!) === group) return j;
    return observedColumns.length;
  }

  /** Training rows where every observed model has a record. */
  function recordedRows(observedColumns: readonly number[]): number {
    const key = observedColumns.join(",");
    let total = recordedCounts.get(key);
    if (total === undefined) {
      total = 0;
      for (let row = 0; row < examples.count; row++)
        if (observedColumns.every((column) => examples.scores[row * modelCount + column] !== MISSING_SCORE)) total++;
      recordedCounts.set(key, total);
    }
    return total;
  }

  /** No extracted answer among the observed ones, on training data where answers are usually free-form: agreement says nothing. */
  function freeForm(observedColumns: readonly number[], pattern: readonly number[]): boolean {
    return pattern.every((value) => value < 0) && globalRates(observedColumns, pattern, false).rows >= 0.5 * recordedRows(observedColumns);
  }

  function successGivenPattern(
    neighbourhood: Neighbourhood,
    observedColumns: readonly number[],
    pattern: readonly number[],
    column: number,
  ): { probability: number; evidence: number } {
    const global = globalRates(observedColumns, pattern, false);
    // No extracted answer at all: where answers are usually free-form (most training rows have
    // none either), agreement says nothing and the neighbours decide; where answers are usually
    // extractable, a missing answer is itself a strong signal and goes through the pattern rates.
    if (freeForm(observedColumns, pattern)) return estimateSuccess(neighbourhood, column, freeFormStrength);
    // Rare patterns (a model gave no answer) borrow strength from the same pattern with every
    // missing answer counted as a distinct answer.
    const coarsePattern = pattern.map((value, index) => (value < 0 ? index : value));
    const coarse = coarsePattern.every((value, index) => value === pattern[index]) ? global : globalRates(observedColumns, coarsePattern, true);
    const mean = means[column]!;
    const coarseRate = (coarse.sums[column]! + PATTERN_SMOOTHING * mean) / (coarse.counts[column]! + PATTERN_SMOOTHING);
    const globalRate = (global.sums[column]! + PATTERN_SMOOTHING * coarseRate) / (global.counts[column]! + PATTERN_SMOOTHING);
    // Wide neighbourhood: the same pattern's rate among the few hundred nearest prompts.
    let wideSum = 0;
    let wideCount = 0;
    let wideAll = 0;
    let wideAllCount = 0;
    for (let index = 0; index < neighbourhood.wideSize; index++) {
      const row = neighbourhood.rows[index]!;
      const score = scoreAt(row, column);
      if (score < 0) continue;
      const w = rowWeight(row);
      wideAll += w * score;
      wideAllCount += w;
      if (!matches(row, observedColumns, pattern, false)) continue;
      wideSum += w * score;
      wideCount += w;
    }
    const wideRate = (wideSum + PATTERN_SMOOTHING * globalRate) / (wideCount + PATTERN_SMOOTHING);
    const wideMean = (wideAll + PATTERN_SMOOTHING * mean) / (wideAllCount + PATTERN_SMOOTHING);
    // The neighbours' own difficulty (the success regression did not help here: the agreement pattern dominates).
    const local = unconditional(neighbourhood, column);
    const prior = sigmoid(logit(wideRate) + shift * (logit(local.probability) - logit(wideMean)));
    let sum = 0;
    let weight = 0;
    for (let index = 0; index < neighbourhood.size; index++) {
      const row = neighbourhood.rows[index]!;
      const score = scoreAt(row, column);
      if (score < 0 || !matches(row, observedColumns, pattern, false)) continue;
      const w = neighbourhood.weights[index]!;
      sum += w * score;
      weight += w;
    }
    return { probability: (sum + priorStrength * prior) / (weight + priorStrength), evidence: weight };
  }

  function nextAnswers(neighbourhood: Neighbourhood, observedColumns: readonly number[], pattern: readonly number[], nextColumn: number): NextAnswer[] {
    const key = `${observedColumns.join(",")}|${pattern.join(",")}|${nextColumn}`;
    let global = transitionCounts.get(key);
    if (!global) {
      global = new Map();
      for (let row = 0; row < examples.count; row++) {
        if (examples.scores[row * modelCount + nextColumn] === MISSING_SCORE || !matches(row, observedColumns, pattern, false)) continue;
        const value = nextValue(row, observedColumns, nextColumn);
        global.set(value, (global.get(value) ?? 0) + 1);
      }
      transitionCounts.set(key, global);
    }
    // Possible values: -1, each distinct earlier answer's first position, a new answer.
    const possible = new Set<number>([-1, observedColumns.length]);
    for (const value of pattern) if (value >= 0) possible.add(value);
    let globalTotal = 0;
    for (const value of possible) globalTotal += global.get(value) ?? 0;
    const wideCounts = new Map<number, number>();
    let wideTotal = 0;
    for (let index = 0; index < neighbourhood.wideSize; index++) {
      const row = neighbourhood.rows[index]!;
      if (scoreAt(row, nextColumn) < 0 || !matches(row, observedColumns, pattern, false)) continue;
      const value = nextValue(row, observedColumns, nextColumn);
      wideCounts.set(value, (wideCounts.get(value) ?? 0) + rowWeight(row));
      wideTotal += rowWeight(row);
    }
    const local = new Map<number, number>();
    let localTotal = 0;
    for (let index = 0; index < neighbourhood.size; index++) {
      const row = neighbourhood.rows[index]!;
      if (scoreAt(row, nextColumn) < 0 || !matches(row, observedColumns, pattern, false)) continue;
      const w = neighbourhood.weights[index]!;
      const value = nextValue(row, observedColumns, nextColumn);
      local.set(value, (local.get(value) ?? 0) + w);
      localTotal += w;
    }
    const result: NextAnswer[] = [];
    for (const value of possible) {
      const globalPrior = ((global.get(value) ?? 0) + 0.5) / (globalTotal + 0.5 * possible.size);
      const prior = ((wideCounts.get(value) ?? 0) + PATTERN_SMOOTHING * globalPrior) / (wideTotal + PATTERN_SMOOTHING);
      const probability = ((local.get(value) ?? 0) + priorStrength * prior) / (localTotal + priorStrength);
      result.push({ value, probability });
    }
    return result;
  }

  const columnsOf = (modelIds: readonly string[]) => modelIds.map((id) => columns.get(id));

  /** Answer groups of one request's answers: 1 + the first answer with the same key, 0 for none. */
  function groupsOf(answers: readonly OnlineAnswer[]): number[] {
    const keys = answers.map((entry) => answerKey(entry.answer));
    return keys.map((key) => (key === null ? 0 : keys.indexOf(key) + 1));
  }

  function addOnlineExample(vector: ArrayLike<number>, answers: readonly OnlineAnswer[]): boolean {
    const groups = groupsOf(answers);
    return addRow(
      vector,
      answers.map((entry, index) => ({ modelId: entry.modelId, group: groups[index]!, ...(entry.score !== undefined ? { score: entry.score } : {}) })),
    );
  }

  function addRow(vector: ArrayLike<number>, answers: ReadonlyArray<{ modelId: string; group: number; score?: number }>): boolean {
    if (!online || online.capacity === 0) return false;
    const known = answers.filter((entry) => columns.has(entry.modelId));
    if (!known.some((entry) => entry.score !== undefined && Number.isFinite(entry.score))) return false;
    const expected = projection?.inputDimensions ?? examples.dimensions;
    if (vector.length !== expected) return false;
    const slot = online.next;
    const { dimensions } = examples;
    const target = online.vectors.subarray(slot * dimensions, (slot + 1) * dimensions);
    if (projection) project(projection, vector, target);
    else for (let d = 0; d < dimensions; d++) target[d] = vector[d]!;
    online.scores.fill(-1, slot * modelCount, (slot + 1) * modelCount);
    online.groups.fill(0, slot * modelCount, (slot + 1) * modelCount);
    known.forEach((entry) => {
      const column = columns.get(entry.modelId)!;
      online.groups[slot * modelCount + column] = entry.group;
      if (entry.score !== undefined && Number.isFinite(entry.score)) online.scores[slot * modelCount + column] = Math.min(1, Math.max(0, entry.score));
    });
    online.next = (slot + 1) % online.capacity;
    online.size = Math.min(online.capacity, online.size + 1);
    // Every estimate may change: forget what was worked out per prompt.
    memos.clear();
    lastMemo = undefined;
    lastMemoVector = undefined;
    lastNeighbourhood = undefined;
    lastVector = undefined;
    return true;
  }

  return {
    get onlineExampleCount() {
      return online?.size ?? 0;
    },
    addOnlineExample,
    rememberForFeedback(requestId, vector, answers, keptModelId) {
      if (!online || online.capacity === 0) return;
      const kept = answers.findIndex((entry) => entry.modelId === keptModelId);
      if (kept < 0) return;
      const groups = groupsOf(answers);
      pending.delete(requestId);
      pending.set(requestId, {
        vector: Float64Array.from(vector),
        answers: answers.map((entry, index) => ({ modelId: entry.modelId, group: groups[index]! })),
        kept,
      });
      if (pending.size > PENDING_FEEDBACK_LIMIT) pending.delete(pending.keys().next().value!);
    },
    feedbackExample(requestId, score) {
      const remembered = pending.get(requestId);
      if (!remembered) return false;
      pending.delete(requestId);
      const keptGroup = remembered.answers[remembered.kept]!.group;
      const scored = remembered.answers.map((entry, index) => {
        if (index === remembered.kept) return { ...entry, score };
        const agrees = keptGroup !== 0 && entry.group === keptGroup;
        const inferred = agrees ? score : score >= 1 && keptGroup !== 0 ? 0 : undefined;
        return inferred === undefined ? entry : { ...entry, score: inferred };
      });
      return addRow(remembered.vector, scored);
    },
    withOnlineExamples(settings) {
      const capacity = Math.max(0, Math.floor(settings.capacity));
      return createPredictor(model, options, {
        capacity,
        weight: settings.weight,
        vectors: new Float32Array(capacity * examples.dimensions),
        scores: new Float32Array(capacity * modelCount).fill(-1),
        groups: new Int32Array(capacity * modelCount),
        size: 0,
        next: 0,
      });
    },
    routerModel: model,
    modelIds: model.models.map((info) => info.id),
    predict(vector, modelIds) {
      const memo = memoFor(vector);
      const result = new Map<string, SuccessEstimate>();
      for (const id of modelIds) {
        const column = columns.get(id);
        if (column === undefined) continue;
        const { probability, evidence } = memoSuccess(memo, [], [], column);
        result.set(id, estimate(probability, evidence));
      }
      return result;
    },
    predictGiven(vector, observed, modelIds) {
      const known = observed.filter((entry) => columns.has(entry.modelId));
      if (known.length === 0) return this.predict(vector, modelIds);
      const memo = memoFor(vector);
      const observedColumns = known.map((entry) => columns.get(entry.modelId)!);
      const pattern = patternOfAnswers(known.map((entry) => entry.answer));
      const result = new Map<string, SuccessEstimate>();
      for (const id of modelIds) {
        const column = columns.get(id);
        if (column === undefined) continue;
        const { probability, evidence } = memoSuccess(memo, observedColumns, pattern, column);
        result.set(id, estimate(probability, evidence));
      }
      return result;
    },
    expectedOutputTokens(vector, modelId) {
      const column = columns.get(modelId);
      const lengths = examples.outputTokens;
      const mean = model.models[column ?? 0]?.meanOutputTokens;
      if (column === undefined || !lengths || !(mean !== undefined && mean > 0)) return undefined;
      const neighbourhood = search(vector);
      let sum = LENGTH_PRIOR_STRENGTH * mean;
      let weight = LENGTH_PRIOR_STRENGTH;
      for (let index = 0; index < neighbourhood.size; index++) {
        if (neighbourhood.rows[index]! >= examples.count) continue;
        const tokens = lengths[neighbourhood.rows[index]! * modelCount + column]!;
        if (tokens === 0) continue;
        sum += neighbourhood.weights[index]! * tokens;
        weight += neighbourhood.weights[index]!;
      }
      return sum / weight;
    },
    calibratedOutputTokens(vector, modelId) {
      const estimate = this.expectedOutputTokens(vector, modelId);
      const factor = estimate === undefined ? undefined : this.outputLengthCorrection?.(vector, modelId);
      return estimate !== undefined && factor !== undefined ? estimate * factor : estimate;
    },
    outputLengthCorrection(vector, modelId) {
      const column = columns.get(modelId);
      const lengths = examples.outputTokens;
      if (column === undefined || !lengths) return undefined;
      const own = (leaveOneOut ??= leaveOneOutLengths(lengths));
      const neighbourhood = search(vector);
      let truth = 0;
      let estimated = 0;
      for (let index = 0; index < neighbourhood.size; index++) {
        const row = neighbourhood.rows[index]!;
        if (row >= examples.count) continue;
        const tokens = lengths[row * modelCount + column]!;
        const looked = own[row * modelCount + column]!;
        if (tokens === 0 || looked === 0) continue;
        truth += neighbourhood.weights[index]! * tokens;
        estimated += neighbourhood.weights[index]! * looked;
      }
      return estimated > 0 ? Math.min(LENGTH_CORRECTION_LIMIT, Math.max(1 / LENGTH_CORRECTION_LIMIT, truth / estimated)) : undefined;
    },
    outputTokensByOutcome(vector, modelId) {
      const column = columns.get(modelId);
      const lengths = examples.outputTokens;
      if (column === undefined || !lengths) return undefined;
      const prior = (outcomeLengthPriors ??= outcomeLengthMeans(lengths))[column]!;
      return lengthsByOutcome(memoFor(vector).neighbourhood, lengths, column, prior);
    },
    outputTokensAfterWrong(vector, modelId, earlier) {
      const column = columns.get(modelId);
      const lengths = examples.outputTokens;
      const prior = this.outputTokensByOutcome?.(vector, modelId);
      const earlierColumns = earlier.map((id) => columns.get(id)).filter((entry) => entry !== undefined);
      if (column === undefined || !lengths || !prior || earlierColumns.length === 0) return prior;
      // Each neighbour weighted by P(every earlier answer wrong) on it; an unscored earlier model tells nothing.
      const earlierWrong = (row: number) => earlierColumns.reduce((product, other) => product * (scoreAt(row, other) < 0 ? 1 : 1 - scoreAt(row, other)), 1);
      return lengthsByOutcome(memoFor(vector).neighbourhood, lengths, column, prior, earlierWrong);
    },
    lateAnswerEvidence(vector, modelId, tokens) {
      const column = columns.get(modelId);
      const lengths = examples.outputTokens;
      if (column === undefined || !lengths) return undefined;
      const neighbourhood = search(vector);
      let wrong = 0;
      let wrongLate = 0;
      let right = 0;
      let rightLate = 0;
      let beyond = 0;
      let lateWeight = 0;
      forEachScoredNeighbour(neighbourhood, lengths, column, (length, score, weight) => {
        const late = length > tokens;
        wrong += weight * (1 - score);
        right += weight * score;
        if (late) {
          wrongLate += weight * (1 - score);
          rightLate += weight * score;
          beyond += weight * (length - tokens);
          lateWeight += weight;
        }
      });
      // Laplace-smoothed rates; a neighbourhood without long answers leaves half the length to come.
      const likelihoodRatio = (wrongLate + 0.5) / (wrong + 1) / ((rightLate + 0.5) / (right + 1));
      return { likelihoodRatio, remainingTokens: (beyond + 0.5 * tokens) / (lateWeight + 1) };
    },
    outcomeModel(vector) {
      const memo = memoFor(vector);
      if (memo.outcomes) return memo.outcomes;
      const neighbourhood = memo.neighbourhood;
      const outcomes: CascadeOutcomeModel = {
        knows: (modelId) => columns.has(modelId),
        success(called, pattern, modelId) {
          const column = columns.get(modelId);
          const observedColumns = columnsOf(called);
          if (column === undefined || observedColumns.some((entry) => entry === undefined)) return 0;
          return memoSuccess(memo, observedColumns as number[], pattern, column).probability;
        },
        keep(called, pattern) {
          // Free-form answers: keep the better-on-average model unless the success model told the
          // two apart on its training prompts (switchGains > 0), then the one predicted better.
          const gains = successModel?.switchGains;
          const observedColumns = columnsOf(called);
          if (!gains || called.length < 2 || observedColumns.some((entry) => entry === undefined) || !freeForm(observedColumns as number[], pattern))
            return undefined;
          let anchor = 0;
          called.forEach((_, index) => {
            if (means[observedColumns[index]!]! > means[observedColumns[anchor]!]!) anchor = index;
          });
          let kept = anchor;
          called.forEach((modelId, index) => {
            if (index === anchor || gains[observedColumns[anchor]!]![observedColumns[index]!]! <= 0) return;
            if (outcomes.success(called, pattern, modelId) > outcomes.success(called, pattern, called[kept]!)) kept = index;
          });
          return called[kept];
        },
        nextAnswers(called, pattern, modelId) {
          const column = columns.get(modelId);
          const observedColumns = columnsOf(called);
          if (column === undefined || observedColumns.some((entry) => entry === undefined)) return [{ value: called.length, probability: 1 }];
          const key = `${observedColumns.join(",")}|${pattern.join(",")}|${column}`;
          let next = memo.next.get(key);
          if (!next) memo.next.set(key, (next = nextAnswers(neighbourhood, observedColumns as number[], pattern, column)));
          return next.map((entry) => ({ ...entry }));
        },
      };
      memo.outcomes = outcomes;
      return outcomes;
    },
  };
}

/** Inserts `row` into the first `wide` places ranked by similarity (best first); returns the new worst kept. */
function insertRanked(similarities: Float64Array, rows: Int32Array, wide: number, similarity: number, row: number): number {
  let position = wide - 1;
  while (position > 0 && similarities[position - 1]! < similarity) {
    similarities[position] = similarities[position - 1]!;
    rows[position] = rows[position - 1]!;
    position--;
  }
  similarities[position] = similarity;
  rows[position] = row;
  return similarities[wide - 1]!;
}
