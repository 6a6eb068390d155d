/**
 * Format check for development set 89 (shared check: `../check-split-set.ts`) with its value checks: phones must be
 * valid numbers (libphonenumber) in the set's countries; cards pass Luhn; IBANs mod 97; German tax ids, French NIRs,
 * Spanish DNIs and Canadian SINs their check digits; US SSNs avoid the never-issued areas, groups and serials; numeric
 * birth dates are calendar dates; e-mails have one `@` and a dotted domain. Then the per-half table.
 * Run: npx tsx eval/privacy/dev-89/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { CountryCode } from "libphonenumber-js/max";
import { checkSplitSet, compactValue as compact, isDigits, printHalfTable, standardValueCheck } from "../check-split-set.js";
import { germanTaxIdValid, inseeValid, luhnValid, spanishIdValid } from "../../../src/privacy/checksums.js";

const COUNTRIES: CountryCode[] = ["US", "CA", "GB", "DE", "FR", "ES"];

function nationalIdWrong(value: string, lang: string): string | undefined {
  const digits = compact(value);
  if (lang === "de") return germanTaxIdValid(digits) ? undefined : "bad Steuer-ID";
  if (lang === "fr") return inseeValid(digits) ? undefined : "bad NIR";
  if (lang === "es") return spanishIdValid(digits) ? undefined : "bad DNI";
  return isDigits(digits) && digits.length === 9 && luhnValid(digits) ? undefined : "bad SIN";
}

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, standardValueCheck(COUNTRIES, nationalIdWrong));
printHalfTable(folder);
