/**
 * Development set 65 (`dev-65/a.jsonl`, `dev-65/b.jsonl`): identity data in the languages and scripts the guard read
 * worst — Greek, Czech, Hungarian, Persian, Arabic, Hebrew, Bengali, Ukrainian, Thai, Vietnamese, Romanian: national
 * identifiers in their real formats with valid checksums, dates of birth in local words and native digits, phones,
 * home addresses and diagnoses, and hard negatives with the same formats and nobody private (specimen descriptions,
 * company and statute numbers, product codes, historical figures, public offices and hotlines, disease news). Written
 * by the session-45 scripts helper (see dev-65/README.md). `kind` is `<topic>:<category>` or `neg-<topic>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-65.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-65
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-65/entries.js";

export const DEV_65_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-65.ts")) {
  const names = interleavedAssignment(DEV_65_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_65_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev65${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-65/a.jsonl", halves.a);
  writeMarkedSet("dev-65/b.jsonl", halves.b);
}
