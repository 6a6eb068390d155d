// Can the verifier, once the lone local answer is in and a gpt-4o-mini hedge still runs, tell the CRUXEval
// chains to gpt-4o apart, and what would starting gpt-4o then buy? From `simulate --trace-out` files
// (docs/latency-and-adaptation.md, session 36):
//
//   npx tsx scripts/verifier-evidence.ts trace-42.jsonl [trace-1.jsonl …]
//
// Population: CRUXEval prompts whose first answer is one local model's, with gpt-4o-mini started no later
// than that answer's end (a hedge still running when the verifier first looks). A "chain" ends at gpt-4o.
// Prints the area under the ROC curve of what the verifier knows then (the local answer's length, its time,
// the local model) and of the time the hedge has already run without answering (its full time: a trigger
// "gpt-4o-mini still running at t" fires exactly on the hedges longer than t), and for each trigger time t
// the bound of starting gpt-4o at max(t, local end): ms a prompt saved on the chains (gpt-4o's real start
// minus the trigger), and gpt-4o calls started in vain a seed (prompts that never called gpt-4o); each t
// also only where the local answer is at least the population's median length.
import { readFileSync } from "node:fs";
import type { ReplayTraceLine } from "../src/simulation/replay-trace.js";
import { aucOf } from "./lib/auc.js";

const LOCAL = new Set(["llama3.1:8b", "gemma2:9b"]);
const files = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
if (files.length === 0) throw new Error("usage: tsx scripts/verifier-evidence.ts <trace.jsonl>…");

interface Row {
  chain: boolean;
  localEnd: number;
  miniStart: number;
  miniEnd: number;
  strongStart: number | null;
  features: Record<string, number>;
}
const rows: Row[] = [];
let prompts = 0;
for (const file of files)
  for (const text of readFileSync(file, "utf8").split("\n")) {
    if (!text.trim()) continue;
    const line = JSON.parse(text) as ReplayTraceLine;
    prompts += 1;
    if (!line.id.startsWith("crux")) continue;
    const first = line.attempts[0];
    if (!first || !LOCAL.has(first.modelId) || first.reason !== "selected") continue;
    if (line.attempts.some((attempt) => attempt !== first && LOCAL.has(attempt.modelId) && attempt.reason === "peer")) continue;
    const localStart = line.calls.find((call) => call.modelId === first.modelId)?.startMs ?? 0;
    const localEnd = localStart + first.latencyMs;
    const miniCall = line.calls.find((call) => call.modelId === "gpt-4o-mini");
    const miniAttempt = line.attempts.find((attempt) => attempt.modelId === "gpt-4o-mini");
    if (!miniCall || !miniAttempt || miniCall.startMs > localEnd) continue;
    const miniEnd = miniCall.startMs + miniAttempt.latencyMs;
    if (miniEnd <= localEnd) continue;
    rows.push({
      chain: line.model === "gpt-4o",
      localEnd,
      miniStart: miniCall.startMs,
      miniEnd,
      strongStart: line.calls.find((call) => call.modelId === "gpt-4o")?.startMs ?? null,
      features: {
        "local answer tokens": first.outputTokens,
        "local answer time": first.latencyMs,
        "local model is llama": first.modelId === "llama3.1:8b" ? 1 : 0,
        "hedge's full time (still running at t)": miniAttempt.latencyMs,
        "hedge's answer tokens": miniAttempt.outputTokens,
        "(oracle) local answer wrong": (line.recorded[first.modelId]?.score ?? 1) < 0.5 ? 1 : 0,
        "(oracle) gpt-4o-mini wrong": (line.recorded["gpt-4o-mini"]?.score ?? 1) < 0.5 ? 1 : 0,
      },
    });
  }

/** P(a random chain scores above a random other prompt), ties half. */
function auc(feature: string): number {
  return aucOf(
    rows.filter((row) => row.chain).map((row) => row.features[feature]!),
    rows.filter((row) => !row.chain).map((row) => row.features[feature]!),
  );
}

const seeds = files.length;
const chains = rows.filter((row) => row.chain);
console.log(
  `${prompts / seeds} prompts a seed; ${(rows.length / seeds).toFixed(1)} a seed with a lone local answer and a running gpt-4o-mini hedge, ${(chains.length / seeds).toFixed(1)} of them chains to gpt-4o`,
);
for (const feature of Object.keys(rows[0]?.features ?? {})) console.log(`${feature.padEnd(40)} AUC ${auc(feature).toFixed(3)}`);
const tokens = rows.map((row) => row.features["local answer tokens"]!).sort((a, b) => a - b);
const longLocal = tokens[Math.floor(tokens.length / 2)]!;
console.log(
  `trigger t (ms after the hedge's start) [and local answer ≥ ${longLocal} tokens, the median] | fires on chains | saved ms a prompt | gpt-4o started in vain a seed`,
);
for (const [t, minTokens] of [1000, 1500, 2000, 2500, 3000, 4000, 5000].flatMap(
  (t) =>
    [
      [t, 0],
      [t, longLocal],
    ] as const,
)) {
  let fired = 0;
  let saved = 0;
  let vain = 0;
  for (const row of rows) {
    const at = Math.max(row.miniStart + t, row.localEnd);
    if (row.miniEnd <= at || row.features["local answer tokens"]! < minTokens) continue;
    if (row.chain && row.strongStart !== null) {
      fired += 1;
      saved += Math.max(0, row.strongStart - at);
    } else if (!row.chain && row.strongStart === null) vain += 1;
  }
  console.log(
    `${String(t).padStart(5)}${minTokens > 0 ? " + long local" : ""} | ${(fired / seeds).toFixed(1)} | ${(saved / prompts).toFixed(0)} | ${(vain / seeds).toFixed(1)}`,
  );
}
