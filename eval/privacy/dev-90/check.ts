/**
 * Format check for development set 90 (shared check: `../check-split-set.ts`) with its value checks: phones must be
 * valid numbers (libphonenumber) in the set's countries; cards pass Luhn; IBANs mod 97; German tax ids, French NIRs,
 * Spanish DNI/NIE, Portuguese NIFs and Italian codici fiscali their check digits; US SSNs avoid the never-issued
 * areas, groups and serials; numeric birth dates are calendar dates; e-mails have one `@` and a dotted domain. Then the
 * per-half table.
 * Run: npx tsx eval/privacy/dev-90/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { CountryCode } from "libphonenumber-js/max";
import { checkSplitSet, compactValue as compact, printHalfTable, standardValueCheck } from "../check-split-set.js";
import { germanTaxIdValid, inseeValid, portugueseTaxNumberValid, spanishIdValid } from "../../../src/privacy/checksums.js";
import { italianCfValid } from "../../../src/privacy/detectors/ids.js";

const COUNTRIES: CountryCode[] = ["US", "CA", "GB", "DE", "FR", "ES", "JP", "PT", "BR", "IT"];

/** The national-id check of each language: German Steuer-ID, French NIR, Spanish DNI/NIE, Portuguese NIF, Italian CF. */
const NATIONAL_ID: Record<string, [string, (value: string) => boolean]> = {
  de: ["bad Steuer-ID", germanTaxIdValid],
  fr: ["bad NIR", inseeValid],
  es: ["bad DNI/NIE", spanishIdValid],
  pt: ["bad NIF", portugueseTaxNumberValid],
  it: ["bad codice fiscale", italianCfValid],
};

function nationalIdWrong(value: string, lang: string): string | undefined {
  const check = NATIONAL_ID[lang];
  if (!check) return `no national-id check for ${lang}`;
  return check[1](compact(value)) ? undefined : check[0];
}

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, standardValueCheck(COUNTRIES, nationalIdWrong));
printHalfTable(folder);
