// Upper bounds of starting calls earlier (docs/latency-and-adaptation.md, session 33), from
// `simulate --trace-out` files:
//
//   npx tsx scripts/hedge-start-bound.ts trace-42.jsonl [trace-1.jsonl …]
//
// Per file, ms per prompt of all:
// - "gpt-4o at the start": each prompt whose final answer came from a gpt-4o call started after the
//   first step saves min(its start, its time) had it started with the first answers; rows by the first
//   step's planned gpt-4o calls (`planned.calls`, the neighbours' chain rate), with the prompts that
//   would have started a gpt-4o call in vain (never called it).
// - "gpt-4o when the local answers are in": a first-step cloud hedge still running after the local
//   answers, then gpt-4o started when it answered: min(gpt-4o's time, the hedge's end − the local end).
// - "local check while waiting": a local check started when a first-step cloud hedge answered, after
//   the local answers: min(the check's time, the hedge's end − the local end); "critical" when the
//   request ended with the check.
import { readFileSync } from "node:fs";
import type { ReplayTraceLine } from "../src/simulation/replay-trace.js";

const LOCAL = new Set(["llama3.1:8b", "gemma2:9b"]);
const STRONG = "gpt-4o";
const THRESHOLDS = [0.1, 0.2, 0.3, 0.4, 0.5];
const round = (value: number) => Math.round(value);

for (const file of process.argv.slice(2)) {
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((text) => JSON.parse(text) as ReplayTraceLine);
  const perPrompt = (ms: number) => round(ms / lines.length);
  const atStart = THRESHOLDS.map(() => ({ prompts: 0, chained: 0, saved: 0, inVain: 0 }));
  const whenIn = { waits: 0, chained: 0, saved: 0 };
  const check = { checks: 0, saved: 0, critical: 0, criticalSaved: 0 };
  for (const line of lines) {
    const start = new Map(line.calls.map((call) => [call.modelId, call.startMs] as const));
    const end = (attempt: ReplayTraceLine["attempts"][number]) => (start.get(attempt.modelId) ?? 0) + attempt.latencyMs;
    const strong = line.attempts.find((attempt) => attempt.modelId === STRONG);
    const strongStart = start.get(STRONG);
    const chance = ((line.planned as { calls?: Record<string, number> } | undefined)?.calls ?? {})[STRONG] ?? 0;
    if (strongStart !== 0) {
      const saved = line.model === STRONG && strong && strongStart !== undefined ? Math.min(strongStart, strong.latencyMs) : 0;
      THRESHOLDS.forEach((threshold, index) => {
        if (chance < threshold) return;
        const row = atStart[index]!;
        row.prompts += 1;
        row.saved += saved;
        if (saved > 0) row.chained += 1;
        if (strongStart === undefined) row.inVain += 1;
      });
    }
    const firstLocal = line.attempts.filter((attempt) => LOCAL.has(attempt.modelId) && start.get(attempt.modelId) === 0 && attempt.ok);
    const cloudHedge = line.attempts.find(
      (attempt) => !LOCAL.has(attempt.modelId) && attempt.reason === "hedge" && start.get(attempt.modelId) === 0 && attempt.ok,
    );
    if (firstLocal.length === 0 || !cloudHedge) continue;
    const localEnd = Math.max(...firstLocal.map(end));
    const hedgeEnd = end(cloudHedge);
    if (hedgeEnd <= localEnd) continue;
    whenIn.waits += 1;
    if (cloudHedge.modelId !== STRONG && strong && strongStart !== undefined && strongStart >= hedgeEnd - 1) {
      whenIn.chained += 1;
      whenIn.saved += Math.min(strong.latencyMs, hedgeEnd - localEnd);
    }
    for (const attempt of line.attempts) {
      if (!LOCAL.has(attempt.modelId) || attempt.reason !== "escalation" || !attempt.ok) continue;
      if (Math.abs((start.get(attempt.modelId) ?? 0) - hedgeEnd) >= 1) continue;
      const saved = Math.min(attempt.latencyMs, hedgeEnd - localEnd);
      check.checks += 1;
      check.saved += saved;
      if (Math.abs(line.latencyMs - end(attempt)) < 1) {
        check.critical += 1;
        check.criticalSaved += saved;
      }
    }
  }
  console.log(`${file}: ${lines.length} prompts`);
  for (const [index, row] of atStart.entries())
    console.log(
      `  gpt-4o at the start, planned gpt-4o calls >= ${THRESHOLDS[index]}: ${row.prompts} prompts, ${row.chained} ended with a later gpt-4o call, ${row.inVain} never called it; <= ${perPrompt(row.saved)} ms`,
    );
  console.log(
    `  gpt-4o when the local answers are in (a cloud hedge still running): ${whenIn.waits} waits, ${whenIn.chained} went on to gpt-4o; <= ${perPrompt(whenIn.saved)} ms`,
  );
  console.log(
    `  local check while waiting: ${check.checks} checks after a cloud hedge; <= ${perPrompt(check.saved)} ms (${check.critical} ending the request: ${perPrompt(check.criticalSaved)} ms)`,
  );
}
