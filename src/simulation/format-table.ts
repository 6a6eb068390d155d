import type { AdaptivityPart, SimulationReport } from "./run-simulation.js";
import type { StrategySummary } from "./metrics.js";
import { definitionLines } from "./metric-definitions.js";

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

export const SWEEP_COLUMNS = ["costWeight", "Quality %", "Cloud %", "Strong calls %", "Cost share %", "Total $", "$ / 1M tok"] as const;

export function sweepRow(point: SimulationReport["sweep"][number]): string[] {
  return [
    String(point.knob),
    percent(point.quality),
    percent(point.cloudShare),
    percent(point.strongCallShare),
    percent(point.costShare),
    usd(point.costUsd),
    usd(point.costPer1MTokens),
  ];
}

/** A plain-text table, first column left-aligned, the others right-aligned. */
export function renderTable(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
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
    .map(
      (summary) =>
        `note: ${summary.name} replayed exactly like router: in this config the part it switches off never changed a decision (e.g. a classifier with no routes and no learned model).`,
    );
}

function fmtShare(value: number | null, axis: string): string {
  return value === null ? "not reached" : `${(value * 100).toFixed(1)}% ${axis}`;
}

/** The seed's four columns, for the strategies a newcomer compares first. */
export const HEADLINE_COLUMNS = ["Strategy", "$ / 1M tokens", "Avg latency", "Quality", "Privacy compliance"] as const;

/** Every figure `npm start`'s summary prints, as printed: each is defined under it. */
export const SUMMARY_LABELS = [
  ...HEADLINE_COLUMNS.slice(1),
  "random routing at the router's cost",
  "APGR (cost axis)",
  "APGR (strong-call axis)",
  "CPT(x)",
] as const;
export const HEADLINE_STRATEGIES = ["all-cloud", "static-rules", "router"] as const;

export function headlineRows(report: SimulationReport): string[][] {
  return HEADLINE_STRATEGIES.flatMap((name) => {
    const summary = report.strategies.find((entry) => entry.name === name);
    if (!summary) return [];
    const label =
      name === "all-cloud"
        ? `all-cloud (${report.references.strong})`
        : name === "router"
          ? `RouteLLM router${report.dataset.learnedModel ? " (learned)" : ""}`
          : name;
    return [
      [
        label,
        `$${usd(summary.costPer1MTokens)}`,
        `${(summary.avgLatencyMs / 1000).toFixed(1)} s`,
        `${percent(summary.quality)}%`,
        summary.privacyCompliance === null ? "n/a" : `${percent(summary.privacyCompliance)}%`,
      ],
    ];
  });
}

/** The gap metrics of the sweep on both axes, one line. */
export function gapLine(report: SimulationReport): string {
  const { cost, strongCalls } = report.gap;
  const value = (apgr: number | null) => (apgr === null ? "n/a" : apgr.toFixed(3));
  return (
    `APGR (cost axis) ${value(cost.apgr)} | APGR (strong-call axis: calls to ${report.references.strong}) ${value(strongCalls.apgr)} | random = 0.500 on both | ` +
    `CPT(50%) ${fmtShare(cost.cpt["50"], "of the cost gap")}, ${fmtShare(strongCalls.cpt["50"], "strong calls")} | CPT(80%) ${fmtShare(cost.cpt["80"], "of the cost gap")}, ${fmtShare(strongCalls.cpt["80"], "strong calls")}`
  );
}

/** One line each on what to try next. */
export function nextStepLines(report: SimulationReport): string[] {
  return [
    "Your own traffic: routellm simulate --dataset traffic.outcomes.jsonl --out report/   (every strategy, the cost-knob sweep, charts in report/report.html)",
    "Learn from it: routellm train --dataset traffic.outcomes.jsonl --write-config   (a learned router model, trained on the train side only)",
    "Set the cost knob: routellm calibrate --dataset traffic.outcomes.jsonl --min-quality-ratio 0.97   (or --target-cloud-share 0.2, --max-cost-per-1m 1)",
    "Serve it: routellm serve --port 8080   (OpenAI- and Ollama-compatible; needs Ollama and OPENAI_API_KEY)",
    ...(report.dataset.synthetic ? [] : ["The synthetic workload (item-response model fitted to the recorded files): routellm simulate --synthetic"]),
  ];
}

