/**
 * Format check for development set 84 (shared check: `../check-split-set.ts`) with its value check, by the country in
 * each entry's `kind` (`<document>:<country>:…`): phones valid by libphonenumber in that country; national numbers by
 * their published rules (NHS number mod 11, NINO prefixes and suffix, UTR 10 digits, PPSN mod 23, SIN and Ontario
 * health card Luhn, TFN weights mod 11, Medicare check digit, IRD mod 11, NHI check digit, South African ID Luhn and
 * birth date, NRIC check letter, PAN shape, Aadhaar Verhoeff), SSN areas and placeholders, ITIN groups, passports and
 * driving licences in the country's shape, dates of birth real calendar dates in the country's order; then the
 * per-half table.
 * Run: npx tsx eval/privacy/dev-84/check.ts
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/max";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";
import { calendarDateValid, luhnValid, verhoeffValid } from "../../../src/privacy/checksums.js";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

const compact = (value: string) => value.replace(/[\s-]/g, "");
const weighted = (digits: string, weights: readonly number[]) => [...digits].reduce((sum, digit, index) => sum + Number(digit) * weights[index]!, 0);

const nhsValid = (v: string) => {
  const d = compact(v);
  if (!/^\d{10}$/.test(d)) return false;
  const check = 11 - (weighted(d.slice(0, 9), [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return check !== 10 && (check === 11 ? 0 : check) === Number(d[9]);
};
const ninoValid = (v: string) => /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(compact(v));
const utrValid = (v: string) => /^[1-9]\d{9}$/.test(compact(v));
const ppsnValid = (v: string) => {
  const match = /^(\d{7})([A-W])([AW]?)$/.exec(v);
  if (!match) return false;
  const sum = weighted(match[1]!, [8, 7, 6, 5, 4, 3, 2]) + (match[3] === "A" ? 9 : 0);
  return "WABCDEFGHIJKLMNOPQRSTUV"[sum % 23] === match[2];
};
const sinValid = (v: string) => /^[1-79]\d{8}$/.test(compact(v)) && luhnValid(compact(v));
const ohipValid = (v: string) => {
  const match = /^(\d{4})-(\d{3})-(\d{3})-[A-Z]{2}$/.exec(v);
  return !!match && luhnValid(match[1]! + match[2]! + match[3]!);
};
const tfnValid = (v: string) => /^\d{9}$/.test(compact(v)) && weighted(compact(v), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
const medicareValid = (v: string) => {
  const d = compact(v);
  return /^[2-6]\d{9}$/.test(d) && weighted(d.slice(0, 8), [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === Number(d[8]);
};
const irdValid = (v: string) => {
  const d = compact(v);
  if (!/^\d{8,9}$/.test(d) || Number(d) < 10_000_000 || Number(d) > 150_000_000) return false;
  const body = d.slice(0, -1).padStart(8, "0");
  const remainder = weighted(body, [3, 2, 7, 6, 5, 4, 3, 2]) % 11;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check !== 10 && check === Number(d.at(-1));
};
const NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const nhiValid = (v: string) => {
  if (!/^[A-HJ-NP-Z]{3}\d{4}$/.test(v)) return false;
  const values = [...v.slice(0, 3)].map((letter) => NHI_LETTERS.indexOf(letter) + 1).concat([...v.slice(3, 6)].map(Number));
  const remainder = values.reduce((sum, value, index) => sum + value * (7 - index), 0) % 11;
  return remainder !== 0 && (11 - remainder) % 10 === Number(v[6]);
};
const saIdValid = (v: string) => {
  if (!/^\d{13}$/.test(v) || !luhnValid(v) || !/^[01]$/.test(v[10]!)) return false;
  return calendarDateValid(1900 + Number(v.slice(0, 2)), Number(v.slice(2, 4)), Number(v.slice(4, 6)));
};
const nricValid = (v: string) => {
  const match = /^([ST])(\d{7})([A-Z])$/.exec(v);
  if (!match) return false;
  const sum = weighted(match[2]!, [2, 7, 6, 5, 4, 3, 2]) + (match[1] === "T" ? 4 : 0);
  return "JZIHGFEDCBA"[sum % 11] === match[3];
};
const panValid = (v: string) => /^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/.test(v);
const aadhaarValid = (v: string) => /^[2-9]\d{11}$/.test(compact(v)) && verhoeffValid(compact(v));
const ssnValid = (v: string) => {
  const d = compact(v);
  const match = /^(\d{3})(\d{2})(\d{4})$/.exec(d);
  if (!match || ["000", "666"].includes(match[1]!) || Number(match[1]) >= 900 || match[2] === "00" || match[3] === "0000") return false;
  return !["078051120", "219099999", "123456789"].includes(d) && !d.startsWith("98765432");
};
const itinValid = (v: string) => {
  const match = /^9\d{2}-(\d{2})-\d{4}$/.exec(v);
  const group = Number(match?.[1]);
  return !!match && ((group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || (group >= 94 && group <= 99));
};

/** National numbers each country's entries may carry. */
const NATIONAL: Record<string, Array<(value: string) => boolean>> = {
  gb: [nhsValid, ninoValid, utrValid],
  ie: [ppsnValid],
  ca: [sinValid, ohipValid],
  au: [tfnValid, medicareValid],
  nz: [irdValid, nhiValid],
  za: [saIdValid],
  sg: [nricValid],
  us: [itinValid, ssnValid],
  in: [panValid, aadhaarValid],
};
const PASSPORT: Record<string, RegExp> = {
  gb: /^\d{9}$/,
  ie: /^[A-Z]{2}\d{7}$/,
  ca: /^[A-Z]{2}\d{6}$/,
  au: /^[A-Z]{1,2}\d{7}$/,
  nz: /^[A-Z]{2}\d{6}$/,
  za: /^A\d{8}$/,
  sg: /^[EK]\d{7}[A-Z]$/,
  us: /^(?:\d{9}|[A-Z]\d{8})$/,
  in: /^[A-Z]\d{7}$/,
};
/** DVLA: surname (padded with 9), decade, month (+50 for women), day, year digit, initials, 9, two check letters. */
const dvlaValid = (v: string) => {
  const match = /^[A-Z][A-Z9]{4}\d(\d{2})(\d{2})\d[A-Z][A-Z9]9[A-Z]{2}$/.exec(v);
  const month = Number(match?.[1]) % 50;
  return !!match && month >= 1 && month <= 12 && Number(match[2]) >= 1 && Number(match[2]) <= 31;
};
const LICENCE: Record<string, (value: string) => boolean> = {
  gb: dvlaValid,
  ca: (v) => /^[A-Z]\d{4}-\d{5}-\d{5}$/.test(v) && Number(v.slice(-4, -2)) % 50 >= 1 && Number(v.slice(-4, -2)) % 50 <= 12,
  au: (v) => /^\d{4} \d{4}$/.test(v),
  nz: (v) => /^[A-Z]{2}\d{6}$/.test(v),
  us: (v) => /^[A-Z]\d{7}$/.test(v),
  in: (v) => /^(?:KA|MH|TN|DL)\d{2} (?:200[5-9]|201\d|202[0-2])\d{7}$/.test(v),
};

