/** Area under the ROC curve: P(a random positive scores above a random negative), ties half. */
export function aucOf(positive: readonly number[], negative: readonly number[]): number {
  let wins = 0;
  for (const p of positive) for (const n of negative) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / Math.max(1, positive.length * negative.length);
}
