/**
 * Development set 72 (`dev-72/a.jsonl`, `dev-72/b.jsonl`): structured records (CSV, JSON, YAML, log lines) in German,
 * Spanish, Italian, English, Portuguese, Polish, Dutch and French whose localised field names are the evidence —
 * payroll and HR exports, hospital exports, hotel registers and passenger records, bank CSVs, CRM exports,
 * time-clock logs and deployment YAML with secrets — and hard negatives of the same shapes with nobody private
 * (schemas, empty templates, marked test rows, orders, aggregate statistics, configuration with variable references
 * or vault paths, public registry data). Written by the session-47 records helper (see dev-72/README.md). `kind` is
 * `<topic>:<category>` or `neg-<topic>:<what>`. Halves: dev-14's `interleavedAssignment` within each (language, class)
 * group.
 * Rebuild: npx tsx eval/privacy/dev-72.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-72
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-72/entries.js";

export const DEV_72_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-72.ts")) {
  const names = interleavedAssignment(DEV_72_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_72_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev72${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-72/a.jsonl", halves.a);
  writeMarkedSet("dev-72/b.jsonl", halves.b);
}