function dateValid(value: string, country: string): boolean {
  const order = country === "us" ? "mdy" : country === "ca" ? "ymd" : "dmy";
  let match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (match && order !== "ymd") {
    const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return order === "mdy" ? calendarDateValid(year, first, second) : calendarDateValid(year, second, first);
  }
  match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) return order === "ymd" && calendarDateValid(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(value);
  if (match) return order === "dmy" && calendarDateValid(Number(match[3]), MONTHS.indexOf(match[2]!.toLowerCase()) + 1, Number(match[1]));
  match = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/.exec(value);
  if (match) return order !== "dmy" && calendarDateValid(Number(match[3]), MONTHS.indexOf(match[1]!.toLowerCase()) + 1, Number(match[2]));
  return false;
}

function why(category: string, value: string, country: string): string | undefined {
  switch (category) {
    case "phone": {
      const parsed = parsePhoneNumberFromString(value, country.toUpperCase() as CountryCode);
      return parsed?.isValid() && parsed.country === country.toUpperCase() ? undefined : `not a valid ${country} number`;
    }
    case "national_id":
      return NATIONAL[country]!.some((valid) => valid(value)) ? undefined : `fails every ${country} national-number rule`;
    case "us_ssn":
      return ssnValid(value) ? undefined : "not a valid SSN";
    case "passport":
      return PASSPORT[country]!.test(value) ? undefined : `not a ${country} passport number`;
    case "driver_license":
      return LICENCE[country]?.(value) ? undefined : `not a ${country} licence number`;
    case "date_of_birth":
      return dateValid(value, country) ? undefined : `not a real date in ${country}'s order`;
    case "email":
      return /^[a-z._]+\d*@[a-z.]+\.[a-z]{2,}$/.test(value) ? undefined : "not an address";
    default:
      return undefined;
  }
}

const folder = dirname(fileURLToPath(import.meta.url));
let problems = 0;
for (const half of ["a", "b"]) {
  for (const text of readFileSync(join(folder, `${half}.jsonl`), "utf8")
    .split("\n")
    .filter(Boolean)) {
    const line = JSON.parse(text) as { id: string; prompt: string; kind: string; spans: Array<{ start: number; end: number; category: string }> };
    const country = line.kind.split(":")[1]!;
    if (!(country in NATIONAL)) {
      problems++;
      process.stdout.write(`${line.id}: unknown country ${country}\n`);
    }
    for (const span of line.spans) {
      const wrong = why(span.category, line.prompt.slice(span.start, span.end), country);
      if (wrong) {
        problems++;
        process.stdout.write(`${line.id}: ${span.category}: ${wrong}\n`);
      }
    }
  }
}
checkSplitSet(folder);
printHalfTable(folder);
if (problems > 0) {
  process.stdout.write(`${problems} value problems\n`);
  process.exitCode = 1;
}
