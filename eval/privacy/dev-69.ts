/**
 * Development set 69 (`dev-69/a.jsonl`, `dev-69/b.jsonl`): text that looks personal and is not — documentation with
 * example values, tutorial fixtures, schema DDL, validators, form templates, customer-service macros, public figures'
 * biographies, fiction, court news, medical textbooks and leaflets, company registers and imprints, timetables, sports
 * results, versions, hashes, IP addresses in configs, machine logs and maths problems — in English, Korean, German,
 * Japanese, French, Spanish, Chinese and Dutch, 72% hard negatives, with sensitive twins in the same formats. Written
 * by the session-46 lookalikes helper (see dev-69/README.md). `kind` is `<topic>:<category>` or `neg-<topic>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-69.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-69
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-69/entries.js";

export const DEV_69_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-69.ts")) {
  const names = interleavedAssignment(DEV_69_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_69_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev69${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-69/a.jsonl", halves.a);
  writeMarkedSet("dev-69/b.jsonl", halves.b);
}
