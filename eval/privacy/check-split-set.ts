/**
 * The format check shared by the split development sets' check scripts (dev-10/check.ts, dev-11/check.ts): every
 * line of `a.jsonl` and `b.jsonl` parses, ids are unique, spans lie inside the prompt and are not empty or padded, no
 * marker is left over, `sensitive` agrees with the spans, categories are known, and each span passes the set's own
 * value check (check digits); prints the counts per language, category, form, topic and half, and sets the exit code.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BUILTIN_CATEGORIES } from "../../src/config/sections/privacy-categories.js";
import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/max";
import { calendarDateValid, ibanValid, luhnValid } from "../../src/privacy/checksums.js";
import type { EvalRecord } from "./generate.js";

/** Why a labelled value is wrong (e.g. a failed check digit), or undefined when it is fine. */
/** `value` with local decimal digits read as ASCII; `zeros` are the code points of each script's digit zero (U+0966 …). */
export function asciiDigits(value: string, zeros: readonly number[]): string {
  return [...value]
    .map((character) => {
      const code = character.codePointAt(0)!;
      const zero = zeros.find((start) => code >= start && code <= start + 9);
      return zero === undefined ? character : String(code - zero);
    })
    .join("");
}

/** `value` without spaces and hyphens. */
export const compactValue = (value: string) => [...value].filter((character) => character !== " " && character !== "-").join("");
/** True when `value` is one or more ASCII digits. */
export const isDigits = (value: string) => value.length > 0 && [...value].every((character) => character >= "0" && character <= "9");

/** Why a US SSN is wrong: not nine digits, or in a never-issued area (000, 666, 9xx), group 00 or serial 0000. */
export function ssnWrong(value: string): string | undefined {
  const digits = compactValue(value);
  if (!isDigits(digits) || digits.length !== 9) return "not nine digits";
  const [area, group, serial] = [digits.slice(0, 3), digits.slice(3, 5), digits.slice(5)];
  if (area === "000" || area === "666" || area >= "900" || group === "00" || serial === "0000") return "never issued";
  return undefined;
}

/** Numeric dates only (YYYY-MM-DD, DD/MM/YYYY, MM/DD/YYYY, DD.MM.YYYY, MM-DD-YYYY): some order must be a calendar date. */
export function dateWrong(value: string): string | undefined {
  const parts = value.split(/[-/.]/);
  if (parts.length !== 3 || !parts.every(isDigits)) return undefined;
  const numbers = parts.map(Number) as [number, number, number];
  const valid =
    parts[0]!.length === 4
      ? calendarDateValid(numbers[0], numbers[1], numbers[2])
      : calendarDateValid(numbers[2], numbers[1], numbers[0]) || calendarDateValid(numbers[2], numbers[0], numbers[1]);
  return valid ? undefined : "not a calendar date";
}

export type ValueCheck = (category: string, value: string, lang: string) => string | undefined;

/**
 * The value checks the hand-written split sets share (dev-89, dev-90): phones valid (libphonenumber) in one of
 * `countries`, cards by Luhn, IBANs by mod 97, US SSNs outside the never-issued ranges, numeric birth dates calendar
 * dates, e-mails with one `@` and a dotted domain, national ids by the set's own `nationalIdWrong`.
 */
