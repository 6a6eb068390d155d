/**
 * Development set 52 (`dev-52/a.jsonl`, `dev-52/b.jsonl`): English requests to a chat assistant in which personal data
 * is the material of the task — cover letters, forms to fill in, replies to landlords and bosses, payslip, tax and
 * statement checks, medical letters to summarise, prescriptions to translate, party invites, card disputes, log-in
 * help and school forms — in many registers (terse, rambling, typos, lower case, voice-typed, non-native) with the data
 * at the start, in the middle or pasted at the end (`dev-52/sensitive.ts`), and the same task shapes without a private
 * person's data (`dev-52/negatives.ts`). Written by the session-43 English helper before opening src/privacy (see
 * dev-52/README.md). `kind` is `<task>:<category>` or `neg-<task>:<what>`.
 * Halves: entries in order, alternating between A and B within each (language, class) group (dev-14's
 * `interleavedAssignment`; class = task, polarity, category).
 * Rebuild: npx tsx eval/privacy/dev-52.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-52
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { SENSITIVE } from "./dev-52/sensitive.js";
import { NEGATIVES } from "./dev-52/negatives.js";

export const DEV_52_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-52.ts")) {
  const names = interleavedAssignment(DEV_52_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_52_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev52${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-52/a.jsonl", halves.a);
  writeMarkedSet("dev-52/b.jsonl", halves.b);
}
