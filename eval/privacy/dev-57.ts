/**
 * Development set 57 (`dev-57/a.jsonl`, `dev-57/b.jsonl`): minimal twins for the English false positives of issue #15
 * — a private person's password, mailbox, diagnosis or bank account (marked) against a text of the same shape whose one
 * deciding fact makes it not sensitive (a password policy, a field name, an example the text calls an example; a
 * company's role or support address, an address in a code sample or RFC, an official's published office address; a
 * disease explained, a drug's label, a trial summary, a celebrity's published illness; a bank's own SWIFT/BIC, routing
 * or sort code, a sample cheque). Written by the session-44 negatives helper (see dev-57/README.md). `kind` is
 * `<finding>:<who>` or `neg-<finding>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-57.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-57
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { ENGLISH_NEGATIVES, ENGLISH_SENSITIVE } from "./dev-57/english.js";
import { OTHER_NEGATIVES, OTHER_SENSITIVE } from "./dev-57/other-languages.js";

export const DEV_57_ENTRIES: MarkedEntry[] = [...ENGLISH_SENSITIVE, ...OTHER_SENSITIVE, ...ENGLISH_NEGATIVES, ...OTHER_NEGATIVES];

if (process.argv[1]?.endsWith("dev-57.ts")) {
  const names = interleavedAssignment(DEV_57_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_57_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev57${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-57/a.jsonl", halves.a);
  writeMarkedSet("dev-57/b.jsonl", halves.b);
}
