/**
 * Format and value check for development set 18 (shared format check: `../check-split-set.ts`). Checksummed
 * identifiers must pass their check: PESEL, codice fiscale, French NIR, Swedish personnummer and Mexican NSS (Luhn),
 * NHS numbers and Brazilian CNS (labelled `medical_record`); Indian PAN and UK National Insurance numbers by shape. Health and money values must not be
 * empty of letters and digits. Then the per-half table of every class and language.
 * Run: npx tsx eval/privacy/dev-18/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";
import { validLuhn } from "../dev-12/values.js";
import { validCodiceFiscale, validNhs, validPesel } from "../dev-16/values.js";

const digitsOf = (text: string) => text.replace(/\D/g, "");
/** Brazilian CNS: 15 digits, weights 15…1, sum divisible by 11. */
const validCns = (text: string) =>
  digitsOf(text).length === 15 && [...digitsOf(text)].reduce((sum, digit, index) => sum + Number(digit) * (15 - index), 0) % 11 === 0;
/** French NIR: 13 digits and the key 97 − n mod 97. */
const validNir = (text: string) => digitsOf(text).length === 15 && 97 - Number(BigInt(digitsOf(text).slice(0, 13)) % 97n) === Number(digitsOf(text).slice(13));

/** [shape, validator] per checksummed scheme; the first matching one decides. */
const CHECKED: Array<[RegExp, (text: string) => boolean]> = [
  [/^\d{11}$/, validPesel],
  [/^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/, validCodiceFiscale],
  [/^\d \d{2} \d{2} \d{2} \d{3} \d{3} \d{2}$/, validNir],
  [/^\d{8}-\d{4}$/, (text) => validLuhn(text.slice(2))],
  [/^\d{4} \d{2} \d{4} \d$/, validLuhn],
  [/^\d{3} \d{3} \d{4}$/, validNhs],
  [/^\d{3} \d{4} \d{4} \d{4}$/, validCns],
  [/^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/, () => true],
  [/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d{2} \d{2} \d{2} [A-D]$/, () => true],
];

function valueProblem(category: string, value: string): string | undefined {
  if (category === "national_id" || (category === "medical_record" && /^[\d ]+$/.test(value) && value.includes(" "))) {
    const scheme = CHECKED.find(([shape]) => shape.test(value));
    if (!scheme) return "no known scheme";
    return scheme[1](value) ? undefined : "fails its check";
  }
  if ((category === "health" || category === "financial") && !/[\p{L}\p{N}]/u.test(value)) return "no letter or digit";
  return undefined;
}

checkSplitSet(dirname(fileURLToPath(import.meta.url)), valueProblem);
printHalfTable(dirname(fileURLToPath(import.meta.url)));
