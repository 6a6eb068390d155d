// The router's time against all-cloud, per group of prompts, from `simulate --trace-out` files
// (docs/latency-and-adaptation.md, session 35):
//
//   npx tsx scripts/latency-vs-cloud.ts --outcomes=a.outcomes.jsonl,b.outcomes.jsonl trace-42.jsonl [trace-1.jsonl …]
//
// Each prompt's gap = its latency − gpt-4o's time for it, estimated from gpt-4o's recorded length at the
// cloud profile's 450 ms + 90 tokens/s (no jitter, no spikes: the estimate sits ~0.13 s under the
// measured all-cloud average). The gap splits into the final model's own time over gpt-4o's (the final
// models' mix) and the cascade's excess over sending the prompt straight to that model. Groups: how the
// final answer came (first answer, hedge, escalation) and from which model, dataset, and whether the
// first local answer was right. ms per prompt of the whole average, so the rows add up.
import { readFileSync } from "node:fs";
import type { ReplayTraceLine } from "../src/simulation/replay-trace.js";

const LOCAL = new Set(["llama3.1:8b", "gemma2:9b"]);
const STRONG = "gpt-4o-2024-08-06";
const args = process.argv.slice(2);
const outcomeFiles =
  args
    .find((arg) => arg.startsWith("--outcomes="))
    ?.slice("--outcomes=".length)
    .split(",") ?? [];
const files = args.filter((arg) => !arg.startsWith("--"));
if (files.length === 0 || outcomeFiles.length === 0) throw new Error("usage: tsx scripts/latency-vs-cloud.ts --outcomes=<a.jsonl,b.jsonl> <trace.jsonl>…");

const strongMs = new Map<string, number>();
for (const file of outcomeFiles)
  for (const text of readFileSync(file, "utf8").split("\n").filter(Boolean)) {
    const item = JSON.parse(text) as { id: string; outcomes: Record<string, { out_chars: number }> };
    const strong = item.outcomes[STRONG];
    if (strong) strongMs.set(item.id, 450 + (strong.out_chars / 4 / 90) * 1000);
  }

interface Row {
  prompts: number;
  mix: number;
  excess: number;
  strong: number;
}
const rows = new Map<string, Row>();
let prompts = 0;
for (const file of files)
  for (const text of readFileSync(file, "utf8").split("\n").filter(Boolean)) {
    const line = JSON.parse(text) as ReplayTraceLine;
    prompts += 1;
    const firstLocal = line.attempts.find((attempt) => LOCAL.has(attempt.modelId));
    const local = firstLocal === undefined ? "no local" : (line.recorded[firstLocal.modelId]?.score ?? 0) >= 0.5 ? "local right" : "local wrong";
    const final = [...line.attempts].reverse().find((attempt) => attempt.ok && attempt.modelId === line.model);
    const how =
      final?.reason === "selected" || final?.reason === "peer"
        ? `first answer ${LOCAL.has(line.model) ? "local" : line.model}`
        : `${final?.reason ?? "?"} ${line.model}`;
    const key = `${how} | ${line.id.startsWith("gsm") ? "GSM8K" : "CRUXEval"} | ${local}`;
    const row = rows.get(key) ?? rows.set(key, { prompts: 0, mix: 0, excess: 0, strong: 0 }).get(key)!;
    const strong = strongMs.get(line.id) ?? 0;
    const direct = line.directLatencyMs ?? line.latencyMs;
    row.prompts += 1;
    row.strong += strong;
    row.mix += direct - strong;
    row.excess += line.latencyMs - direct;
  }
const ms = (value: number): string => (value / prompts).toFixed(0).padStart(6);
const total: Row = { prompts: 0, mix: 0, excess: 0, strong: 0 };
process.stdout.write(
  `group: prompts/file, router − all-cloud, of which the final models' own time, of which the cascade's excess (ms per prompt of all ${prompts / files.length})\n`,
);
for (const [key, row] of [...rows].sort((a, b) => b[1].mix + b[1].excess - (a[1].mix + a[1].excess))) {
  for (const field of Object.keys(row) as Array<keyof Row>) total[field] += row[field];
  process.stdout.write(
    `${key.padEnd(56)} ${(row.prompts / files.length).toFixed(0).padStart(5)} ${ms(row.mix + row.excess)} ${ms(row.mix)} ${ms(row.excess)}\n`,
  );
}
process.stdout.write(
  `${"all".padEnd(56)} ${(total.prompts / files.length).toFixed(0).padStart(5)} ${ms(total.mix + total.excess)} ${ms(total.mix)} ${ms(total.excess)}  (estimated all-cloud ${ms(total.strong)} ms)\n`,
);
