/**
 * Development set 68 (`dev-68/a.jsonl`, `dev-68/b.jsonl`): everyday messages and documents in the languages still
 * weakest — Greek, Czech, Hungarian, Bengali, Ukrainian, Romanian, Polish, Turkish, Russian, Korean: chat messages,
 * e-mails to colleagues, sick notes, pharmacy questions, parcel delivery notes, rental ads and school forms with a named
 * person's health, money, home address, birth date, phone or national identifier, and hard negatives in the same
 * words (disease news, health-ministry pages, public figures, business addresses, pharmacy hours, product codes,
 * historical dates, hotlines, fiction). Written by the session-46 languages helper (see dev-68/README.md). `kind` is
 * `<topic>:<category>` or `neg-<topic>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-68.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-68
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-68/entries.js";

export const DEV_68_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-68.ts")) {
  const names = interleavedAssignment(DEV_68_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_68_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev68${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-68/a.jsonl", halves.a);
  writeMarkedSet("dev-68/b.jsonl", halves.b);
}
