/**
 * Format and value check for development set 24 (shared format check: `../check-split-set.ts`). Cards pass Luhn and
 * IBANs their country's length and mod 97 (`../split-set-helpers.ts`); a nine-digit `bank_account` (a US routing
 * number) passes the ABA checksum; checksummed licence numbers pass their check (Spanish DNI, Brazilian CNH). Then
 * the per-half table of every class and language. Run: npx tsx eval/privacy/dev-24/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";
import { abaValid, cardAndIbanCheck } from "../split-set-helpers.js";
import { validCnh, validDniOrNie } from "../dev-16/values.js";

const IBAN_LENGTHS: Record<string, number> = { GB: 22, DE: 22, FR: 27, ES: 24, PT: 25, SA: 24 };
const cardAndIban = cardAndIbanCheck(IBAN_LENGTHS);

const CHECKED_LICENCES: Array<[RegExp, (text: string) => boolean]> = [
  [/^\d{8}[A-Z]$/, validDniOrNie],
  [/^\d{11}$/, validCnh],
];

function valueProblem(category: string, value: string, lang: string): string | undefined {
  if (category === "payment_card" || category === "iban") return cardAndIban(category, value, lang);
  if (category === "bank_account" && /^\d{9}$/.test(value)) return abaValid(value) ? undefined : "fails the ABA checksum";
  if (category === "driver_license" && (lang === "es" || lang === "pt-BR")) {
    const scheme = CHECKED_LICENCES.find(([shape]) => shape.test(value));
    if (scheme) return scheme[1](value) ? undefined : "fails its check digit";
  }
  return undefined;
}

checkSplitSet(dirname(fileURLToPath(import.meta.url)), valueProblem);
printHalfTable(dirname(fileURLToPath(import.meta.url)));
