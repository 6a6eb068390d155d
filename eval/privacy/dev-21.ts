/**
 * Development set 21 (`dev-21/a.jsonl`, `dev-21/b.jsonl`): hard negatives full of dates and addresses in public
 * contexts (event, release, historical, holiday and invoice dates, timetables, public-figure and fictional
 * birthdays, company anniversaries, local calendars; businesses, embassies, museums, venues, offices, label
 * templates, address formats and postcode lists) in English, German, French, Spanish, Portuguese, Italian, Polish,
 * Japanese, Chinese and Hindi, with a few matched positives (a named private person's birth date or home address).
 * Written by the session-33 negatives helper before opening src/privacy (see dev-21/README.md).
 * Rebuild: npx tsx eval/privacy/dev-21.ts ; check: npx tsx eval/privacy/dev-21/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-21
 */
import type { MarkedEntry } from "./marked-prompts.js";
import { writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { EN } from "./dev-21/en.js";
import { INTL } from "./dev-21/intl.js";

export const DEV_21_ENTRIES: MarkedEntry[] = [...EN, ...INTL];

if (process.argv[1]?.endsWith("dev-21.ts")) {
  const halves = interleavedHalves(DEV_21_ENTRIES, "dev21");
  writeMarkedSet("dev-21/a.jsonl", halves.a);
  writeMarkedSet("dev-21/b.jsonl", halves.b);
}
