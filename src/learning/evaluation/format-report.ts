import type { EvaluationReport } from "./evaluate.js";

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

/** A plain-text table of an evaluation report. */
export function formatEvaluationReport(report: EvaluationReport): string {
  const lines: string[] = [];
  lines.push(
    `held-out prompts: ${report.prompts.test} over ${report.prompts.folds} fold(s) (training prompts ${report.prompts.train}, ${report.trainSeconds.toFixed(2)} s); weak = ${report.weak}, strong = ${report.strong}`,
  );
  if (report.prompts.excluded > 0)
    lines.push(`note: ${report.prompts.excluded} held-out prompts excluded: the learned model was trained on them (same prompt text)`);
  const strongQuality = report.modelQuality[report.strong]!;
  const strongCost = report.strategies.find((strategy) => strategy.name === `all-${report.strong}`)?.costPer1MTokens ?? 0;
  lines.push(["strategy".padEnd(24), "quality", "vs strong", "cost/1M $", "cost saved", "cloud", "escalated"].join("  "));
  for (const strategy of report.strategies) {
    lines.push(
      [
        strategy.name.padEnd(24),
        strategy.quality.toFixed(4).padStart(7),
        pct(strategy.quality / strongQuality).padStart(9),
        strategy.costPer1MTokens.toFixed(3).padStart(9),
        (strongCost > 0 ? pct(1 - strategy.costPer1MTokens / strongCost) : "-").padStart(10),
        pct(strategy.cloudShare).padStart(5),
        pct(strategy.escalationRate).padStart(9),
      ].join("  "),
    );
  }
  const { cost, strongCalls } = report.apgrByAxis;
  lines.push(
    `APGR (held out; cost axis: x = cost per 1M tokens between ${report.weak} alone and ${report.strong} alone): learned ${cost.learned.toFixed(3)}  kNN ${cost.knn.toFixed(3)}  length rule ${cost.rules.toFixed(3)}  random at matched cost 0.500`,
    `APGR (held out; strong-call axis: x = share of prompts calling ${report.strong}): learned ${strongCalls.learned.toFixed(3)}  kNN ${strongCalls.knn.toFixed(3)}  length rule ${strongCalls.rules.toFixed(3)}  random 0.500`,
    `APGR (held out; cloud-call axis: x = share of prompts calling any cloud model): learned ${report.apgr.learned.toFixed(3)} (one cost weight for all folds: ${report.apgr.learnedSingleKnob.toFixed(3)})  kNN ${report.apgr.knn.toFixed(3)}  length rule ${report.apgr.rules.toFixed(3)}  random ${report.apgr.random.toFixed(3)}`,
  );
  return lines.join("\n");
}
