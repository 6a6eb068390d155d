/**
 * Format check for development set 89 (shared check: `../check-split-set.ts`) with its value checks: phones must be
 * valid numbers (libphonenumber) in the set's countries; cards pass Luhn; IBANs mod 97; German tax ids, French NIRs,
 * Spanish DNIs and Canadian SINs their check digits; US SSNs avoid the never-issued areas, groups and serials; numeric
 * birth dates are calendar dates; e-mails have one `@` and a dotted domain. Then the per-half table.
 * Run: npx tsx eval/privacy/dev-89/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/max";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";
import { calendarDateValid, germanTaxIdValid, ibanValid, inseeValid, luhnValid, spanishIdValid } from "../../../src/privacy/checksums.js";

const COUNTRIES: CountryCode[] = ["US", "CA", "GB", "DE", "FR", "ES"];

const compact = (value: string) => [...value].filter((character) => character !== " " && character !== "-").join("");
const isDigits = (value: string) => value.length > 0 && [...value].every((character) => character >= "0" && character <= "9");

function ssnWrong(value: string): string | undefined {
  const digits = compact(value);
  if (!isDigits(digits) || digits.length !== 9) return "not nine digits";
  const [area, group, serial] = [digits.slice(0, 3), digits.slice(3, 5), digits.slice(5)];
  if (area === "000" || area === "666" || area >= "900" || group === "00" || serial === "0000") return "never issued";
  return undefined;
}

/** Numeric dates only (YYYY-MM-DD, DD/MM/YYYY, MM/DD/YYYY, DD.MM.YYYY, MM-DD-YYYY): some order must be a calendar date. */
function dateWrong(value: string): string | undefined {
  const parts = value.split(/[-/.]/);
  if (parts.length !== 3 || !parts.every(isDigits)) return undefined;
  const numbers = parts.map(Number) as [number, number, number];
  const valid =
    parts[0]!.length === 4
      ? calendarDateValid(numbers[0], numbers[1], numbers[2])
      : calendarDateValid(numbers[2], numbers[1], numbers[0]) || calendarDateValid(numbers[2], numbers[0], numbers[1]);
  return valid ? undefined : "not a calendar date";
}

function nationalIdWrong(value: string, lang: string): string | undefined {
  const digits = compact(value);
  if (lang === "de") return germanTaxIdValid(digits) ? undefined : "bad Steuer-ID";
  if (lang === "fr") return inseeValid(digits) ? undefined : "bad NIR";
  if (lang === "es") return spanishIdValid(digits) ? undefined : "bad DNI";
  return isDigits(digits) && digits.length === 9 && luhnValid(digits) ? undefined : "bad SIN";
}

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, (category, value, lang) => {
  switch (category) {
    case "phone":
      return COUNTRIES.some((country) => parsePhoneNumberFromString(value, country)?.isValid()) ? undefined : "not a valid number";
    case "payment_card":
      return luhnValid(compact(value)) ? undefined : "fails Luhn";
    case "iban":
      return ibanValid(compact(value)) ? undefined : "fails mod 97";
    case "us_ssn":
      return ssnWrong(value);
    case "national_id":
      return nationalIdWrong(value, lang);
    case "date_of_birth":
      return dateWrong(value);
    case "email":
      return /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(value) ? undefined : "not an address";
    default:
      return undefined;
  }
});
printHalfTable(folder);
