import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { adaptivitySpec, costQualitySpec, latencySpec, regretSpec, renderSvg } from "./charts.js";
import { identicalRowNotes, strategyRow, TABLE_COLUMNS } from "./format-table.js";
import { toJsonReport, type SimulationReport } from "./run-simulation.js";

const SYNTHETIC_NOTE =
  "SYNTHETIC WORKLOAD: built-in prompts whose outcomes are drawn from an item-response model fitted to recorded outcome files (`routellm fit`). These figures illustrate the method; they are not measurements.";

export const METRIC_DEFINITIONS = [
  "quality: mean recorded score (0-1) of the answer each prompt finally got.",
  "cost per 1M tokens: cost of every model call (at the configured prices) / tokens served (prompt + delivered answer) x 1,000,000; prompt tokens by gpt-tokenizer, output tokens = recorded characters / 4.",
  "latency: end to end on a virtual clock from per-model profiles (time to first token, tokens per second, cloud spikes); TTFT = time to the first token of the delivered answer; p95 nearest-rank.",
  "privacy compliance: prompts labelled sensitive (synthetic data injected) that never reached a cloud model, whatever the router reported, / labelled prompts.",
  "cloud share: prompts that reached at least one cloud model; escalation rate: prompts escalated at least once.",
  "adaptivity: the same replay with cloud latency multiplied (or cloud calls failing) for a stretch; 'no adaptation' is the same router with bandit.latencyWeight 0, bandit.sloPenalty 0 and circuits that never open.",
  "learning curve: regret = oracle quality - router quality, averaged per window of the replay; the bandit learns online from the verifier's verdicts.",
  "APGR: area under the performance-gap-recovered curve over the cloud-call share (RouteLLM); random routing scores 0.5. CPT(x): cloud-call share at which x of the gap between the best local model and the strongest cloud model is recovered.",
];

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function markdownTable(header: readonly string[], rows: readonly string[][]): string {
  return [`| ${header.join(" | ")} |`, `|${header.map((_, index) => (index === 0 ? "---" : "---:")).join("|")}|`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");
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
  lines.push(`Reference models: strong **${report.references.strong}** (${pct(report.references.strongQuality)}), weak **${report.references.weak}** (${pct(report.references.weakQuality)}).`, "");
  lines.push(markdownTable(TABLE_COLUMNS, report.strategies.map(strategyRow)), "");
  for (const note of identicalRowNotes(report)) lines.push(`> ${note}`, "");
  lines.push("Strategies:", "", ...report.strategies.map((summary) => `- **${summary.name}**: ${report.descriptions[summary.name] ?? ""}`), "");
  if (report.sweep.length > 0) {
    lines.push("## Cost-quality sweep (`bandit.costWeight`)", "");
    lines.push(
      markdownTable(
        ["costWeight", "Quality %", "Cloud %", "Total $", "$ / 1M tok"],
        report.sweep.map((point) => [String(point.knob), (point.quality * 100).toFixed(1), (point.cloudShare * 100).toFixed(1), point.costUsd.toFixed(4), point.costPer1MTokens.toFixed(4)]),
      ),
      "",
      `APGR **${report.apgr === null ? "n/a" : report.apgr.toFixed(3)}**; CPT(50%) ${pct(report.cpt["50"])}, CPT(80%) ${pct(report.cpt["80"])}, CPT(95%) ${pct(report.cpt["95"])} of prompts to the cloud.`,
      "",
    );
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
  }
  if (report.learningCurve.length > 0) {
    lines.push("## Bandit learning curve (regret against the oracle per window)", "");
    lines.push(
      markdownTable(
        ["prompts", "regret", "cumulative", "regret without bandit"],
        report.learningCurve.map((point) => [String(point.prompts), point.regret.toFixed(3), point.cumulativeRegret.toFixed(1), point.baselineRegret === undefined ? "" : point.baselineRegret.toFixed(3)]),
      ),
      "",
    );
  }
  lines.push("## Definitions", "", ...METRIC_DEFINITIONS.map((line) => `- ${line}`), "");
  return lines.join("\n");
}

export async function renderHtml(report: SimulationReport, command?: string): Promise<string> {
  const charts = [costQualitySpec(report), latencySpec(report), regretSpec(report), adaptivitySpec(report, "cloudShare"), adaptivitySpec(report, "latencyMs")];
  const svgs: string[] = [];
  for (const spec of charts) if (spec) svgs.push(await renderSvg(spec));
  const row = (cells: string[], tag: "td" | "th") => `<tr>${cells.map((cell, index) => `<${tag}${index === 0 ? ' class="name"' : ""}>${escapeHtml(cell)}</${tag}>`).join("")}</tr>`;
  const table = `<table><thead>${row([...TABLE_COLUMNS], "th")}</thead><tbody>${report.strategies.map((summary) => row(strategyRow(summary), "td")).join("")}</tbody></table>`;
  const gap = report.sweep.length
    ? `<p class="gap">APGR <b>${report.apgr === null ? "n/a" : report.apgr.toFixed(3)}</b> &middot; CPT(50%) <b>${pct(report.cpt["50"])}</b> &middot; CPT(80%) <b>${pct(report.cpt["80"])}</b> &middot; CPT(95%) <b>${pct(report.cpt["95"])}</b> of prompts to the cloud</p>`
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
<p>Reference models: strong <b>${escapeHtml(report.references.strong)}</b> (${pct(report.references.strongQuality)}), weak <b>${escapeHtml(report.references.weak)}</b> (${pct(report.references.weakQuality)}).</p>
${table}
${identicalRowNotes(report).map((note) => `<p class="meta">${escapeHtml(note)}</p>`).join("")}
${gap}
<div class="charts">${svgs.map((svg) => `<div>${svg}</div>`).join("\n")}</div>
<h2>Strategies</h2><ul>${report.strategies.map((summary) => `<li><b>${escapeHtml(summary.name)}</b>: ${escapeHtml(report.descriptions[summary.name] ?? "")}</li>`).join("")}</ul>
<h2>Definitions</h2><ul>${METRIC_DEFINITIONS.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>
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
