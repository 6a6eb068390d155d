// Which prompts one hardware profile's replay gets right that another's gets wrong, and through which
// first-step plans (docs/latency-and-adaptation.md, session 37). Pairs of `simulate --trace-out` files
// of the same prompts and seed, e.g. the laptop's and the consumer GPU's:
//
//   npx tsx scripts/profile-diff.ts trace-laptop-42.jsonl:trace-gpu-42.jsonl [a-1.jsonl:b-1.jsonl …]
//
// Prints, averaged over the pairs: each side's quality by dataset, then the prompts whose quality
// differs grouped by (A's plan → B's plan) with the net quality A loses there, and, for the prompts B
// gets right and A wrong, how far A's own value of B's plan fell short of A's choice (the margin the
// latency terms would have to give back).
import type { ReplayTraceLine } from "../src/simulation/replay-trace.js";
import { datasetOf, tracePairs } from "./lib/trace-pairs.js";

/** "solo-hedge gemma2:9b+gpt-4o-mini", "direct gpt-4o-mini", "cascade llama3.1:8b", from the selector's reason and the attempts. */
function planOf(line: ReplayTraceLine): string {
  const plan = /; plan ([a-z-]+)/.exec(line.selected ?? "")?.[1] ?? "?";
  const first = line.attempts[0]?.modelId ?? "?";
  const hedge = line.attempts.find((attempt) => attempt.reason === "hedge")?.modelId;
  const started = /\(([^ ]+) started with the local answers\)/.exec(line.selected ?? "")?.[1];
  return `${plan} ${first}${(started ?? hedge) && plan.includes("hedge") ? `+${started ?? hedge}` : ""}`;
}

/** The option key the selector logs for a plan ("solo-hedge:gpt-4o-mini", "direct:gpt-4o-mini"). */
function optionValue(line: ReplayTraceLine, plan: string): number | undefined {
  const [kind, models] = plan.split(" ");
  const [first, hedge] = (models ?? "").split("+");
  const key = `${kind}:${hedge ?? first}`;
  // Two solos share the key "solo:<hedge>" only with different local models; the logged list keeps their order (first, peer).
  for (const entry of (line.plans as string[] | undefined) ?? []) {
    const [name, value] = entry.split("=");
    if (name === key) return Number(value);
  }
  return undefined;
}

const pairs = process.argv.slice(2).map((argument) => argument.split(":") as [string, string]);
if (pairs.length === 0 || pairs.some((pair) => pair.length !== 2)) throw new Error("usage: tsx scripts/profile-diff.ts <a.jsonl>:<b.jsonl> …");
const quality = new Map<string, { a: number; b: number; n: number }>();
const moves = new Map<string, { prompts: number; net: number; aWrongBRight: number; aRightBWrong: number; margin: number; margins: number }>();
for (const [id, lineA, lineB] of tracePairs(pairs)) {
  const row = quality.get(datasetOf(id)) ?? quality.set(datasetOf(id), { a: 0, b: 0, n: 0 }).get(datasetOf(id))!;
  row.a += lineA.quality;
  row.b += lineB.quality;
  row.n += 1;
  if (lineA.quality === lineB.quality) continue;
  const key = `${datasetOf(id)} | ${planOf(lineA)} (${lineA.model}) → ${planOf(lineB)} (${lineB.model})`;
  const move = moves.get(key) ?? moves.set(key, { prompts: 0, net: 0, aWrongBRight: 0, aRightBWrong: 0, margin: 0, margins: 0 }).get(key)!;
  move.prompts += 1;
  move.net += lineB.quality - lineA.quality;
  if (lineB.quality > lineA.quality) {
    move.aWrongBRight += 1;
    const chosen = optionValue(lineA, planOf(lineA));
    const other = optionValue(lineA, planOf(lineB));
    if (chosen !== undefined && other !== undefined) {
      move.margin += chosen - other;
      move.margins += 1;
    }
  } else move.aRightBWrong += 1;
}
const n = pairs.length;
for (const [dataset, row] of [...quality].sort()) {
  process.stdout.write(
    `${dataset}: ${(row.n / n).toFixed(0)} prompts a pair, A right ${(row.a / n).toFixed(1)}, B right ${(row.b / n).toFixed(1)} (B − A ${((row.b - row.a) / n).toFixed(1)})\n`,
  );
}
process.stdout.write(
  "dataset | A's plan (final model) → B's plan (final model): prompts, B − A right, A wrong & B right, A right & B wrong, A's value margin for its choice (a pair)\n",
);
for (const [key, move] of [...moves].sort((x, y) => y[1].net - x[1].net))
  process.stdout.write(
    `${key.padEnd(110)} ${(move.prompts / n).toFixed(1).padStart(5)} ${(move.net / n).toFixed(1).padStart(5)} ${(move.aWrongBRight / n).toFixed(1).padStart(5)} ${(move.aRightBWrong / n).toFixed(1).padStart(5)} ${move.margins > 0 ? (move.margin / move.margins).toFixed(3) : "–"}\n`,
  );
