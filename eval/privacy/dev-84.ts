/**
 * Development set 84 (`dev-84/a.jsonl`, `dev-84/b.jsonl`): the English-speaking countries' identifiers and contact
 * details — a grid generated from the committed seed `SEED` over nine countries (UK, Ireland, Canada, Australia, New
 * Zealand, South Africa, Singapore, the US, India in English) × hand-written templates of the paperwork people paste
 * (GP letters, benefits letters, tenancy applications, payslips, tax returns, school forms, insurance claims, passport
 * renewals, CVs, e-mails to a landlord or school, forum posts, licence changes), with values valid by their published
 * rules, and hard negatives from the same countries and documents (institutions' numbers and addresses, references,
 * documented samples, drama numbers, postcodes alone, company numbers, public figures, templates, the writer's own
 * unnamed money and health). Written by the session-50 anglo helper (see dev-84/README.md). `kind` is
 * `<document>:<country>:<categories>` or `neg-<document>:<country>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-84.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-84
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-84/entries.js";

export const DEV_84_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-84.ts")) {
  const names = interleavedAssignment(DEV_84_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_84_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev84${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-84/a.jsonl", halves.a);
  writeMarkedSet("dev-84/b.jsonl", halves.b);
}
