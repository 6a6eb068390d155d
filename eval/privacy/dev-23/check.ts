/**
 * Format and value check for development set 23 (shared format check: `../check-split-set.ts`). Cards pass Luhn and
 * IBANs their country's length and mod 97 (`../split-set-helpers.ts`), also when dictated in English words; a
 * nine-digit `bank_account` (a US routing number) passes the ABA checksum; checksummed licence numbers pass their
 * check (Spanish DNI, Brazilian CNH, Chinese resident ID); phones written in digits have at least 7. Then the per-half
 * table of every class and language. Run: npx tsx eval/privacy/dev-23/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";
import { abaValid, cardAndIbanCheck } from "../split-set-helpers.js";
import { validChineseId } from "../dev-12/values.js";
import { validCnh, validDniOrNie } from "../dev-16/values.js";

const IBAN_LENGTHS: Record<string, number> = { GB: 22, DE: 22, FR: 27, ES: 24, PT: 25, IT: 27, NL: 18, PL: 28, TR: 26 };
const cardAndIban = cardAndIbanCheck(IBAN_LENGTHS);
const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** "four five seven …" → "457…"; other text unchanged. */
function spokenDigits(value: string): string {
  return value.replace(/\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/g, (word) => String(word === "oh" ? 0 : WORDS.indexOf(word)));
}

const CHECKED_LICENCES: Array<[RegExp, (text: string) => boolean]> = [
  [/^\d{8}[A-Z]$/, validDniOrNie],
  [/^\d{11}$/, validCnh],
  [/^\d{17}[\dX]$/, validChineseId],
];

function valueProblem(category: string, value: string, lang: string): string | undefined {
  const spoken = spokenDigits(value);
  if (category === "payment_card" || category === "iban") return cardAndIban(category, spoken, lang);
  if (category === "bank_account" && /^\d{9}$/.test(value)) return abaValid(value) ? undefined : "fails the ABA checksum";
  if (category === "driver_license") {
    const scheme = CHECKED_LICENCES.find(([shape]) => shape.test(value));
    if (scheme) return scheme[1](value) ? undefined : "fails its check digit";
  }
  const digits = value.match(/\d/g)?.length ?? 0;
  if (category === "phone" && digits > 0 && digits < 7) return "too few digits";
  return undefined;
}

checkSplitSet(dirname(fileURLToPath(import.meta.url)), valueProblem);
printHalfTable(dirname(fileURLToPath(import.meta.url)));
