/**
 * Format and value check for development set 15 (shared format check: `../check-split-set.ts`): every labelled IBAN
 * passes mod 97 and its country's length, every labelled card Luhn; every documented test value the negatives use is
 * checked too (valid checksum where it has one) and must appear in a negative prompt, never in a positive one; then
 * the counts per half of each class. Run: npx tsx eval/privacy/dev-15/check.ts
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";
import { ibanProblem } from "../iban-check.js";
import { cardAndIbanCheck, luhnValid } from "../split-set-helpers.js";
import type { EvalRecord } from "../generate.js";

const IBAN_LENGTHS: Record<string, number> = { GB: 22, DE: 22, FR: 27, ES: 24, PT: 25, IT: 27, NL: 18, PL: 28 };
/** Documented public test values used by the negatives (Stripe's test cards; banks' and registries' example IBANs). */
const DOCUMENTED_CARDS = ["4242 4242 4242 4242", "4000 0000 0000 9995", "4000 0566 5566 5556", "3782 822463 10005", "5555 5555 5555 4444"];
const DOCUMENTED_IBANS = [
  "GB82 WEST 1234 5698 7654 32",
  "DE89 3704 0044 0532 0130 00",
  "FR14 2004 1010 0505 0001 3M02 606",
  "ES91 2100 0418 4502 0005 1332",
  "PT50 0002 0123 1234 5678 9015 4",
  "IT60 X054 2811 1010 0000 0123 456",
  "NL91 ABNA 0417 1643 00",
  "PL61 1090 1014 0000 0712 1981 2874",
];
/** SSNs the SSA voided or that are published placeholders (Woolworth wallet card, 1930s pamphlet, advertising). */
const DOCUMENTED_SSNS = ["078-05-1120", "219-09-9999", "123-45-6789"];

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, cardAndIbanCheck(IBAN_LENGTHS));

const records = ["a", "b"].flatMap((half) =>
  readFileSync(join(folder, `${half}.jsonl`), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((text) => JSON.parse(text) as EvalRecord),
);
let documentedProblems = 0;
const squash = (text: string) => text.replace(/\s/g, "");
for (const value of [...DOCUMENTED_CARDS, ...DOCUMENTED_IBANS, ...DOCUMENTED_SSNS]) {
  const why = DOCUMENTED_IBANS.includes(value)
    ? ibanProblem(value, IBAN_LENGTHS)
    : DOCUMENTED_CARDS.includes(value) && !luhnValid(value)
      ? "fails Luhn"
      : undefined;
  const users = records.filter((record) => squash(record.prompt).includes(squash(value)));
  const problem = why ?? (users.length === 0 ? "not used" : users.some((record) => record.sensitive) ? "used in a positive" : undefined);
  if (problem) {
    documentedProblems++;
    process.stdout.write(`documented ${value}: ${problem}\n`);
  }
}
process.stdout.write(documentedProblems === 0 ? "documented test values: ok\n" : `documented test values: ${documentedProblems} problems\n`);
if (documentedProblems > 0) process.exitCode = 1;

printHalfTable(folder);