/** The dataset and reference lines that head every report. */
function headerLines(report: SimulationReport): string[] {
  const lines: string[] = [];
  const data = report.dataset;
  if (data.synthetic)
    lines.push("SYNTHETIC WORKLOAD: built-in prompts with outcomes drawn from an item-response model fitted to recorded outcomes (not real measurements).");
  const missing = Object.keys(data.test.missing);
  const left = [
    `${data.trainPrompts} for training`,
    ...(data.test.skipped > 0 ? [`${data.test.skipped} skipped: no record for ${missing.join(", ") || "a mapped model"}`] : []),
    ...(data.seenExcluded ? [`${data.seenExcluded} excluded: the learned model was trained on them`] : []),
  ];
  lines.push(
    `Dataset: ${data.name} | ${data.prompts} held-out prompts (${left.join("; ")}) | ${data.labelledPrompts} with injected sensitive data | seed ${data.seed}${data.learnedModel ? " | learned router model" : ""}`,
  );
  for (const note of data.notes ?? []) lines.push(`note: ${note}`);
  lines.push(
    `Reference models: strong ${report.references.strong} (configured; quality ${(report.references.strongQuality * 100).toFixed(1)}%), weak ${report.references.weak} (best local model on the training prompts; ${(report.references.weakQuality * 100).toFixed(1)}%)`,
  );
  return lines;
}

/** The short report of `npm start`: the four columns, the gap metrics, definitions, next steps. */
export function renderSummaryReport(report: SimulationReport): string {
  const lines = headerLines(report);
  lines.push("", renderTable(HEADLINE_COLUMNS, headlineRows(report)));
  const router = report.strategies.find((summary) => summary.name === "router");
  const random = report.strategies.find((summary) => summary.name === "random");
  if (router && random) lines.push(`random routing at the router's cost: quality ${percent(random.quality)}% (router ${percent(router.quality)}%)`);
  if (report.sweep.length > 0) lines.push(gapLine(report));
  lines.push("", "Definitions:", ...definitionLines([...SUMMARY_LABELS]).map((line) => `  ${line}`));
  lines.push("", "What to try next:", ...nextStepLines(report).map((line) => `  - ${line}`));
  return lines.join("\n");
}

/** Adaptive vs no adaptation by part of the replay: average latency, quality and cloud share, and the differences. */
export function adaptivityPartLines(parts: readonly AdaptivityPart[]): string[] {
  const side = (value: AdaptivityPart["adaptive"]) =>
    `${(value.latencyMs / 1000).toFixed(2)} s, ${(value.quality * 100).toFixed(1)}%, ${(value.cloudShare * 100).toFixed(0)}% cloud`;
  return parts.map((part) => {
    const latency = part.fixed.latencyMs > 0 ? (part.adaptive.latencyMs / part.fixed.latencyMs - 1) * 100 : 0;
    const quality = (part.adaptive.quality - part.fixed.quality) * 100;
    return `  ${part.part} (${part.prompts} prompts): adaptive ${side(part.adaptive)} vs no adaptation ${side(part.fixed)}: latency ${latency >= 0 ? "+" : ""}${latency.toFixed(1)}%, quality ${quality >= 0 ? "+" : ""}${quality.toFixed(1)} points`;
  });
}

/** The terminal report: what was replayed, the strategy table, the sweep and the gap metrics. */
export function renderTextReport(report: SimulationReport): string {
  const lines: string[] = headerLines(report);
  lines.push("");
  lines.push(renderTable(TABLE_COLUMNS, report.strategies.map(strategyRow)));
  for (const note of identicalRowNotes(report)) lines.push(note);
  if (report.sweep.length > 0) {
    lines.push("");
    lines.push("Cost knob sweep (bandit.costWeight):");
    lines.push(renderTable(SWEEP_COLUMNS, report.sweep.map(sweepRow)));
    lines.push(gapLine(report));
  }
  if (report.adaptivity) {
    const { adaptive, fixed, scenario } = report.adaptivity;
    lines.push("");
    lines.push(
      `Adaptivity (${scenario.kind} on cloud models from ${(scenario.start * 100).toFixed(0)}% to ${(scenario.end * 100).toFixed(0)}% of the replay${scenario.kind === "latency-spike" ? `, x${scenario.factor}` : ""}):`,
    );
    lines.push(renderTable(TABLE_COLUMNS, [strategyRow(adaptive), strategyRow(fixed)]));
    lines.push(...adaptivityPartLines(report.adaptivity.parts));
  }
  const last = report.learningCurve[report.learningCurve.length - 1];
  if (last) {
    const first = report.learningCurve[0]!;
    lines.push("");
    lines.push(
      `Bandit learning curve: regret vs oracle ${first.regret.toFixed(3)} in the first window, ${last.regret.toFixed(3)} in the last; cumulative ${last.cumulativeRegret.toFixed(1)} over ${last.prompts} prompts.`,
    );
  }
  lines.push("", "Definitions:", ...definitionLines().map((line) => `  ${line}`));
  lines.push("", "What to try next:", ...nextStepLines(report).map((line) => `  - ${line}`));
  lines.push("");
  lines.push(
    `Replayed ${report.timing.graphPrompts} prompts through the router graph (${report.timing.graphReplays} replays) at ${report.timing.graphPromptsPerSecond.toFixed(0)} prompts/s per thread; total ${(report.timing.wallMs / 1000).toFixed(1)} s.`,
  );
  return lines.join("\n");
}
