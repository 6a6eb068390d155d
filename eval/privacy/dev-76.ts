/**
 * Development set 76 (`dev-76/a.jsonl`, `dev-76/b.jsonl`): an identity or document number mentioned in passing inside a
 * task about something else — translate this letter, fix my spreadsheet formula, is this e-mail polite, why does this
 * API return 400, summarise, proofread, sort this CSV, draft a reply, turn this into JSON — with a passport, tax or
 * national id or driving licence behind a weak or abbreviated cue or a short JSON/CSV key, in en, it, pl, pt, de, ru,
 * es, hi, Hinglish, ja and zh, and hard negatives of the same tasks carrying order, tracking, booking and case numbers,
 * company numbers, specimens, formats and product codes. Written by the session-48 ids helper (see dev-76/README.md).
 * `kind` is `<task>:<category>` or `neg-<task>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-76.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-76
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-76/entries.js";

export const DEV_76_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-76.ts")) {
  const names = interleavedAssignment(DEV_76_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_76_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev76${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-76/a.jsonl", halves.a);
  writeMarkedSet("dev-76/b.jsonl", halves.b);
}
