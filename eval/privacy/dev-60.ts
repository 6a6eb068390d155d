/**
 * Development set 60 (`dev-60/a.jsonl`, `dev-60/b.jsonl`): a private person's bank account in its national form
 * (Brazil agência/conta and PIX keys, Mexico CLABE, Poland NRB without `PL`, India account + IFSC, US routing +
 * account, UK sort code + account, Australia BSB, Japan 口座番号, Turkey IBAN, Canada transit/institution/account) and
 * driving licence (US states, India, UK DVLA, Poland, Brazil CNH, Spain, Mexico, Italy, Netherlands, Japan, Turkey),
 * and hard negatives with the same words and formats and nobody private (banks' published codes, SWIFT/BIC, IFSC
 * look-ups, format explanations, documented examples, invoice and order numbers, licence categories, statutes, forms, a
 * company's payment details). Written by the session-45 bankdl helper (see dev-60/README.md). `kind` is
 * `<topic>:<category>` or `neg-<topic>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-60.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-60
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-60/entries.js";

export const DEV_60_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-60.ts")) {
  const names = interleavedAssignment(DEV_60_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_60_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev60${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-60/a.jsonl", halves.a);
  writeMarkedSet("dev-60/b.jsonl", halves.b);
}
