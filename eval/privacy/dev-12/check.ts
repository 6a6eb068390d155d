/**
 * Format and check-digit check for development set 12: every line parses, spans lie inside the prompt and are not
 * empty or padded, no marker is left over, `sensitive` agrees with the spans, categories are known, and every
 * labelled identifier with a published check digit passes it (Chinese ID MOD 11-2, Taiwan ID, HKID, Aadhaar
 * Verhoeff, Korean RRN, My Number, Thai ID, Iranian code, Emirates/Saudi ID Luhn, RNOKPP, INN, SNILS, cards Luhn,
 * IBAN mod 97); IDs without a public check digit (Egyptian, Pakistani, Bangladeshi, Vietnamese, PAN) are checked
 * for their shape. Prints the counts per language, category, form and half.
 * Run: npx tsx eval/privacy/dev-12/check.ts
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BUILTIN_CATEGORIES } from "../../../src/config/sections/privacy-categories.js";
import { validChineseId, validHkid, validInn, validIranCode, validLuhn, validMyNumber, validRnokpp, validRrn, validTaiwanId, validThaiId } from "./values.js";
import { verhoeffValid } from "../../../src/privacy/checksums.js";
import type { EvalRecord } from "../generate.js";

const validVerhoeff = (text: string) => verhoeffValid(text.replace(/\D/g, ""));

/** One labelled line (the generator's record format; a type-only import runs nothing). */
type Line = EvalRecord;

/** Digits of the Devanagari, Bengali, Arabic-Indic and Persian scripts, zero to nine in each. */
const LOCAL_DIGITS = "०१२३४५६७८९০১২৩৪৫৬৭৮৯٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹";
const ascii = (text: string) => [...text].map((char) => (LOCAL_DIGITS.includes(char) ? String(LOCAL_DIGITS.indexOf(char) % 10) : char)).join("");

function snilsValid(digits: string): boolean {
  const sum = [...digits.slice(0, 9)].reduce((total, char, index) => total + Number(char) * (9 - index), 0);
  let check = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : sum % 101;
  if (check === 100) check = 0;
  return check === Number(digits.slice(9));
}

/** IBAN lengths of the countries this set uses (SWIFT registry; Iran's شبا is 26). */
const IBAN_LENGTHS: Record<string, number> = { SA: 24, AE: 23, PK: 24, IR: 26, UA: 29 };

function ibanValid(text: string): boolean {
  const raw = text.replace(/\s/g, "").toUpperCase();
  const numeric = (raw.slice(4) + raw.slice(0, 4)).replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let rest = 0;
  for (const char of numeric) rest = (rest * 10 + Number(char)) % 97;
  return rest === 1;
}

/** Why a labelled identifier fails its check digit or shape, or undefined when it passes. */
function identifierProblem(category: string, value: string, lang: string): string | undefined {
  const compact = ascii(value).replace(/[\s\-().]/g, "");
  if (category === "payment_card") return validLuhn(compact) ? undefined : "card fails Luhn";
  if (category === "iban") {
    const length = IBAN_LENGTHS[compact.slice(0, 2)];
    if (length !== undefined && compact.length !== length) return `IBAN of ${compact.length} characters, ${compact.slice(0, 2)} has ${length}`;
    return ibanValid(compact) ? undefined : "IBAN fails mod 97";
  }
  if (category !== "national_id") return undefined;
  const checks: Array<[RegExp, (text: string) => boolean, string]> = [
    [/^\d{17}[\dX]$/, validChineseId, "Chinese ID"],
    [/^[A-Z][12]\d{8}$/, validTaiwanId, "Taiwan ID"],
    [/^[A-Z]\d{6}[\dA]$/, (text) => validHkid(text), "HKID"],
    [/^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/, () => true, "PAN"],
    [/^784\d{12}$/, validLuhn, "Emirates ID"],
  ];
  for (const [shape, valid, name] of checks) if (shape.test(compact)) return valid(compact) ? undefined : `${name} fails its check`;
  const byLang: Record<string, Array<[number, (text: string) => boolean, string]>> = {
    hi: [[12, validVerhoeff, "Aadhaar"]],
    "hi-Latn": [[12, validVerhoeff, "Aadhaar"]],
    ta: [[12, validVerhoeff, "Aadhaar"]],
    ko: [[13, validRrn, "RRN"]],
    ja: [[12, validMyNumber, "My Number"]],
    th: [[13, validThaiId, "Thai ID"]],
    fa: [[10, validIranCode, "Iranian code"]],
    ar: [
      [10, validLuhn, "Saudi ID"],
      [14, (text) => /^[23]\d{6}(0[1-4]|1[1-9]|2[1-9]|3[1-5]|88)/.test(text), "Egyptian ID shape"],
    ],
    uk: [[10, validRnokpp, "RNOKPP"]],
    ru: [
      [12, validInn, "INN"],
      [11, snilsValid, "SNILS"],
    ],
    ur: [[13, () => true, "CNIC"]],
    bn: [
      [10, () => true, "NID"],
      [13, () => true, "NID"],
      [17, () => true, "NID"],
    ],
    vi: [[12, (text) => /^0(0[1-9]|[1-8]\d|9[0-6])/.test(text), "CCCD province"]],
  };
  const rule = byLang[lang]?.find(([length]) => length === compact.length);
  if (!rule) return `no check known for ${lang} identifier "${value}"`;
  return rule[1](compact) ? undefined : `${rule[2]} fails its check`;
}

const here = dirname(fileURLToPath(import.meta.url));
const known = new Set<string>(BUILTIN_CATEGORIES);

/** Every problem of one line, as text (an empty list when it is well formed). */
function lineProblems(line: Line, seen: Set<string>): string[] {
  const found: string[] = [];
  if (seen.has(line.id)) found.push("duplicate id");
  seen.add(line.id);
  if (/[⟦⟧]/.test(line.prompt)) found.push("marker left in prompt");
  if (line.sensitive !== line.spans.length > 0) found.push("sensitive disagrees with spans");
  for (const { start, end, category } of line.spans) {
    const value = line.prompt.slice(start, end);
    if (start < 0 || end > line.prompt.length || end <= start) found.push(`span ${start}-${end} outside`);
    if (value.trim() !== value) found.push(`span "${value}" padded`);
    if (!known.has(category)) found.push(`unknown category ${category}`);
    const identifier = identifierProblem(category, value, line.lang);
    if (identifier) found.push(identifier);
  }
  return found;
}

const rows = ["a", "b"].flatMap((half) =>
  readFileSync(join(here, `${half}.jsonl`), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((text) => ({ half, line: JSON.parse(text) as Line })),
);
const seen = new Set<string>();
const problems = rows.flatMap(({ line }) => lineProblems(line, seen).map((why) => `${line.id}: ${why}`));
const tally = new Map<string, [number, number]>();
for (const { half, line } of rows) {
  const keys = [`half ${half}`, `lang ${line.lang}`, `form ${line.kind.split(":").at(-1)}`, "total", ...line.spans.map((span) => `category ${span.category}`)];
  for (const key of keys) {
    const pair = tally.get(key) ?? [0, 0];
    pair[key.startsWith("category") || line.sensitive ? 0 : 1]++;
    tally.set(key, pair);
  }
}
for (const problem of problems) process.stdout.write(`${problem}\n`);
for (const [key, [positive, negative]] of [...tally].sort()) process.stdout.write(`${key}\t${positive}\t${negative}\n`);
process.stdout.write(problems.length === 0 ? "ok: no problems\n" : `${problems.length} problems\n`);
process.exitCode = problems.length === 0 ? 0 : 1;
