import { dotProduct, solveRidge } from "./ridge.js";
import { MISSING_SCORE, type SuccessModel } from "./router-model.js";

export type { SuccessModel };

/** Shape of the prompt read off its embedding: log(1 + non-zero dimensions) and the L1 norm (for a unit vector, both grow with the number of distinct n-grams). */
export const PROMPT_SHAPE_FEATURES = ["log-active-dimensions", "l1-norm"] as const;

export const RIDGE_GRID: readonly number[] = [0.1, 1, 3, 10, 30, 100, 300, 1000, 10000];

/** The prompt-shape features of an embedding (computed on the vector the router receives, before any projection). */
export function promptShape(vector: ArrayLike<number>, into: Float64Array = new Float64Array(PROMPT_SHAPE_FEATURES.length)): Float64Array {
  let active = 0;
  let l1 = 0;
  for (let index = 0; index < vector.length; index++) {
    const value = vector[index]!;
    if (value !== 0) active++;
    l1 += Math.abs(value);
  }
  into[0] = Math.log1p(active);
  into[1] = l1;
  return into;
}

export interface SuccessModelInput {
  count: number;
  modelCount: number;
  /** count × modelCount, score × 254, MISSING_SCORE = no record. */
  scores: Uint8Array;
  /** count × modelCount: each prompt's leave-one-out neighbour estimate for each model. */
  neighbourEstimates: Float64Array;
  /** count × PROMPT_SHAPE_FEATURES.length. */
  shapes: Float64Array;
  /** Cross-validation folds (rows assigned by index modulo folds). Default 5. */
  folds?: number;
  grid?: readonly number[];
}

/** Rows below which a model keeps the plain neighbour estimate (intercept 0, weight 1). */
const MIN_ROWS = 20;

const clampScore = (value: number) => Math.min(0.999, Math.max(0.001, value));

export function fitSuccessModel(input: SuccessModelInput): SuccessModel {
  const { count, modelCount, scores, neighbourEstimates, shapes } = input;
  const shapeCount = PROMPT_SHAPE_FEATURES.length;
  const inputCount = 1 + shapeCount;
  const folds = Math.max(2, input.folds ?? 5);
  const grid = input.grid ?? RIDGE_GRID;
  const identity = [0, 1, ...new Array<number>(shapeCount).fill(0)];
  const weights: number[][] = [];
  const lambdas: number[] = [];
  /** count × modelCount out-of-fold predictions at the chosen penalty (NaN: no record). */
  const outOfFold = new Float64Array(count * modelCount).fill(Number.NaN);
  for (let column = 0; column < modelCount; column++) {
    const raw: number[][] = [];
    const targets: number[] = [];
    const rowIds: number[] = [];
    for (let row = 0; row < count; row++) {
      const score = scores[row * modelCount + column]!;
      if (score === MISSING_SCORE) continue;
      rowIds.push(row);
      raw.push([neighbourEstimates[row * modelCount + column]!, ...shapes.subarray(row * shapeCount, (row + 1) * shapeCount)]);
      targets.push(score / 254);
    }
    if (raw.length < MIN_ROWS) {
      rowIds.forEach((row, index) => (outOfFold[row * modelCount + column] = raw[index]![0]!));
      weights.push(identity);
      lambdas.push(0);
      continue;
    }
    // Standardise the inputs so one penalty fits all of them.
    const centre = new Array<number>(inputCount).fill(0);
    const spread = new Array<number>(inputCount).fill(0);
    for (const values of raw) values.forEach((value, index) => (centre[index]! += value / raw.length));
    for (const values of raw) values.forEach((value, index) => (spread[index]! += (value - centre[index]!) ** 2 / raw.length));
    for (let index = 0; index < inputCount; index++) spread[index] = Math.sqrt(spread[index]!) || 1;
    const rows = raw.map((values) => [1, ...values.map((value, index) => (value - centre[index]!) / spread[index]!)]);
    let best = { error: Number.POSITIVE_INFINITY, lambda: grid[0]!, predictions: new Float64Array(0) };
    for (const lambda of grid) {
      let error = 0;
      const predictions = new Float64Array(rows.length);
      for (let fold = 0; fold < folds; fold++) {
        const trainRows = rows.filter((_, index) => index % folds !== fold);
        const w = solveRidge(
          trainRows,
          targets.filter((_, index) => index % folds !== fold),
          lambda,
        );
        rows.forEach((row, index) => {
          if (index % folds !== fold) return;
          predictions[index] = clampScore(dotProduct(w, row));
          error += (predictions[index]! - targets[index]!) ** 2;
        });
      }
      if (error < best.error - 1e-12) best = { error, lambda, predictions };
    }
    rowIds.forEach((row, index) => (outOfFold[row * modelCount + column] = best.predictions[index]!));
    const standardised = solveRidge(rows, targets, best.lambda);
    const onRawScale = [standardised[0]!];
    for (let index = 0; index < inputCount; index++) {
      onRawScale.push(standardised[index + 1]! / spread[index]!);
      onRawScale[0]! -= (standardised[index + 1]! * centre[index]!) / spread[index]!;
    }
    weights.push(onRawScale);
    lambdas.push(best.lambda);
  }
  return { inputs: ["neighbours", ...PROMPT_SHAPE_FEATURES], weights, lambdas, switchGains: switchGains(count, modelCount, scores, outOfFold) };
}

