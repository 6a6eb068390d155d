/**
 * Development set 74 (`dev-74/a.jsonl`, `dev-74/b.jsonl`): health as it appears in care logistics — pharmacy refill
 * and pick-up messages, care-home and school-nurse notes, shift hand-overs, appointment reminders, sick notes and
 * return-to-work forms, insurance pre-authorisations, event allergy lists, carer rotas and clinic spreadsheets with
 * localised diagnosis columns — in English, German, Italian, Polish, Spanish, French and Dutch, with hard negatives of
 * the same logistics and nobody identified. Written by the session-48 health helper (see dev-74/README.md). `kind` is
 * `<topic>:health` or `neg-<topic>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-74.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-74
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-74/entries.js";

export const DEV_74_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-74.ts")) {
  const names = interleavedAssignment(DEV_74_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_74_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev74${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-74/a.jsonl", halves.a);
  writeMarkedSet("dev-74/b.jsonl", halves.b);
}
