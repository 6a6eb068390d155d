// What the tail rule's direct calls trade on the laptop (docs/latency-and-adaptation.md, session 38): for pairs
// of `simulate --trace-out` files of the same prompts and seed, A with the tail rule, B without (or any two
// settings), the prompts A sends straight to a model while B starts with a local answer, and how many right
// answers and how many requests past the limit B's plans add there — the quality a miss budget could buy
// per miss it spends. Also the oracle: B's outcome taken only where B is right and A wrong.
//
//   npx tsx scripts/miss-trade.ts --limit-ms=6336 trace-L-laptop-42.jsonl:trace-S-laptop-42.jsonl [a:b …]
import type { ReplayTraceLine } from "../src/simulation/replay-trace.js";
import { datasetOf, tracePairs } from "./lib/trace-pairs.js";

const limitArgument = process.argv.find((argument) => argument.startsWith("--limit-ms="));
const limitMs = Number(limitArgument?.slice("--limit-ms=".length) ?? Number.NaN);
const pairs = process.argv
  .slice(2)
  .filter((argument) => !argument.startsWith("--"))
  .map((argument) => argument.split(":") as [string, string]);
if (!Number.isFinite(limitMs) || pairs.length === 0 || pairs.some((pair) => pair.length !== 2))
  throw new Error("usage: tsx scripts/miss-trade.ts --limit-ms=<ms> <a.jsonl>:<b.jsonl> …");
const planOf = (line: ReplayTraceLine) => `${/; plan ([a-z-]+)/.exec(line.selected ?? "")?.[1] ?? "?"} ${line.attempts[0]?.modelId ?? "?"}`;
const direct = (line: ReplayTraceLine) => planOf(line).startsWith("direct ");
const late = (line: ReplayTraceLine) => (line.latencyMs > limitMs ? 1 : 0);
const rows = new Map<string, { prompts: number; right: number; misses: number }>();
const add = (key: string, right: number, misses: number) => {
  const row = rows.get(key) ?? rows.set(key, { prompts: 0, right: 0, misses: 0 }).get(key)!;
  row.prompts += 1;
  row.right += right;
  row.misses += misses;
};
/** First-step plans (kind and first model) by dataset: prompts on each side. */
const plans = new Map<string, { A: number; B: number }>();
for (const [id, lineA, lineB] of tracePairs(pairs)) {
  for (const [side, line] of [
    ["A", lineA],
    ["B", lineB],
  ] as const) {
    const key = `${datasetOf(id)} ${planOf(line)}`;
    const counts = plans.get(key) ?? plans.set(key, { A: 0, B: 0 }).get(key)!;
    counts[side] += 1;
  }
  add("A", lineA.quality, late(lineA));
  add("B", lineB.quality, late(lineB));
  if (direct(lineA) && !direct(lineB)) add(`A direct, B local first: ${datasetOf(id)}`, lineB.quality - lineA.quality, late(lineB) - late(lineA));
  if (lineB.quality > lineA.quality) add("oracle: B only where B right, A wrong", lineB.quality - lineA.quality, late(lineB) - late(lineA));
}
const n = pairs.length;
process.stdout.write(`means over ${n} pair(s); misses = requests past ${limitMs} ms (B − A where a difference)\n`);
for (const [key, row] of rows) {
  const perMiss = row.misses > 0 && key !== "A" && key !== "B" ? `, ${(row.right / row.misses).toFixed(2)} right a miss` : "";
  process.stdout.write(
    `${key}: ${(row.prompts / n).toFixed(1)} prompts, right ${(row.right / n).toFixed(1)}, misses ${(row.misses / n).toFixed(1)}${perMiss}\n`,
  );
}
process.stdout.write("first-step plans (dataset, plan, first model): prompts a pair, A / B\n");
for (const [key, counts] of [...plans].sort()) process.stdout.write(`  ${key}: ${(counts.A / n).toFixed(1)} / ${(counts.B / n).toFixed(1)}\n`);
