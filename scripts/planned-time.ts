// Is the planner's expected time right? Compares, per plan kind and dataset, the chosen first-step
// plan's full expected time (`planned` in `simulate --trace-out` lines: the first answers, every later
// call the lookahead plans, less the hedge's saving) with the realised time, term by term
// (docs/latency-and-adaptation.md, session 30):
//
//   npx tsx scripts/planned-time.ts trace-42.jsonl [trace-1.jsonl …]
//
// Realised terms: the first answers' time (the end of the selected model's and its peer's calls), the
// calls after them per model (completed calls and the time each took; a cancelled call is not counted),
// and the overlap (their times one after the other minus the request's latency: what a hedge saved).
import { readFileSync } from "node:fs";
import type { ReplayTraceLine } from "../src/simulation/replay-trace.js";
import type { PlannedTime } from "../src/learning/first-step-plan.js";

interface Row {
  n: number;
  displayed: number;
  planned: number;
  realised: number;
  plannedLocal: number;
  realisedLocal: number;
  plannedSaved: number;
  realisedOverlap: number;
  plannedCalls: Map<string, number>;
  plannedCallMs: Map<string, number>;
  realisedCalls: Map<string, number>;
  realisedCallMs: Map<string, number>;
}
const add = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value);
const rows = new Map<string, Row>();
const files = process.argv.slice(2).filter((argument) => !argument.startsWith("--"));
if (files.length === 0) throw new Error("usage: tsx scripts/planned-time.ts <trace.jsonl>…");
for (const file of files)
  for (const text of readFileSync(file, "utf8").split("\n").filter(Boolean)) {
    const line = JSON.parse(text) as ReplayTraceLine;
    const planned = line.planned as PlannedTime | undefined;
    if (!planned || !line.selected) continue;
    const kind = /plan (\S+)/.exec(line.selected)?.[1] ?? "?";
    const hedge = /\((\S+) started with the local answers\)/.exec(line.selected)?.[1] ?? /\(straight to (\S+)\)/.exec(line.selected)?.[1];
    const displayed = Number(/, ([\d.]+) s(;|$)/.exec(line.selected)?.[1] ?? "0") * 1000;
    const dataset = line.id.startsWith("gsm8k") ? "GSM8K" : "CRUXEval";
    const key = `${kind}${hedge ? `:${hedge}` : ""} | ${dataset}`;
    const row =
      rows.get(key) ??
      rows
        .set(key, {
          n: 0,
          displayed: 0,
          planned: 0,
          realised: 0,
          plannedLocal: 0,
          realisedLocal: 0,
          plannedSaved: 0,
          realisedOverlap: 0,
          plannedCalls: new Map(),
          plannedCallMs: new Map(),
          realisedCalls: new Map(),
          realisedCallMs: new Map(),
        })
        .get(key)!;
    row.n += 1;
    row.displayed += displayed;
    row.planned += planned.totalMs;
    row.realised += line.latencyMs;
    row.plannedLocal += planned.localMs;
    row.plannedSaved += planned.savedMs;
    for (const [id, count] of Object.entries(planned.calls)) {
      add(row.plannedCalls, id, count);
      add(row.plannedCallMs, id, count * (planned.callMs[id] ?? 0));
    }
    const first = line.attempts.filter((attempt) => attempt.reason === "selected" || attempt.reason === "peer");
    const local = kind === "direct" ? 0 : Math.max(0, ...first.map((attempt) => attempt.latencyMs));
    row.realisedLocal += local;
    let sequential = local;
    const later = kind === "direct" ? line.attempts : line.attempts.filter((attempt) => !first.includes(attempt));
    for (const attempt of later) {
      if (!attempt.ok) continue;
      if (kind === "direct" && attempt === later[0]) {
        row.realisedLocal += attempt.latencyMs;
        sequential += attempt.latencyMs;
        continue;
      }
      add(row.realisedCalls, attempt.modelId, 1);
      add(row.realisedCallMs, attempt.modelId, attempt.latencyMs);
      sequential += attempt.latencyMs;
    }
    row.realisedOverlap += sequential - line.latencyMs;
  }
const s = (value: number, n: number) => (value / n / 1000).toFixed(2);
const all = [...rows.values()].reduce(
  (sum, row) => ({ n: sum.n + row.n, displayed: sum.displayed + row.displayed, planned: sum.planned + row.planned, realised: sum.realised + row.realised }),
  { n: 0, displayed: 0, planned: 0, realised: 0 },
);
process.stdout.write(
  "plan | dataset: prompts/file; time displayed / planned / realised (s); first answers planned / realised; saved planned / overlap realised; per model after the first answers: calls planned / realised, s a call planned / realised\n",
);
for (const [key, row] of [...rows].sort((a, b) => b[1].n - a[1].n)) {
  const models = [...new Set([...row.plannedCalls.keys(), ...row.realisedCalls.keys()])].sort();
  const perModel = models
    .map((id) => {
      const pc = row.plannedCalls.get(id) ?? 0;
      const rc = row.realisedCalls.get(id) ?? 0;
      return `${id} ${(pc / row.n).toFixed(2)}/${(rc / row.n).toFixed(2)} × ${pc > 0 ? s(row.plannedCallMs.get(id)!, pc) : "-"}/${rc > 0 ? s(row.realisedCallMs.get(id)!, rc) : "-"}`;
    })
    .join("; ");
  process.stdout.write(
    `${key.padEnd(32)} ${(row.n / files.length).toFixed(0).padStart(4)}  ${s(row.displayed, row.n)} / ${s(row.planned, row.n)} / ${s(row.realised, row.n)}  local ${s(row.plannedLocal, row.n)} / ${s(row.realisedLocal, row.n)}  saved ${s(row.plannedSaved, row.n)} / ${s(row.realisedOverlap, row.n)}  ${perModel}\n`,
  );
}
process.stdout.write(
  `${"all".padEnd(32)} ${(all.n / files.length).toFixed(0).padStart(4)}  ${s(all.displayed, all.n)} / ${s(all.planned, all.n)} / ${s(all.realised, all.n)}\n`,
);
