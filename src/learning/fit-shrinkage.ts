import { MISSING_SCORE } from "./router-model.js";

/** Candidate prior strengths (pseudo-observations) for the leave-one-out fit. */
export const SHRINKAGE_GRID: readonly number[] = [2, 4, 6, 10, 16, 25, 40, 64, 100];

export interface ShrinkageInput {
  count: number;
  dimensions: number;
  vectors: Int8Array;
  scales: Float32Array;
  /** count × modelCount, score × 254, MISSING_SCORE = no record. */
  scores: Uint8Array;
  modelCount: number;
  /** Neighbours per estimate, as the predictor uses them. */
  neighbours: number;
}

export interface ShrinkageFit {
  priorStrength: number;
  /** Squared error of each grid value. */
  errors: number[];
  /**
   * Leave-one-out neighbour evidence of every training prompt (count × modelCount): the weighted
   * score sum and the weight of its nearest *other* prompts, as the predictor weighs them.
   */
  outOfFold: { sums: Float64Array; weights: Float64Array };
}

/**
 * How strongly the neighbours' success rates should be pulled toward each model's global mean,
 * fitted on the training prompts themselves: each prompt's score is predicted from its nearest
 * *other* training prompts (weights as the predictor's: (similarity / best)²), and the prior strength
 * with the lowest squared error over all models wins. Few or noisy neighbours (small files, weak
 * embedding signal) get a strong pull; informative neighbourhoods a weak one. O(count² × dimensions).
 */
export function fitShrinkage(input: ShrinkageInput, grid: readonly number[] = SHRINKAGE_GRID): ShrinkageFit {
  const { count, dimensions, vectors, scales, scores, modelCount } = input;
  const k = Math.max(1, Math.min(input.neighbours, count - 1));
  const means = new Float64Array(modelCount);
  const recorded = new Float64Array(modelCount);
  for (let row = 0; row < count; row++)
    for (let column = 0; column < modelCount; column++) {
      const score = scores[row * modelCount + column]!;
      if (score === MISSING_SCORE) continue;
      means[column]! += score / 254;
      recorded[column]!++;
    }
  for (let column = 0; column < modelCount; column++) means[column] = recorded[column]! > 0 ? means[column]! / recorded[column]! : 0;
  const errors = new Array<number>(grid.length).fill(0);
  const outOfFold = { sums: new Float64Array(count * modelCount), weights: new Float64Array(count * modelCount) };
  if (count < 3) return { priorStrength: grid[Math.floor(grid.length / 2)]!, errors, outOfFold };
  const topRows = new Int32Array(k);
  const topSimilarities = new Float64Array(k);
  const sums = new Float64Array(modelCount);
  const weights = new Float64Array(modelCount);
  for (let query = 0; query < count; query++) {
    topRows.fill(-1);
    topSimilarities.fill(-Infinity);
    const queryBase = query * dimensions;
    for (let row = 0; row < count; row++) {
      if (row === query) continue;
      let dot = 0;
      const base = row * dimensions;
      for (let d = 0; d < dimensions; d++) dot += vectors[base + d]! * vectors[queryBase + d]!;
      const similarity = dot * scales[row]! * scales[query]!;
      if (similarity <= topSimilarities[k - 1]!) continue;
      let position = k - 1;
      while (position > 0 && topSimilarities[position - 1]! < similarity) {
        topSimilarities[position] = topSimilarities[position - 1]!;
        topRows[position] = topRows[position - 1]!;
        position--;
      }
      topSimilarities[position] = similarity;
      topRows[position] = row;
    }
    const best = Math.max(topSimilarities[0]!, 1e-6);
    sums.fill(0);
    weights.fill(0);
    for (let index = 0; index < k && topRows[index]! >= 0; index++) {
      const relative = Math.max(topSimilarities[index]!, 0) / best;
      const w = relative * relative;
      const row = topRows[index]!;
      for (let column = 0; column < modelCount; column++) {
        const score = scores[row * modelCount + column]!;
        if (score === MISSING_SCORE) continue;
        sums[column]! += w * (score / 254);
        weights[column]! += w;
      }
    }
    outOfFold.sums.set(sums, query * modelCount);
    outOfFold.weights.set(weights, query * modelCount);
    // Squared error of every pairwise difference between models' predicted scores: what the
    // planner compares (which answer to keep, whether another model is worth calling).
    for (let first = 0; first < modelCount; first++) {
      const actualFirst = scores[query * modelCount + first]!;
      if (actualFirst === MISSING_SCORE) continue;
      for (let second = first + 1; second < modelCount; second++) {
        const actualSecond = scores[query * modelCount + second]!;
        if (actualSecond === MISSING_SCORE) continue;
        const actual = (actualFirst - actualSecond) / 254;
        grid.forEach((strength, index) => {
          const predictedFirst = (sums[first]! + strength * means[first]!) / (weights[first]! + strength);
          const predictedSecond = (sums[second]! + strength * means[second]!) / (weights[second]! + strength);
          errors[index]! += (predictedFirst - predictedSecond - actual) ** 2;
        });
      }
    }
  }
  let chosen = 0;
  for (let index = 1; index < grid.length; index++) if (errors[index]! < errors[chosen]! - 1e-12) chosen = index;
  return { priorStrength: grid[chosen]!, errors, outOfFold };
}
