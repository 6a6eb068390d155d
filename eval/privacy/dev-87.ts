/**
 * Development set 87 (`dev-87/a.jsonl`, `dev-87/b.jsonl`): personal phone numbers as the world writes them — a seeded
 * grid over fifty-seven countries' numbering plans (`dev-87/numbering.ts`, written from the ITU-T E.164 assignments and
 * the national regulators' plans) × the forms (national with trunk prefix, +CC, 00CC, E.164 compact, dotted, dashed,
 * slashed and parenthesised groups, extensions, wa.me/tel:/sms: links, split over a line break, partly in words, local
 * digits — Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width) × containers (a sentence in the country's
 * language, SMS gateway and webhook logs, JSON and CSV exports, code, vCards, signatures, Markdown tables, chat exports,
 * CRM notes), with hard negatives in the same shapes (businesses' and public offices' numbers, emergency and short
 * codes, drama and documentation ranges, orders, ISBN/ISSN, IMEI, IBAN fragments, timestamps, versions, coordinates,
 * measurements, sums, code). Written by the session-51 phones helper (see dev-87/README.md). `kind` is
 * `<container>:<country>:<form>` or `neg-<what>:<country>:<form>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group; the grid's values come from the
 * committed seed `SEED` (dev-87/entries.ts).
 * Rebuild: npx tsx eval/privacy/dev-87.ts
 * Check: npx tsx eval/privacy/dev-87/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-87
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-87/entries.js";

export const DEV_87_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-87.ts")) {
  const names = interleavedAssignment(DEV_87_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_87_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev87${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-87/a.jsonl", halves.a);
  writeMarkedSet("dev-87/b.jsonl", halves.b);
}
