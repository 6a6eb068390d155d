/**
 * Format and value check for development set 14 (shared format check: `../check-split-set.ts`): every labelled IBAN
 * passes mod 97 and its country's length, every card Luhn; then the counts per half of each (topic, polarity, form)
 * class and language, to show that both halves hold every kind. Run: npx tsx eval/privacy/dev-14/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";
import { ibanProblem } from "../iban-check.js";

const IBAN_LENGTHS: Record<string, number> = { ES: 24, FR: 27, DE: 22, IT: 27, NL: 18, PL: 28, TR: 26 };

function luhnValid(value: string): boolean {
  const digits = [...value.replace(/\D/g, "")].reverse().map(Number);
  return digits.reduce((sum, digit, index) => sum + (index % 2 === 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit), 0) % 10 === 0;
}

function valueProblem(category: string, value: string): string | undefined {
  if (category === "iban") return ibanProblem(value, IBAN_LENGTHS);
  if (category === "payment_card") return luhnValid(value) ? undefined : "fails Luhn";
  return undefined;
}

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, valueProblem);

printHalfTable(folder);
