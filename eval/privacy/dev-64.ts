/**
 * Development set 64 (`dev-64/a.jsonl`, `dev-64/b.jsonl`): a private person with money facts (salary and pay slips,
 * debts and arrears, loans and mortgages, credit scores, insolvency, tax, benefits, child support, balances,
 * inheritance) in sentences, chat, budget rows, payslips and bank CSV rows, and hard negatives with the same words and
 * nobody private (job ads, statistics, public officials, company figures, loan calculators, tax-law questions,
 * fictional characters, prices, anonymised cases). Written by the session-45 financial helper (see dev-64/README.md).
 * `kind` is `<topic>:financial` or `neg-<topic>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-64.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-64
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-64/entries.js";

export const DEV_64_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-64.ts")) {
  const names = interleavedAssignment(DEV_64_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_64_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev64${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-64/a.jsonl", halves.a);
  writeMarkedSet("dev-64/b.jsonl", halves.b);
}
