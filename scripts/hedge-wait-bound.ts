// Upper bound of accepting a first-step gpt-4o-mini hedge the moment it answers before the local
// answers it races (docs/latency-and-adaptation.md, session 32), from `simulate --trace-out` files:
//
//   npx tsx scripts/hedge-wait-bound.ts trace-42.jsonl [trace-1.jsonl …]
//
// For each prompt whose hedge (started with the local answers) answered before the last of them, by
// dataset, "none in" (no local answer in yet) or "one in", and the model that finally answered: prompts
// a file, the time after the hedge's answer (ms per prompt of all) and the right answers a file lost had
// the hedge's answer been kept. Last line: prompts whose local model, cancelled when a hedge won its race,
// was called again afterwards, and the time after that restart (ms per prompt of all).
import { readFileSync } from "node:fs";
import type { ReplayTraceLine } from "../src/simulation/replay-trace.js";

const LOCAL = new Set(["llama3.1:8b", "gemma2:9b"]);
const rows = new Map<string, { prompts: number; afterMs: number; lost: number }>();
let prompts = 0;
let recalled = 0;
let recalledMs = 0;
const files = process.argv.slice(2);
for (const file of files) {
  for (const text of readFileSync(file, "utf8").split("\n")) {
    if (!text) continue;
    const line = JSON.parse(text) as ReplayTraceLine;
    prompts += 1;
    const seen = new Map<string, number>();
    const spans = line.attempts.map((attempt) => {
      const k = seen.get(attempt.modelId) ?? 0;
      seen.set(attempt.modelId, k + 1);
      const start = line.calls.filter((call) => call.modelId === attempt.modelId)[k]?.startMs ?? 0;
      return { ...attempt, start, end: start + attempt.latencyMs };
    });
    const cancelled = new Set(
      spans.filter((span) => span.error === "CANCELLED" && (span.reason === "selected" || span.reason === "peer")).map((span) => span.modelId),
    );
    const again = spans.find((span) => span.reason === "escalation" && cancelled.has(span.modelId));
    if (again) {
      recalled += 1;
      recalledMs += line.latencyMs - again.start;
    }
    const hedge = spans.find((span) => span.reason === "hedge" && span.modelId === "gpt-4o-mini" && span.start < 1);
    const locals = spans.filter((span) => LOCAL.has(span.modelId) && span.start < 1);
    if (!hedge || locals.length === 0 || hedge.end >= Math.max(...locals.map((span) => span.end))) continue;
    const noneIn = hedge.end < Math.min(...locals.map((span) => span.end));
    const key = `${line.id.startsWith("crux") ? "CRUXEval" : "GSM8K"} | ${noneIn ? "none in" : "one in"} | final ${line.model}`;
    const row = rows.get(key) ?? rows.set(key, { prompts: 0, afterMs: 0, lost: 0 }).get(key)!;
    row.prompts += 1;
    row.afterMs += line.latencyMs - hedge.end;
    row.lost += line.quality - (line.recorded["gpt-4o-mini"]?.score ?? 0);
  }
}
const n = files.length;
console.log("dataset | local answers in | final model: prompts/file, ms after the hedge's answer (per prompt of all), right answers lost/file");
for (const [key, row] of [...rows].sort((a, b) => b[1].afterMs - a[1].afterMs))
  console.log(
    `${key.padEnd(48)} ${(row.prompts / n).toFixed(1).padStart(7)} ${(row.afterMs / prompts).toFixed(1).padStart(7)} ${(row.lost / n).toFixed(1).padStart(6)}`,
  );
const all = [...rows.values()].reduce((sum, row) => ({ prompts: sum.prompts + row.prompts, afterMs: sum.afterMs + row.afterMs, lost: sum.lost + row.lost }), {
  prompts: 0,
  afterMs: 0,
  lost: 0,
});
console.log(
  `${"all".padEnd(48)} ${(all.prompts / n).toFixed(1).padStart(7)} ${(all.afterMs / prompts).toFixed(1).padStart(7)} ${(all.lost / n).toFixed(1).padStart(6)}`,
);
console.log(
  `local model called again after a race cancelled it: ${(recalled / n).toFixed(1)} prompts/file, ${(recalledMs / prompts).toFixed(1)} ms per prompt of all`,
);