export function standardValueCheck(countries: readonly CountryCode[], nationalIdWrong: (value: string, lang: string) => string | undefined): ValueCheck {
  return (category, value, lang) => {
    switch (category) {
      case "phone":
        return countries.some((country) => parsePhoneNumberFromString(value, country)?.isValid()) ? undefined : "not a valid number";
      case "payment_card":
        return luhnValid(compactValue(value)) ? undefined : "fails Luhn";
      case "iban":
        return ibanValid(compactValue(value)) ? undefined : "fails mod 97";
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
  };
}

export function checkSplitSet(folder: string, valueCheck: ValueCheck = () => undefined, extraCategories: readonly string[] = []): void {
  const known = new Set<string>([...BUILTIN_CATEGORIES, ...extraCategories]);
  const counts = new Map<string, [number, number]>();
  const bump = (key: string, sensitive: boolean) => {
    const pair = counts.get(key) ?? [0, 0];
    pair[sensitive ? 0 : 1]++;
    counts.set(key, pair);
  };
  const ids = new Set<string>();
  let problems = 0;
  for (const half of ["a", "b"]) {
    const lines = readFileSync(join(folder, `${half}.jsonl`), "utf8")
      .split("\n")
      .filter(Boolean);
    for (const text of lines) {
      const line = JSON.parse(text) as EvalRecord;
      const fail = (why: string) => {
        problems++;
        process.stdout.write(`${line.id}: ${why}\n`);
      };
      if (ids.has(line.id)) fail("duplicate id");
      ids.add(line.id);
      if (/[⟦⟧]/.test(line.prompt)) fail("marker left in prompt");
      if (line.sensitive !== line.spans.length > 0) fail("sensitive disagrees with spans");
      for (const span of line.spans) {
        const value = line.prompt.slice(span.start, span.end);
        if (!(span.start >= 0 && span.end <= line.prompt.length && span.end > span.start)) fail(`span ${span.start}-${span.end} outside`);
        if (value.trim() !== value) fail(`span "${value}" padded`);
        if (!known.has(span.category)) fail(`unknown category ${span.category}`);
        const wrong = valueCheck(span.category, value, line.lang);
        if (wrong) fail(`${span.category} "${value}": ${wrong}`);
        bump(`category ${span.category}`, true);
      }
      bump(`half ${half}`, line.sensitive);
      bump(`lang ${line.lang}`, line.sensitive);
      bump(`form ${line.kind.split(":").at(-1)}`, line.sensitive);
      bump(`topic ${line.kind.split(":")[0]!.replace(/^neg-/, "")}`, line.sensitive);
      bump("total", line.sensitive);
    }
  }
  for (const [key, [positive, negative]] of [...counts].sort()) process.stdout.write(`${key}\t${positive}\t${negative}\n`);
  process.stdout.write(problems === 0 ? "ok: no problems\n" : `${problems} problems\n`);
  process.exitCode = problems === 0 ? 0 : 1;
}

/**
 * Prints, per half, the counts of each (topic, polarity, form) class and language of a split set whose `kind` is
 * `<topic>:…:<form>` (dev-14, dev-16), marking a class present in one half only.
 */
export function printHalfTable(folder: string): void {
  const perHalf = new Map<string, { a: number; b: number }>();
  for (const half of ["a", "b"] as const) {
    for (const text of readFileSync(join(folder, `${half}.jsonl`), "utf8")
      .split("\n")
      .filter(Boolean)) {
      const { kind, lang } = JSON.parse(text) as { kind: string; lang: string };
      const topic = kind.split(":")[0]!;
      const cls = `class ${topic.replace(/^neg-/, "")}|${topic.startsWith("neg-") ? "neg" : "pos"}|${kind.split(":").at(-1)}`;
      for (const key of [cls, `lang ${lang}`]) {
        const row = perHalf.get(key) ?? { a: 0, b: 0 };
        row[half]++;
        perHalf.set(key, row);
      }
    }
  }
  process.stdout.write("\nper half (A, B):\n");
  for (const [key, { a, b }] of [...perHalf].sort())
    process.stdout.write(`${key}\t${a}\t${b}${key.startsWith("class") && (a === 0 || b === 0) ? "\tONE HALF ONLY" : ""}\n`);
}

/** Every record of a split set's two halves (`a.jsonl`, then `b.jsonl`), for a set's own grid checks. */
export function readHalves(folder: string): EvalRecord[] {
  return ["a", "b"].flatMap((half) =>
    readFileSync(join(folder, `${half}.jsonl`), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as EvalRecord),
  );
}
