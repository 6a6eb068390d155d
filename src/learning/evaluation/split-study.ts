import { createSeededRandom } from "../../policies/clock.js";
import type { ReplayItem } from "../../simulation/dataset.js";
import type { EvaluationFold } from "./evaluate.js";

/** Two folds (each half held out once) of a seeded random split of `items` (no id or name read). */
export function randomTwoFold(items: readonly ReplayItem[], seed: number): EvaluationFold[] {
  const random = createSeededRandom(seed);
  const order = items.map((item) => ({ item, key: random() })).sort((a, b) => a.key - b.key);
  const half = Math.floor(order.length / 2);
  const first = order.slice(0, half).map((entry) => entry.item);
  const second = order.slice(half).map((entry) => entry.item);
  return [
    { train: first, test: second },
    { train: second, test: first },
  ];
}

export interface SpreadSummary {
  mean: number;
  /** Sample standard deviation over the splits. */
  sd: number;
  min: number;
  max: number;
}

export function spreadOf(values: readonly number[]): SpreadSummary {
  const mean = values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  const variance = values.length > 1 ? values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1) : 0;
  return { mean, sd: Math.sqrt(variance), min: Math.min(...values), max: Math.max(...values) };
}

/** One row of the split study: APGR of each strategy on one 2-fold split. */
export interface SplitApgr {
  split: string;
  answerFeatures: number;
  promptOnly: number;
  knn: number;
  random: number;
}

/** The split study as text: one line per split, then mean, spread and range, and how often the verifier beats kNN. */
export function formatSplitStudy(rows: readonly SplitApgr[]): string {
  const lines = ["split                 answer-features  prompt-only  kNN     random"];
  for (const row of rows)
    lines.push(
      `${row.split.padEnd(22)}${row.answerFeatures.toFixed(3).padStart(15)}${row.promptOnly.toFixed(3).padStart(13)}${row.knn.toFixed(3).padStart(8)}${row.random.toFixed(3).padStart(9)}`,
    );
  const further = rows.slice(1);
  if (further.length > 1) {
    const describe = (values: number[]) => {
      const spread = spreadOf(values);
      return `${spread.mean.toFixed(3)} ± ${spread.sd.toFixed(3)} [${spread.min.toFixed(3)}, ${spread.max.toFixed(3)}]`;
    };
    lines.push(`further splits (mean ± sd [min, max]), ${further.length} splits:`);
    lines.push(`  answer features ${describe(further.map((row) => row.answerFeatures))}`);
    lines.push(`  prompt only     ${describe(further.map((row) => row.promptOnly))}`);
    lines.push(`  kNN             ${describe(further.map((row) => row.knn))}`);
    const margins = further.map((row) => row.answerFeatures - row.knn);
    lines.push(`  answer features − kNN: ${describe(margins)}; above kNN on ${margins.filter((margin) => margin > 0).length} of ${further.length}`);
  }
  return lines.join("\n");
}
