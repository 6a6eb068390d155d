/**
 * Development set 78 (`dev-78/a.jsonl`, `dev-78/b.jsonl`): identity and tax numbers of countries outside Western Europe
 * and North America, generated from their published national formats with valid check digits (`dev-78/formats.ts`) and
 * written in local forms inside ordinary tasks (forms, chats, e-mails, JSON, CSV): Mexico, Brazil, Argentina, Chile,
 * Colombia, Peru, South Africa, Nigeria, Kenya, Egypt, UAE, Saudi Arabia, Israel, Turkey, Pakistan, Bangladesh,
 * Singapore, Malaysia, Thailand, the Philippines, Indonesia and Vietnam, plus their passports, in es, pt, ar, he, tr,
 * ur, bn, th, ms, id, vi, sw, tl and en, with 48 % hard negatives (wrong check digits as order, tracking and invoice
 * numbers, documented specimens, companies' numbers, public statistics, format explanations). Written by the
 * session-49 ids helper (see dev-78/README.md). `kind` is `<topic>:<category>` or `neg-<topic>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-78.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-78
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-78/entries.js";

export const DEV_78_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-78.ts")) {
  const names = interleavedAssignment(DEV_78_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_78_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev78${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-78/a.jsonl", halves.a);
  writeMarkedSet("dev-78/b.jsonl", halves.b);
}
