// Can the first step tell the CRUXEval chains to gpt-4o apart, and how long are their calls? From
// `simulate --trace-out` files (docs/latency-and-adaptation.md, session 31):
//
//   npx tsx scripts/chain-features.ts [--prompts=zeroeval_crux.outcomes.jsonl] trace-42.jsonl [trace-1.jsonl …]
//
// Among the CRUXEval prompts a local answer started, a "chain" ends at gpt-4o after gpt-4o-mini was called.
// Prints, for what the first step knows (its plan's expected gpt-4o calls, gpt-4o-mini's expected length,
// the value gap to going straight to gpt-4o, and with --prompts the prompt's length), the area under the
// ROC curve for chains and the chain share per fifth; how often the local answer ran past its planned
// time (a "late local answer" trigger); and the escalated gpt-4o calls' lengths when right and wrong
// against their per-prompt expectation.
import { readFileSync } from "node:fs";
import type { ReplayTraceLine } from "../src/simulation/replay-trace.js";
import { aucOf } from "./lib/auc.js";

const LOCAL = new Set(["llama3.1:8b", "gemma2:9b"]);
const args = process.argv.slice(2);
const promptsFile = args.find((arg) => arg.startsWith("--prompts="))?.slice("--prompts=".length);
const files = args.filter((arg) => !arg.startsWith("--"));
const promptChars = new Map<string, number>();
if (promptsFile)
  for (const line of readFileSync(promptsFile, "utf8").split("\n"))
    if (line.trim()) {
      const item = JSON.parse(line) as { id: string; prompt: string };
      promptChars.set(item.id, item.prompt.length);
    }

interface Planned {
  localMs: number;
  calls: Record<string, number>;
  tokens?: Record<string, number>;
}
interface Row {
  chain: boolean;
  features: Record<string, number>;
}
const rows: Row[] = [];
const late = { chain: [0, 0, 0], other: [0, 0, 0] }; // prompts, late ones, late ms summed
const escalated = { right: [] as number[], wrong: [] as number[], planned: [] as number[] };
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

for (const file of files)
  for (const text of readFileSync(file, "utf8").split("\n")) {
    if (!text.trim()) continue;
    const line = JSON.parse(text) as ReplayTraceLine;
    if (!line.id.startsWith("crux")) continue;
    const planned = line.planned as Planned | undefined;
    for (const attempt of line.attempts)
      if (attempt.modelId === "gpt-4o" && attempt.reason !== "selected" && attempt.ok && attempt.outputTokens > 0 && planned?.tokens) {
        ((line.recorded["gpt-4o"]?.score ?? 0) >= 0.5 ? escalated.right : escalated.wrong).push(attempt.outputTokens);
        escalated.planned.push(planned.tokens["gpt-4o"] ?? 0);
      }
    const local = line.attempts.filter((attempt) => LOCAL.has(attempt.modelId) && (attempt.reason === "selected" || attempt.reason === "peer"));
    if (local.length === 0 || !planned) continue;
    const called = line.calls.map((call) => call.modelId);
    const chain = line.model === "gpt-4o" && called.includes("gpt-4o-mini");
    const values = Object.fromEntries(
      ((line.plans as string[] | undefined) ?? []).map((entry) => [entry.slice(0, entry.lastIndexOf("=")), Number(entry.slice(entry.lastIndexOf("=") + 1))]),
    );
    const best = Math.max(...Object.values(values));
    rows.push({
      chain,
      features: {
        "expected gpt-4o calls": planned.calls["gpt-4o"] ?? 0,
        "gpt-4o-mini expected tokens": planned.tokens?.["gpt-4o-mini"] ?? 0,
        "direct gpt-4o value − best value": (values["direct:gpt-4o"] ?? 0) - best,
        ...(promptChars.has(line.id) ? { "prompt chars": promptChars.get(line.id)! } : {}),
      },
    });
    const actual = Math.max(...local.map((attempt) => attempt.latencyMs));
    const tally = chain ? late.chain : late.other;
    tally[0]! += 1;
    if (actual > planned.localMs) {
      tally[1]! += 1;
      tally[2]! += actual - planned.localMs;
    }
  }

/** P(a random chain scores above a random other prompt), ties half. */
function auc(feature: string): number {
  return aucOf(
    rows.filter((row) => row.chain).map((row) => row.features[feature]!),
    rows.filter((row) => !row.chain).map((row) => row.features[feature]!),
  );
}

console.log(`${rows.length} CRUXEval prompts a local answer started, ${rows.filter((row) => row.chain).length} chains (files: ${files.length})`);
for (const feature of Object.keys(rows[0]?.features ?? {})) {
  if (!rows.every((row) => feature in row.features)) continue;
  const sorted = [...rows].sort((a, b) => a.features[feature]! - b.features[feature]!);
  const fifths = [0, 1, 2, 3, 4].map((k) => sorted.slice(Math.floor((k * sorted.length) / 5), Math.floor(((k + 1) * sorted.length) / 5)));
  const shares = fifths.map((fifth) => `${fifth.filter((row) => row.chain).length}/${fifth.length}`).join(" | ");
  console.log(`${feature.padEnd(34)} AUC ${auc(feature).toFixed(3)}  chains by fifth (low → high): ${shares}`);
}
for (const [name, [prompts, lateOnes, lateMs]] of Object.entries(late))
  console.log(
    `${name}: local answer past its planned time on ${((lateOnes! / Math.max(1, prompts!)) * 100).toFixed(0)}% of ${prompts} prompts, mean late part ${(lateMs! / Math.max(1, prompts!)).toFixed(0)} ms`,
  );
const count = escalated.right.length + escalated.wrong.length;
console.log(
  `escalated gpt-4o calls: ${count}, ${((escalated.right.length / Math.max(1, count)) * 100).toFixed(0)}% right; tokens right ${mean(escalated.right).toFixed(0)}, wrong ${mean(escalated.wrong).toFixed(0)}, expected per prompt ${mean(escalated.planned).toFixed(0)}`,
);
