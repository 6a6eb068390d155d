import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { adaptivitySpec, costQualitySpec, latencySpec, regretSpec, renderSvg } from "./charts.js";
import {
  adaptivityPartLines,
  gapLine,
  headlineRows,
  HEADLINE_COLUMNS,
  identicalRowNotes,
  nextStepLines,
  strategyRow,
  sweepRow,
  SWEEP_COLUMNS,
  TABLE_COLUMNS,
} from "./format-table.js";
import { definitionLines, METRIC_DEFINITIONS } from "./metric-definitions.js";
import { toJsonReport, type SimulationReport } from "./run-simulation.js";

const SYNTHETIC_NOTE =
  "SYNTHETIC WORKLOAD: built-in prompts whose outcomes are drawn from an item-response model fitted to recorded outcome files (`routellm fit`). These figures illustrate the method; they are not measurements.";

/** Definitions of the report's figures (scenario and learning curve included). */
const REPORT_DEFINITIONS = [
  ...definitionLines(),
  "adaptivity: the same replay with cloud latency multiplied (or cloud calls failing) for a stretch; 'no adaptation' is the same router with bandit.latencyWeight 0, bandit.sloPenalty 0, no spike response (bandit.spike) and circuits that never open.",
  "learning curve: regret per window of the replay; the bandit learns online from the verifier's verdicts.",
];

export { METRIC_DEFINITIONS };

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function markdownTable(header: readonly string[], rows: readonly string[][]): string {
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map((_, index) => (index === 0 ? "---" : "---:")).join("|")}|`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
}

function pct(value: number | null): string {
  return value === null ? "not reached" : `${(value * 100).toFixed(1)}%`;
}

export function renderMarkdown(report: SimulationReport, command?: string): string {
  const lines: string[] = ["# RouteLLM simulation report", ""];
  if (report.dataset.synthetic) lines.push(`> **${SYNTHETIC_NOTE}**`, "");
  lines.push(
    `Dataset: **${report.dataset.name}**, ${report.dataset.prompts} held-out prompts (${report.dataset.trainPrompts} for training, ${report.dataset.test.skipped} skipped for missing records), ${report.dataset.labelledPrompts} with injected sensitive data, seed ${report.dataset.seed}.`,
    "",
  );
  if (command) lines.push("Reproduce with:", "", "```", command, "```", "");
  for (const note of report.dataset.notes ?? []) lines.push(`> note: ${note}`, "");
  lines.push(
    `Reference models: strong **${report.references.strong}** (configured; ${pct(report.references.strongQuality)}), weak **${report.references.weak}** (best local model on the training prompts; ${pct(report.references.weakQuality)}).`,
    "",
  );
  lines.push(markdownTable(HEADLINE_COLUMNS, headlineRows(report)), "");
  lines.push("## Every strategy", "");
  lines.push(markdownTable(TABLE_COLUMNS, report.strategies.map(strategyRow)), "");
  for (const note of identicalRowNotes(report)) lines.push(`> ${note}`, "");
  lines.push("Strategies:", "", ...report.strategies.map((summary) => `- **${summary.name}**: ${report.descriptions[summary.name] ?? ""}`), "");
  if (report.sweep.length > 0) {
    lines.push("## Cost-quality sweep (`bandit.costWeight`)", "");
    lines.push(markdownTable(SWEEP_COLUMNS, report.sweep.map(sweepRow)), "", gapLine(report), "");
  }
  if (report.adaptivity) {
    const { scenario } = report.adaptivity;
    lines.push(`## Adaptivity: cloud ${scenario.kind} from ${(scenario.start * 100).toFixed(0)}% to ${(scenario.end * 100).toFixed(0)}% of the replay`, "");
    lines.push(markdownTable(TABLE_COLUMNS, [strategyRow(report.adaptivity.adaptive), strategyRow(report.adaptivity.fixed)]), "");
    lines.push(
      markdownTable(
        ["prompts", "in stretch", "cloud % (adaptive)", "cloud % (fixed)", "avg ms (adaptive)", "avg ms (fixed)", "quality % (adaptive)", "quality % (fixed)"],
        report.adaptivity.windows.map((window) => [
          String(window.prompts),
          window.inStretch ? "yes" : "",
          (window.adaptive.cloudShare * 100).toFixed(0),
          (window.fixed.cloudShare * 100).toFixed(0),
          window.adaptive.latencyMs.toFixed(0),
          window.fixed.latencyMs.toFixed(0),
          (window.adaptive.quality * 100).toFixed(0),
          (window.fixed.quality * 100).toFixed(0),
        ]),
      ),
      "",
    );
    lines.push(
      "By part of the replay (recovery: the first window after the stretch):",
      "",
      ...adaptivityPartLines(report.adaptivity.parts).map((line) => `- ${line.trim()}`),
      "",
    );
  }
  if (report.learningCurve.length > 0) {
    lines.push("## Bandit learning curve (regret against the oracle per window)", "");
    lines.push(
      markdownTable(
        ["prompts", "regret", "cumulative", "regret without bandit"],
        report.learningCurve.map((point) => [
          String(point.prompts),
          point.regret.toFixed(3),
          point.cumulativeRegret.toFixed(1),
          point.baselineRegret === undefined ? "" : point.baselineRegret.toFixed(3),
        ]),
      ),
      "",
    );
  }
  lines.push("## Definitions", "", ...REPORT_DEFINITIONS.map((line) => `- ${line}`), "");
  lines.push("## What to try next", "", ...nextStepLines(report).map((line) => `- ${line}`), "");
  return lines.join("\n");
}

