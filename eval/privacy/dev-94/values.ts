/**
 * dev-94's seeded values (`createSeededRandom(942026)`): passport numbers in an issuer's pattern, birth and expiry
 * dates, and the date forms travel paperwork writes (YYMMDD in an MRZ, DDMMMYY in an airline DOCS line, the
 * language's own style in running text). Every value is invented.
 */
import { createSeededRandom } from "../../../src/policies/clock.js";
import { type Holder, checkDigit } from "./mrz.js";
import type { Country } from "./countries.js";

export const random = createSeededRandom(942026);
export const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
/** German passport alphabet (no vowels, no B, D, Q, S) — also used for other alphanumeric patterns. */
const ALNUM = "0123456789CFGHJKLMNPRTVWXYZ";
export const digits = (count: number) => Array.from({ length: count }, () => String(Math.floor(random() * 10))).join("");

/** A number in `format` (L letter, 9 digit, X alphanumeric, other characters literal). */
export function fromFormat(format: string): string {
  return [...format].map((c) => (c === "L" ? pick([...LETTERS]) : c === "9" ? digits(1) : c === "X" ? pick([...ALNUM]) : c)).join("");
}

export interface BirthDate {
  y: number;
  m: number;
  d: number;
}
const two = (n: number) => String(n).padStart(2, "0");
export const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

export function birthDate(from = 1952, to = 2008): BirthDate {
  return { y: from + Math.floor(random() * (to - from)), m: 1 + Math.floor(random() * 12), d: 1 + Math.floor(random() * 28) };
}
export const yymmdd = (date: BirthDate) => two(date.y % 100) + two(date.m) + two(date.d);
export const iso = (date: BirthDate) => `${date.y}-${two(date.m)}-${two(date.d)}`;
/** 14MAR86, as airline DOCS lines and BCBP print dates */
export const ddmmmyy = (date: BirthDate) => two(date.d) + MONTHS[date.m - 1]! + two(date.y % 100);
/** 14 MAR 1986, as passport data pages print them */
export const visual = (date: BirthDate) => `${two(date.d)} ${MONTHS[date.m - 1]!} ${date.y}`;
/** the country's running-text style (d, m, y placeholders; numeric day and month padded for dotted and slashed forms) */
export function styled(date: BirthDate, style: string): string {
  const cjk = /[年년]/.test(style);
  return style
    .replace("y", String(date.y))
    .replace("m", cjk ? String(date.m) : two(date.m))
    .replace("d", cjk ? String(date.d) : two(date.d));
}

/** The MRZ form of a passport number: spaces dropped. */
export const mrzNumber = (value: string) => value.replaceAll(" ", "");

/** A holder for the MRZ builders from a country entry and a person row. */
export function holderOf(country: Country, person: Country["holders"][number], documentNumber: string, birth: BirthDate): Holder {
  const expiry: BirthDate = { y: 2027 + Math.floor(random() * 9), m: 1 + Math.floor(random() * 12), d: 1 + Math.floor(random() * 28) };
  return {
    surname: person[1],
    given: person[2],
    nationality: country.iso3 === "DEU" ? "D" : country.iso3,
    issuer: country.iso3 === "DEU" ? "D" : country.iso3,
    birth: yymmdd(birth),
    sex: person[3],
    expiry: yymmdd(expiry),
    documentNumber: mrzNumber(documentNumber),
  };
}

/** A 9-character number whose Doc 9303 check digit is NOT `wrong` (for the made-up-number questions). */
export function wrongCheck(number: string): string {
  const right = Number(checkDigit(number));
  return String((right + 1 + Math.floor(random() * 8)) % 10);
}
