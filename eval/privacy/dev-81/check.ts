/**
 * Format check for development set 81 (shared check: `../check-split-set.ts`) with its value check: every phone must be
 * a valid number (libphonenumber) in one of the set's eighteen countries, after local digits (Arabic-Indic, Eastern
 * Arabic, Bengali, Thai) are read as ASCII; then the per-half table.
 * Run: npx tsx eval/privacy/dev-81/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/max";
import { asciiDigits, checkSplitSet, printHalfTable } from "../check-split-set.js";

const COUNTRIES: CountryCode[] = ["BR", "MX", "AR", "NG", "KE", "ZA", "EG", "SA", "PK", "BD", "ID", "VN", "PH", "TH", "PL", "UA", "RO", "GR"];
const LOCAL_ZERO = [0x0660, 0x06f0, 0x09e6, 0x0e50];

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, (category, value) => {
  if (category !== "phone") return undefined;
  const digits = asciiDigits(value, LOCAL_ZERO);
  return COUNTRIES.some((country) => parsePhoneNumberFromString(digits, country)?.isValid()) ? undefined : "not a valid number in the set's countries";
});
printHalfTable(folder);
