/**
 * Development set 88 (`dev-88/a.jsonl`, `dev-88/b.jsonl`): identity numbers of fifty-one countries (Europe, the Americas,
 * Asia, Africa, Oceania) generated and checked by another author's code — stdnum 1.12.0, a port of python-stdnum — not
 * by the guard's own checks: a seeded search draws random characters in each scheme's shape until stdnum's `validate`
 * says valid (`isIndividual` for the positives, `isCompany` for the company numbers among the negatives). Written as
 * natives write them (stdnum's format, compact, spaced, lower case, a misplaced space), labelled in the country's
 * language or unlabelled in a record with a name and birth date, inside sentences, e-mails, chats, JSON, CSV, XML, SQL,
 * forms, code, logs and OCR text; hard negatives: the same countries' company numbers, documented samples, order and
 * reference numbers of the same shape that stdnum rejects, maths and code, redacted values, format questions. Written by
 * the session-51 ids helper (see dev-88/README.md). `kind` is `<shape>:<module>:<form>` or `neg-<what>:<module>:<form>`.
 * Halves: the entries are shuffled by mulberry32 seeded with 8801 (committed here), then dev-14's
 * `interleavedAssignment` alternates them within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-88.ts
 * Check: npx tsx eval/privacy/dev-88/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-88
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { createSeededRandom } from "../../src/policies/clock.js";
import { NEGATIVES, SENSITIVE } from "./dev-88/entries.js";

export const DEV_88_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

/** The committed seed of the halves. */
export const DEV_88_HALF_SEED = 8801;

if (process.argv[1]?.endsWith("dev-88.ts")) {
  const shuffle = createSeededRandom(DEV_88_HALF_SEED);
  const order = DEV_88_ENTRIES.map((entry, index) => ({ entry, key: shuffle(), index })).sort((x, y) => x.key - y.key || x.index - y.index);
  const shuffled = order.map(({ entry }) => entry);
  const names = interleavedAssignment(shuffled, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  shuffled.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev88${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-88/a.jsonl", halves.a);
  writeMarkedSet("dev-88/b.jsonl", halves.b);
}
