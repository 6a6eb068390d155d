import type { SimulationReport } from "./run-simulation.js";
import type { StrategySummary } from "./metrics.js";

const percent = (value: number | null) => (value === null ? "n/a" : `${(value * 100).toFixed(1)}`);
const ms = (value: number) => value.toFixed(0);
const usd = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toFixed(4));

export const TABLE_COLUMNS = [
  "Strategy",
  "$ / 1M tok",
  "Total $",
  "Avg ms",
  "p95 ms",
  "Avg TTFT",
  "p95 TTFT",
  "Quality %",
  "Privacy %",
  "Cloud %",
  "Escal. %",
] as const;

export function strategyRow(summary: StrategySummary): string[] {
  return [
    summary.name,
    usd(summary.costPer1MTokens),
    usd(summary.costUsd),
    ms(summary.avgLatencyMs),
    ms(summary.p95LatencyMs),
    ms(summary.avgTtftMs),
    ms(summary.p95TtftMs),
    percent(summary.quality),
    percent(summary.privacyCompliance),
    percent(summary.cloudShare),
    percent(summary.escalationRate),
  ];
}

/** A plain-text table, first column left-aligned, the others right-aligned. */
export function renderTable(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/** Notes for ablations that replayed exactly like the full router (the switch had nothing to act on). */
export function identicalRowNotes(report: SimulationReport): string[] {
  const router = report.strategies.find((summary) => summary.name === "router");
  if (!router) return [];
  const same = (summary: StrategySummary) => JSON.stringify({ ...summary, name: "" }) === JSON.stringify({ ...router, name: "" });
  return report.strategies
    .filter((summary) => summary.name !== "router" && summary.name.startsWith("no-") && same(summary))
    .map((summary) => `note: ${summary.name} replayed exactly like router: in this config the part it switches off never changed a decision (e.g. a classifier with no routes and no learned model).`);
}

function fmtShare(value: number | null): string {
  return value === null ? "not reached" : `${(value * 100).toFixed(1)}% cloud`;
}

/** The terminal report: what was replayed, the strategy table, the sweep and the gap metrics. */
export function renderTextReport(report: SimulationReport): string {
  const lines: string[] = [];
  const data = report.dataset;
  if (data.synthetic)
    lines.push("SYNTHETIC WORKLOAD: built-in prompts with outcomes drawn from an item-response model fitted to recorded outcomes (not real measurements).");
  lines.push(
    `Dataset: ${data.name} | ${data.prompts} held-out prompts (${data.trainPrompts} for training, ${data.test.skipped} skipped) | ${data.labelledPrompts} with injected sensitive data | seed ${data.seed}${data.learnedModel ? " | learned router model from the config" : ""}`,
  );
  lines.push(
    `Reference models: strong ${report.references.strong} (quality ${(report.references.strongQuality * 100).toFixed(1)}%), weak ${report.references.weak} (${(report.references.weakQuality * 100).toFixed(1)}%)`,
  );
  lines.push("");
  lines.push(renderTable(TABLE_COLUMNS, report.strategies.map(strategyRow)));
  for (const note of identicalRowNotes(report)) lines.push(note);
  if (report.sweep.length > 0) {
    lines.push("");
    lines.push("Cost knob sweep (bandit.costWeight):");
    lines.push(
      renderTable(
        ["costWeight", "Quality %", "Cloud %", "Total $", "$ / 1M tok"],
        report.sweep.map((point) => [String(point.knob), percent(point.quality), percent(point.cloudShare), usd(point.costUsd), usd(point.costPer1MTokens)]),
      ),
    );
    lines.push(
      `APGR ${report.apgr === null ? "n/a" : report.apgr.toFixed(3)} | CPT(50%) ${fmtShare(report.cpt["50"])} | CPT(80%) ${fmtShare(report.cpt["80"])} | CPT(95%) ${fmtShare(report.cpt["95"])}`,
    );
  }
  if (report.adaptivity) {
    const { adaptive, fixed, scenario } = report.adaptivity;
    lines.push("");
    lines.push(
      `Adaptivity (${scenario.kind} on cloud models from ${(scenario.start * 100).toFixed(0)}% to ${(scenario.end * 100).toFixed(0)}% of the replay${scenario.kind === "latency-spike" ? `, x${scenario.factor}` : ""}):`,
    );
    lines.push(renderTable(TABLE_COLUMNS, [strategyRow(adaptive), strategyRow(fixed)]));
  }
  const last = report.learningCurve[report.learningCurve.length - 1];
  if (last) {
    const first = report.learningCurve[0]!;
    lines.push("");
    lines.push(`Bandit learning curve: regret vs oracle ${first.regret.toFixed(3)} in the first window, ${last.regret.toFixed(3)} in the last; cumulative ${last.cumulativeRegret.toFixed(1)} over ${last.prompts} prompts.`);
  }
  lines.push("");
  lines.push(
    `Replayed ${report.timing.graphPrompts} prompts through the router graph (${report.timing.graphReplays} replays) at ${report.timing.graphPromptsPerSecond.toFixed(0)} prompts/s per thread; total ${(report.timing.wallMs / 1000).toFixed(1)} s.`,
  );
  return lines.join("\n");
}
