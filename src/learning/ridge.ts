/**
 * Ridge regression on a few standardised features: solves (XᵀX + λI) w = Xᵀy by Cholesky, with the
 * intercept unpenalised. Rows are plain arrays; meant for a handful of features and a few thousand rows.
 */
export function solveRidge(rows: readonly ArrayLike<number>[], targets: ArrayLike<number>, lambda: number): number[] {
  const size = rows[0]?.length ?? 0;
  const gram = new Float64Array(size * size);
  const moment = new Float64Array(size);
  rows.forEach((row, index) => {
    for (let a = 0; a < size; a++) {
      moment[a]! += row[a]! * targets[index]!;
      for (let b = 0; b <= a; b++) gram[a * size + b]! += row[a]! * row[b]!;
    }
  });
  for (let a = 0; a < size; a++) {
    for (let b = 0; b < a; b++) gram[b * size + a] = gram[a * size + b]!;
    gram[a * size + a]! += a === 0 ? 1e-9 : lambda;
  }
  const lower = new Float64Array(size * size);
  for (let i = 0; i < size; i++)
    for (let j = 0; j <= i; j++) {
      let sum = gram[i * size + j]!;
      for (let k = 0; k < j; k++) sum -= lower[i * size + k]! * lower[j * size + k]!;
      lower[i * size + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / lower[j * size + j]!;
    }
  const forward = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    let sum = moment[i]!;
    for (let k = 0; k < i; k++) sum -= lower[i * size + k]! * forward[k]!;
    forward[i] = sum / lower[i * size + i]!;
  }
  const weights = new Array<number>(size).fill(0);
  for (let i = size - 1; i >= 0; i--) {
    let sum = forward[i]!;
    for (let k = i + 1; k < size; k++) sum -= lower[k * size + i]! * weights[k]!;
    weights[i] = sum / lower[i * size + i]!;
  }
  return weights;
}

export function dotProduct(weights: readonly number[], row: ArrayLike<number>): number {
  let sum = 0;
  for (let index = 0; index < weights.length; index++) sum += weights[index]! * row[index]!;
  return sum;
}