export async function renderHtml(report: SimulationReport, command?: string): Promise<string> {
  const charts = [costQualitySpec(report), latencySpec(report), regretSpec(report), adaptivitySpec(report, "cloudShare"), adaptivitySpec(report, "latencyMs")];
  const svgs: string[] = [];
  for (const spec of charts) if (spec) svgs.push(await renderSvg(spec));
  const row = (cells: string[], tag: "td" | "th") =>
    `<tr>${cells.map((cell, index) => `<${tag}${index === 0 ? ' class="name"' : ""}>${escapeHtml(cell)}</${tag}>`).join("")}</tr>`;
  const htmlTable = (header: readonly string[], rows: readonly string[][]) =>
    `<table><thead>${row([...header], "th")}</thead><tbody>${rows.map((cells) => row(cells, "td")).join("")}</tbody></table>`;
  const headline = htmlTable(HEADLINE_COLUMNS, headlineRows(report));
  const table = htmlTable(TABLE_COLUMNS, report.strategies.map(strategyRow));
  const gap = report.sweep.length
    ? `<h2>Cost-knob sweep (<code>bandit.costWeight</code>)</h2>${htmlTable(SWEEP_COLUMNS, report.sweep.map(sweepRow))}<p class="gap">${escapeHtml(gapLine(report))}</p>`
    : "";
  const learning = report.learningCurve.length
    ? `<h2>Bandit learning curve</h2>${htmlTable(
        ["prompts", "regret", "cumulative regret", "regret without bandit"],
        report.learningCurve.map((point) => [
          String(point.prompts),
          point.regret.toFixed(3),
          point.cumulativeRegret.toFixed(1),
          point.baselineRegret === undefined ? "" : point.baselineRegret.toFixed(3),
        ]),
      )}`
    : "";
  const adaptivity = report.adaptivity
    ? `<h2>Adaptivity: cloud ${escapeHtml(report.adaptivity.scenario.kind)}</h2>${htmlTable(TABLE_COLUMNS, [strategyRow(report.adaptivity.adaptive), strategyRow(report.adaptivity.fixed)])}${htmlTable(
        ["prompts", "in stretch", "cloud % (adaptive)", "cloud % (fixed)", "avg ms (adaptive)", "avg ms (fixed)", "quality % (adaptive)", "quality % (fixed)"],
        report.adaptivity.windows.map((window) => [
          String(window.prompts),
          window.inStretch ? "yes" : "",
          (window.adaptive.cloudShare * 100).toFixed(0),
          (window.fixed.cloudShare * 100).toFixed(0),
          window.adaptive.latencyMs.toFixed(0),
          window.fixed.latencyMs.toFixed(0),
          (window.adaptive.quality * 100).toFixed(0),
          (window.fixed.quality * 100).toFixed(0),
        ]),
      )}`
    : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>RouteLLM simulation report</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px auto;max-width:1200px;color:#222;padding:0 16px}
h1{margin-bottom:4px} .meta{color:#555;margin-top:0}
.banner{background:#fff3cd;border:1px solid #e0b400;padding:10px 14px;border-radius:6px;font-weight:600}
table{border-collapse:collapse;font-size:13px;margin:12px 0} th,td{padding:5px 9px;border-bottom:1px solid #ddd;text-align:right} th{background:#f4f4f4} .name{text-align:left;font-weight:600}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(580px,1fr));gap:18px} .charts>div{border:1px solid #eee;border-radius:6px;padding:8px;overflow-x:auto}
.gap{font-size:15px} ul{font-size:13px;color:#444} code{background:#f4f4f4;padding:1px 4px}
</style></head><body>
<h1>RouteLLM simulation report</h1>
<p class="meta">${escapeHtml(`${report.dataset.name}: ${report.dataset.prompts} held-out prompts, ${report.dataset.trainPrompts} for training, ${report.dataset.labelledPrompts} labelled sensitive, seed ${report.dataset.seed}`)}</p>
${report.dataset.synthetic ? `<p class="banner">${escapeHtml(SYNTHETIC_NOTE)}</p>` : ""}
${command ? `<p>Reproduce: <code>${escapeHtml(command)}</code></p>` : ""}
${(report.dataset.notes ?? []).map((note) => `<p class="meta">note: ${escapeHtml(note)}</p>`).join("")}
<p>Reference models: strong <b>${escapeHtml(report.references.strong)}</b> (configured; ${pct(report.references.strongQuality)}), weak <b>${escapeHtml(report.references.weak)}</b> (best local model on the training prompts; ${pct(report.references.weakQuality)}).</p>
${headline}
<h2>Every strategy</h2>
${table}
${identicalRowNotes(report)
  .map((note) => `<p class="meta">${escapeHtml(note)}</p>`)
  .join("")}
<h2>Strategies</h2><ul>${report.strategies.map((summary) => `<li><b>${escapeHtml(summary.name)}</b>: ${escapeHtml(report.descriptions[summary.name] ?? "")}</li>`).join("")}</ul>
${gap}
<div class="charts">${svgs.map((svg) => `<div>${svg}</div>`).join("\n")}</div>
${learning}
${adaptivity}
<h2>Definitions</h2><ul>${REPORT_DEFINITIONS.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>
<h2>What to try next</h2><ul>${nextStepLines(report)
    .map((line) => `<li><code>${escapeHtml(line)}</code></li>`)
    .join("")}</ul>
</body></html>
`;
}

/** Writes report.json (the `--json` document), report.md and a self-contained report.html into `dir`. */
export async function writeReport(dir: string, report: SimulationReport, command?: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files = [join(dir, "report.json"), join(dir, "report.md"), join(dir, "report.html")];
  await writeFile(files[0]!, `${JSON.stringify(toJsonReport(report), null, 2)}\n`);
  await writeFile(files[1]!, renderMarkdown(report, command));
  await writeFile(files[2]!, await renderHtml(report, command));
  return files;
}
