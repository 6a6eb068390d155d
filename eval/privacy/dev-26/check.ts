/**
 * Format and value check for development set 26 (shared format check: `../check-split-set.ts`). Cards pass Luhn and
 * IBANs their country's length and mod 97; nine-digit US routing numbers the ABA checksum; national IDs with a public
 * check (Chinese ID, Aadhaar, 주민등록번호, My Number, CPF, DNI, PESEL, T.C. Kimlik, Steuer-ID, BSN, СНИЛС,
 * Taiwan, HKID, Thai ID, NIR key, Saudi ID Luhn) and the DNI, CNH and Chinese-ID licence numbers pass theirs.
 * Run: npx tsx eval/privacy/dev-26/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";
import { abaValid, cardAndIbanCheck, luhnValid } from "../split-set-helpers.js";
import { validCnh, validCpf, validDniOrNie, validPesel, validBsn, validSteuerId } from "../dev-16/values.js";
import { validAadhaar, validChineseId, validMyNumber, validRrn, validSnils } from "../dev-20/values.js";
import { validHkid, validTaiwanId, validThaiId } from "../dev-12/values.js";
import { codiceFiscale, tcKimlik } from "../dev-10/values.js";

const IBAN_LENGTHS: Record<string, number> = { GB: 22, DE: 22, FR: 27, ES: 24, PT: 25, PL: 28, TR: 26, IT: 27, SA: 24 };
const cardAndIban = cardAndIbanCheck(IBAN_LENGTHS);
const compact = (text: string) => text.replace(/[\s.\-/]/g, "");
const nirValid = (text: string) => {
  const d = text.replace(/\s/g, "");
  return /^\d{15}$/.test(d) && 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13));
};

/** Shape → validator for national IDs and checksummed licences; a shape not listed carries no public check. */
const CHECKED_IDS: Array<[RegExp, (text: string) => boolean]> = [
  [/^\d{17}[\dX]$/, validChineseId],
  [/^\d{4} \d{4} \d{4}$/, (t) => validAadhaar(t) || validMyNumber(t)],
  [/^\d{6}-\d{7}$/, validRrn],
  [/^\d{3}\.\d{3}\.\d{3}-\d{2}$/, validCpf],
  [/^\d{8}[A-Z]$/, validDniOrNie],
  [/^\d{11}$/, (t) => validPesel(t) || validCnh(t) || tcKimlik(t.slice(0, 9)) === t || validSteuerId(t)],
  [/^\d{9}$/, validBsn],
  [/^\d{3}-\d{3}-\d{3} \d{2}$/, validSnils],
  [/^[A-Z][12]\d{8}$/, validTaiwanId],
  [/^[A-Z]\d{6}\([\dA]\)$/, validHkid],
  [/^\d-\d{4}-\d{5}-\d{2}-\d$/, (t) => validThaiId(compact(t))],
  [/^\d \d\d \d\d \d\d \d{3} \d{3} \d\d$/, nirValid],
  [/^[12]\d{9}$/, (t) => luhnValid(t)],
  [/^[A-Z]{6}\d\d[A-Z]\d\d[A-Z]\d{3}[A-Z]$/, (t) => codiceFiscale(t.slice(0, 15)) === t],
];

function valueProblem(category: string, value: string): string | undefined {
  if (category === "payment_card" || category === "iban") return cardAndIban(category, value, "");
  if (category === "bank_account" && /^\d{9}$/.test(value)) return abaValid(value) ? undefined : "fails the ABA checksum";
  if (category === "national_id" || category === "driver_license") {
    const scheme = CHECKED_IDS.find(([shape]) => shape.test(value));
    if (scheme) return scheme[1](value) ? undefined : "fails its check";
  }
  return undefined;
}

checkSplitSet(dirname(fileURLToPath(import.meta.url)), valueProblem);
printHalfTable(dirname(fileURLToPath(import.meta.url)));
