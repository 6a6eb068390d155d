// Takes the cascade's time over "straight to the final model" apart, from `simulate --trace-out` files
// (docs/latency-and-adaptation.md, session 30):
//
//   npx tsx scripts/cascade-overhead.ts trace-42.jsonl [trace-1.jsonl …]
//
// `--by=path,dataset` groups the rows by some of the four keys only (default: all four).
//
// Each prompt's excess = its latency − the latency of sending it straight to the model that finally
// answered. Its parts: the wait before the final call started (time a local call ran, and time only
// earlier cloud calls ran), the final call's own time over the direct call's (device sharing, jitter),
// and the wait after the final answer (a local peer or check still running). Rows by path, by dataset
// and by whether the first local answer was right; every figure is a share of the whole average (ms
// per prompt, summed over the rows = the overhead), averaged over the files given.
import { readFileSync } from "node:fs";
import type { ReplayTraceLine } from "../src/simulation/replay-trace.js";

const LOCAL = new Set(["llama3.1:8b", "gemma2:9b"]);
interface Parts {
  prompts: number;
  excess: number;
  local: number;
  cloudBefore: number;
  finalOver: number;
  after: number;
}
const empty = (): Parts => ({ prompts: 0, excess: 0, local: 0, cloudBefore: 0, finalOver: 0, after: 0 });

/** Length of the union of intervals clipped to [0, end]. */
function covered(intervals: Array<[number, number]>, end: number): number {
  const sorted = intervals.map(([a, b]): [number, number] => [Math.max(0, a), Math.min(end, b)]).filter(([a, b]) => b > a);
  sorted.sort((x, y) => x[0] - y[0]);
  let total = 0;
  let reach = 0;
  for (const [a, b] of sorted) {
    if (b <= reach) continue;
    total += b - Math.max(a, reach);
    reach = b;
  }
  return total;
}

function parts(line: ReplayTraceLine): { key: string; value: Parts } {
  // Pair each attempt with its call: the k-th attempt of a model is its k-th call.
  const seen = new Map<string, number>();
  const starts = new Map<string, number[]>();
  for (const call of line.calls) (starts.get(call.modelId) ?? starts.set(call.modelId, []).get(call.modelId)!).push(call.startMs);
  const spans = line.attempts.map((attempt) => {
    const k = seen.get(attempt.modelId) ?? 0;
    seen.set(attempt.modelId, k + 1);
    const start = starts.get(attempt.modelId)?.[k] ?? 0;
    return { ...attempt, start, end: start + attempt.latencyMs };
  });
  const final = [...spans].reverse().find((span) => span.ok && span.modelId === line.model) ?? spans[spans.length - 1]!;
  const before = spans.filter((span) => span !== final && span.start < final.start);
  const local = covered(
    before.filter((span) => LOCAL.has(span.modelId)).map((span) => [span.start, span.end]),
    final.start,
  );
  const any = covered(
    before.map((span) => [span.start, span.end]),
    final.start,
  );
  const direct = line.directLatencyMs ?? final.latencyMs;
  const value: Parts = {
    prompts: 1,
    excess: line.latencyMs - direct,
    local,
    cloudBefore: any - local,
    finalOver: final.latencyMs - direct + (final.start - any),
    after: line.latencyMs - final.end,
  };
  const dataset = line.id.startsWith("gsm8k") ? "GSM8K" : "CRUXEval";
  const firstLocal = spans.find((span) => LOCAL.has(span.modelId));
  const localRight = firstLocal === undefined ? "no local" : (line.recorded[firstLocal.modelId]?.score ?? 0) >= 0.5 ? "local right" : "local wrong";
  const path =
    final.start > 0
      ? `escalated to ${final.modelId}`
      : final.reason === "hedge"
        ? `hedge ${final.modelId} kept`
        : `first answer ${LOCAL.has(final.modelId) ? "local" : final.modelId}`;
  const hedged = spans.some((span) => span.reason === "hedge") ? "hedged" : "no hedge";
  const fields: Record<string, string> = { path, dataset, local: localRight, hedge: hedged };
  return { key: by.map((field) => fields[field] ?? "?").join(" | "), value };
}

const byArgument = process.argv.find((argument) => argument.startsWith("--by="));
const by = byArgument ? byArgument.slice(5).split(",") : ["path", "dataset", "local", "hedge"];
const files = process.argv.slice(2).filter((argument) => !argument.startsWith("--"));
if (files.length === 0) throw new Error("usage: tsx scripts/cascade-overhead.ts [--by=path,dataset,local,hedge] <trace.jsonl>…");
const rows = new Map<string, Parts>();
let prompts = 0;
for (const file of files) {
  const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
  prompts += lines.length;
  for (const text of lines) {
    const { key, value } = parts(JSON.parse(text) as ReplayTraceLine);
    const row = rows.get(key) ?? rows.set(key, empty()).get(key)!;
    for (const field of Object.keys(value) as Array<keyof Parts>) row[field] += value[field];
  }
}
const ms = (value: number): string => (value / prompts).toFixed(0).padStart(6);
const total = empty();
process.stdout.write(
  `${by.join(" | ")}: prompts/file, excess, local wait, cloud wait, final over direct, wait after (ms per prompt of all ${prompts / files.length})\n`,
);
for (const [key, row] of [...rows].sort((a, b) => b[1].excess - a[1].excess)) {
  for (const field of Object.keys(row) as Array<keyof Parts>) total[field] += row[field];
  process.stdout.write(
    `${key.padEnd(70)} ${(row.prompts / files.length).toFixed(0).padStart(5)} ${ms(row.excess)} ${ms(row.local)} ${ms(row.cloudBefore)} ${ms(row.finalOver)} ${ms(row.after)}\n`,
  );
}
process.stdout.write(
  `${"all".padEnd(70)} ${(total.prompts / files.length).toFixed(0).padStart(5)} ${ms(total.excess)} ${ms(total.local)} ${ms(total.cloudBefore)} ${ms(total.finalOver)} ${ms(total.after)}\n`,
);
