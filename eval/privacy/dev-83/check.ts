/**
 * Format check for development set 83 (shared check: `../check-split-set.ts`) with its value check, after local digits
 * (Devanagari, Bengali, Tamil, Gujarati) are read as ASCII: phones are valid Indian numbers (libphonenumber); a
 * 12-digit identifier is an Aadhaar (first digit 2–9, Verhoeff check digit), a UAN (10…) or a Tamil Nadu family card
 * (33…); a PAN has the 4th letter P (a person); an EPIC is 3 letters + 7 digits; a passport a letter + 7 digits; a
 * driving licence a state code + RTO + year + 7 digits; a bank account 9–18 digits or a UPI id on a known handle; a
 * date of birth a real DD/MM/YYYY date; an address ends with a 6-digit PIN (first digit 1–8). Then the per-half table.
 * Run: npx tsx eval/privacy/dev-83/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { verhoeffValid } from "../../../src/privacy/checksums.js";
import { asciiDigits, checkSplitSet, printHalfTable } from "../check-split-set.js";

const LOCAL_ZERO = [0x0966, 0x09e6, 0x0be6, 0x0ae6];
const STATES = new Set(["UP", "MH", "TN", "KA", "DL", "GJ", "RJ", "WB", "MP", "KL", "HR", "PB", "BR"]);
const UPI_HANDLES = new Set(["okaxis", "oksbi", "okicici", "okhdfcbank", "ybl", "ibl", "axl", "paytm", "upi"]);

function nationalIdProblem(value: string): string | undefined {
  const compact = value.replace(/[\s-]/g, "");
  if (/^\d{12}$/.test(compact)) {
    if (compact.startsWith("10") || compact.startsWith("33")) return undefined; // UAN, Tamil Nadu family card
    return /^[2-9]/.test(compact) && verhoeffValid(compact) ? undefined : "not a valid Aadhaar (first digit 2-9, Verhoeff)";
  }
  if (/^[A-Z]{5}\d{4}[A-Z]$/.test(compact)) return compact[3] === "P" ? undefined : "PAN's 4th letter is not P (a person)";
  if (/^[A-Z]{3}\d{7}$/.test(compact)) return undefined; // EPIC
  if (/^(?:UP\d{12}|\d{10}|\d{13}|RKSYII\d{10})$/.test(compact)) return undefined; // ration cards (UP, GJ, MH, WB)
  return "unknown identifier shape";
}

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, (category, raw) => {
  const value = asciiDigits(raw, LOCAL_ZERO);
  switch (category) {
    case "phone":
      return parsePhoneNumberFromString(value, "IN")?.isValid() ? undefined : "not a valid Indian number";
    case "national_id":
      return nationalIdProblem(value);
    case "passport":
      return /^[A-PR-WY][1-9]\d{6}$/.test(value) ? undefined : "not an Indian passport number";
    case "driver_license": {
      const match = /^([A-Z]{2})\d{2} ?((?:19|20)\d{2})\d{7}$/.exec(value);
      return match && STATES.has(match[1]!) && Number(match[2]) <= 2026 ? undefined : "not a state + RTO + year + number licence";
    }
    case "bank_account": {
      const upi = /^[a-z0-9.]+@([a-z]+)$/.exec(value);
      if (upi) return UPI_HANDLES.has(upi[1]!) ? undefined : "unknown UPI handle";
      return /^\d{9,18}$/.test(value.replace(/\s/g, "")) ? undefined : "not 9-18 digits";
    }
    case "date_of_birth": {
      const match = /^(\d{2})[/-](\d{2})[/-](\d{4})$/.exec(value);
      if (!match) return "not DD/MM/YYYY";
      const date = new Date(Date.UTC(Number(match[3]), Number(match[2]) - 1, Number(match[1])));
      return date.getUTCDate() === Number(match[1]) && date.getUTCFullYear() < 2026 ? undefined : "not a real date";
    }
    case "street_address":
      return /[1-8]\d{2} ?\d{3}$/.test(value) ? undefined : "no 6-digit PIN at the end";
    default:
      return undefined;
  }
});
printHalfTable(folder);
