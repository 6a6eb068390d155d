import { dotProduct, solveRidge } from "./ridge.js";

/**
 * L2-penalised logistic regression with soft labels (targets in [0, 1], e.g. a judge's rating / 10),
 * fitted by iteratively reweighted ridge least squares (Newton steps). Inputs are standardised
 * with the training mean and spread; the intercept is not penalised. Meant for a dozen features and
 * a few thousand rows.
 */
export interface LogisticModel {
  means: number[];
  scales: number[];
  /** Intercept, then one weight per standardised input. */
  weights: number[];
  lambda: number;
}

const sigmoid = (value: number) => 1 / (1 + Math.exp(-value));

export function standardiser(rows: readonly number[][]): { means: number[]; scales: number[] } {
  const size = rows[0]?.length ?? 0;
  const means = Array.from({ length: size }, (_, column) => rows.reduce((sum, row) => sum + row[column]!, 0) / Math.max(1, rows.length));
  const scales = means.map((mean, column) => {
    const variance = rows.reduce((sum, row) => sum + (row[column]! - mean) ** 2, 0) / Math.max(1, rows.length);
    return variance > 1e-12 ? Math.sqrt(variance) : 1;
  });
  return { means, scales };
}

function design(row: readonly number[], means: readonly number[], scales: readonly number[]): number[] {
  return [1, ...row.map((value, column) => (value - means[column]!) / scales[column]!)];
}

export function fitLogistic(rows: readonly number[][], targets: readonly number[], lambda: number, iterations = 25): LogisticModel {
  const { means, scales } = standardiser(rows);
  const inputs = rows.map((row) => design(row, means, scales));
  let weights = new Array<number>(inputs[0]?.length ?? 1).fill(0);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const weightedRows: number[][] = [];
    const weightedTargets: number[] = [];
    inputs.forEach((input, index) => {
      const linear = dotProduct(weights, input);
      const probability = sigmoid(linear);
      const weight = Math.max(probability * (1 - probability), 1e-6);
      const root = Math.sqrt(weight);
      weightedRows.push(input.map((value) => value * root));
      weightedTargets.push((linear + (targets[index]! - probability) / weight) * root);
    });
    const next = solveRidge(weightedRows, weightedTargets, lambda);
    const change = next.reduce((sum, value, index) => sum + Math.abs(value - weights[index]!), 0);
    weights = next;
    if (change < 1e-6) break;
  }
  return { means, scales, weights, lambda };
}

export function predictLogistic(model: LogisticModel, row: readonly number[]): number {
  return sigmoid(dotProduct(model.weights, design(row, model.means, model.scales)));
}

/** Mean cross-entropy of soft targets under predictions (clamped away from 0 and 1). */
export function logLoss(predictions: readonly number[], targets: readonly number[]): number {
  let total = 0;
  predictions.forEach((prediction, index) => {
    const p = Math.min(1 - 1e-6, Math.max(1e-6, prediction));
    const y = targets[index]!;
    total -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
  });
  return total / Math.max(1, predictions.length);
}

/** Out-of-fold predictions over `folds` contiguous folds of a fixed order (`order`: row indices). */
export function outOfFold(rows: readonly number[][], targets: readonly number[], lambda: number, order: readonly number[], folds: number): number[] {
  const predictions = new Array<number>(rows.length).fill(0);
  for (let fold = 0; fold < folds; fold++) {
    const held = new Set(order.filter((_, position) => position % folds === fold));
    const trainIndices = order.filter((index) => !held.has(index));
    const model = fitLogistic(
      trainIndices.map((index) => rows[index]!),
      trainIndices.map((index) => targets[index]!),
      lambda,
    );
    for (const index of held) predictions[index] = predictLogistic(model, rows[index]!);
  }
  return predictions;
}