/**
 * For each pair of models: mean gain of keeping the predicted-better answer over always keeping the
 * better-on-average model, minus one standard error of that mean (a chance gain does not count).
 */
function switchGains(count: number, modelCount: number, scores: Uint8Array, predictions: Float64Array): number[][] {
  const gains = Array.from({ length: modelCount }, () => new Array<number>(modelCount).fill(0));
  const differences: number[] = [];
  for (let first = 0; first < modelCount; first++)
    for (let second = first + 1; second < modelCount; second++) {
      let sumFirst = 0;
      let sumSecond = 0;
      const chosen: number[] = [];
      const firstScores: number[] = [];
      const secondScores: number[] = [];
      for (let row = 0; row < count; row++) {
        const a = scores[row * modelCount + first]!;
        const b = scores[row * modelCount + second]!;
        const predictedA = predictions[row * modelCount + first]!;
        const predictedB = predictions[row * modelCount + second]!;
        if (a === MISSING_SCORE || b === MISSING_SCORE || Number.isNaN(predictedA) || Number.isNaN(predictedB)) continue;
        sumFirst += a / 254;
        sumSecond += b / 254;
        firstScores.push(a / 254);
        secondScores.push(b / 254);
        chosen.push((predictedA >= predictedB ? a : b) / 254);
      }
      const rows = chosen.length;
      if (rows < 2) continue;
      const reference = sumFirst >= sumSecond ? firstScores : secondScores;
      differences.length = 0;
      for (let index = 0; index < rows; index++) differences.push(chosen[index]! - reference[index]!);
      const gain = differences.reduce((sum, value) => sum + value, 0) / rows;
      const variance = differences.reduce((sum, value) => sum + (value - gain) ** 2, 0) / (rows - 1);
      const lowerBound = gain - Math.sqrt(variance / rows);
      gains[first]![second] = lowerBound;
      gains[second]![first] = lowerBound;
    }
  return gains;
}

/** The model's success estimate for one prompt, in [0.001, 0.999]. */
export function predictSuccess(model: SuccessModel, column: number, neighbourEstimate: number, shape: ArrayLike<number>): number {
  const w = model.weights[column];
  if (!w) return neighbourEstimate;
  let value = w[0]! + w[1]! * neighbourEstimate;
  for (let index = 0; index < shape.length && index + 2 < w.length; index++) value += w[index + 2]! * shape[index]!;
  return clampScore(value);
}
