/**
 * Development set 71 (`dev-71/a.jsonl`, `dev-71/b.jsonl`): values written so that a detector misses them — cards, SSNs
 * and tax ids, birth dates, driving licences, diagnoses, IP addresses, phones, e-mails and credentials in digits as
 * words, split digits, "at"/"dot" forms, homoglyphs, full-width and superscript digits, zero-width characters,
 * leetspeak, reversed or split values, code concatenation and base64/rot13 — mostly English, with Hinglish, Dutch,
 * Italian, Polish and Portuguese, and hard negatives with the same transforms on values that identify nobody. Generated
 * by `dev-71/entries.ts` (written by the session-47 evasions helper, see dev-71/README.md). `kind` is
 * `<topic>:<transform>` or `neg-<topic>:<transform>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-71.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-71
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-71/entries.js";

export const DEV_71_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-71.ts")) {
  const names = interleavedAssignment(DEV_71_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_71_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev71${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-71/a.jsonl", halves.a);
  writeMarkedSet("dev-71/b.jsonl", halves.b);
}
