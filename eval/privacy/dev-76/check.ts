/**
 * Format check for development set 76 (shared check: `../check-split-set.ts`) with a value check: every labelled
 * identifier matches a format of its language and passes that format's check digits where it has them (PESEL, NIP,
 * Polish ID card and passport, codice fiscale, Portuguese NIF and Cartão de Cidadão, CPF, São Paulo RG, CNH, Steuer-ID,
 * German ID card, ИНН, СНИЛС, DNI/NIE, CURP, Aadhaar (Verhoeff, dev-10's generator), 身份证 (ISO 7064 MOD 11-2), マイナンバー,
 * MRZ lines (ICAO 9303)); then the per-half table. Spaces, dots, hyphens and slashes are dropped, Devanagari and
 * full-width digits read as ASCII and letters upper-cased first, as a user's spaced or lower-case writing is part of
 * the set.
 * Run: npx tsx eval/privacy/dev-76/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { italianCfValid } from "../../../src/privacy/detectors/ids.js";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";
import { aadhaar } from "../dev-10/values.js";

const digitsOf = (text: string) => [...text].map(Number);
const weighted = (digits: number[], weights: number[]) => weights.reduce((sum, weight, index) => sum + weight * digits[index]!, 0);
const charValue = (char: string) => (/\d/.test(char) ? Number(char) : char === "<" ? 0 : char.charCodeAt(0) - 55);

function mrzDigit(field: string): number {
  const weights = [7, 3, 1];
  return [...field].reduce((sum, char, index) => sum + charValue(char) * weights[index % 3]!, 0) % 10;
}

/** ICAO 9303 TD3 second line: document number, birth date, expiry, personal number and composite check digits. */
function mrzLineValid(line: string): boolean {
  const field = (start: number, end: number) => mrzDigit(line.slice(start, end)) === Number(line[end]);
  const composite = line.slice(0, 10) + line.slice(13, 20) + line.slice(21, 43);
  return field(0, 9) && field(13, 19) && field(21, 27) && (line[42] === "<" || field(28, 42)) && mrzDigit(composite) === Number(line[43]);
}

const nipValid = (text: string) => weighted(digitsOf(text), [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 === Number(text[9]);
const peselValid = (text: string) => (10 - (weighted(digitsOf(text), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === Number(text[10]);

/** Polish ID card (3 letters, 6 digits) and passport (2 letters, 7 digits): the first digit checks the whole number. */
function polishDocumentValid(text: string): boolean {
  const weights = text.length === 9 && /^[A-Z]{3}/.test(text) ? [7, 3, 1, 9, 7, 3, 1, 7, 3] : [7, 3, 9, 1, 7, 3, 1, 7, 3];
  return [...text].reduce((sum, char, index) => sum + charValue(char) * weights[index]!, 0) % 10 === 0;
}

function portugueseNifValid(text: string): boolean {
  const rest = weighted(digitsOf(text), [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  return (rest < 2 ? 0 : 11 - rest) === Number(text[8]);
}

/** Cartão de Cidadão document number (8 digits, check digit, 2 letters, check digit): a Luhn over letter values. */
function cartaoCidadaoValid(text: string): boolean {
  let sum = 0;
  [...text].reverse().forEach((char, index) => {
    const value = charValue(char);
    sum += index % 2 === 0 ? value : value * 2 > 9 ? value * 2 - 9 : value * 2;
  });
  return sum % 10 === 0;
}

function cpfValid(text: string): boolean {
  const digits = digitsOf(text);
  const check = (length: number) =>
    ((weighted(
      digits,
      Array.from({ length }, (_, index) => length + 1 - index),
    ) *
      10) %
      11) %
    10;
  return new Set(digits).size > 1 && check(9) === digits[9] && check(10) === digits[10];
}

/** São Paulo RG: 8 digits and a check digit (weights 2 … 9, mod 11, 10 written X). */
function rgValid(text: string): boolean {
  const rest = weighted(digitsOf(text.slice(0, 8)), [2, 3, 4, 5, 6, 7, 8, 9]) % 11;
  return (rest === 10 ? "X" : String(rest)) === text[8];
}

/** Brazilian CNH registration number (11 digits, two check digits). */
function cnhValid(text: string): boolean {
  const digits = digitsOf(text);
  let first = weighted(digits, [9, 8, 7, 6, 5, 4, 3, 2, 1]) % 11;
  let discount = 0;
  if (first >= 10) [first, discount] = [0, 2];
  const rest = weighted(digits, [1, 2, 3, 4, 5, 6, 7, 8, 9]) % 11;
  return first === digits[9] && (rest >= 10 ? 0 : rest - discount) === digits[10];
}

/** Steuer-ID: 11 digits, no leading 0, exactly one digit repeated (twice or thrice) in the first ten, ISO 7064 MOD 11,10. */
function steuerIdValid(text: string): boolean {
  const digits = digitsOf(text);
  const counts = new Map<number, number>();
  for (const digit of digits.slice(0, 10)) counts.set(digit, (counts.get(digit) ?? 0) + 1);
  const repeated = [...counts.values()].filter((count) => count > 1);
  if (digits[0] === 0 || repeated.length !== 1 || repeated[0]! > 3) return false;
  let product = 10;
  for (const digit of digits.slice(0, 10)) product = (((digit + product) % 10 || 10) * 2) % 11;
  return (11 - product) % 10 === digits[10];
}

function innValid(text: string): boolean {
  const digits = digitsOf(text);
  const check = (weights: number[]) => (weighted(digits, weights) % 11) % 10;
  return check([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === digits[10] && check([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === digits[11];
}

function snilsValid(text: string): boolean {
  const sum = weighted(digitsOf(text), [9, 8, 7, 6, 5, 4, 3, 2, 1]) % 101;
  return (sum === 100 ? 0 : sum) === Number(text.slice(9));
}

function spanishIdValid(text: string): boolean {
  const number = Number(text.slice(0, -1).replace(/^[XYZ]/, (letter) => String("XYZ".indexOf(letter))));
  return "TRWAGMYFPDXBNJZSQVHLCKE"[number % 23] === text.at(-1);
}

function curpValid(text: string): boolean {
  const alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
  const sum = [...text.slice(0, 17)].reduce((total, char, index) => total + alphabet.indexOf(char) * (18 - index), 0);
  return (10 - (sum % 10)) % 10 === Number(text[17]);
}

/** Aadhaar: the Verhoeff check digit dev-10's generator computes for the first eleven digits. */
const aadhaarValid = (text: string) => aadhaar(text.slice(0, 11), "") === text;

function chineseIdValid(text: string): boolean {
  const sum = [...text.slice(0, 17)].reduce((total, char, index) => total + Number(char) * (2 ** (17 - index) % 11), 0);
  return "10X98765432"[sum % 11] === text[17];
}

function myNumberValid(text: string): boolean {
  const digits = digitsOf(text);
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += digits[11 - n]! * (n <= 6 ? n + 1 : n - 5);
  const rest = sum % 11;
  return (rest <= 1 ? 0 : 11 - rest) === digits[11];
}

const germanDocumentValid = (text: string) => mrzDigit(text.slice(0, 9)) === Number(text[9]);
const itinValid = (text: string) => /^9\d\d(5\d|6[0-5]|7\d|8[0-8]|9[0-24-9])\d{4}$/.test(text);
const ssnValid = (text: string) => /^(?!000|666|9)\d{3}(?!00)\d{2}(?!0000)\d{4}$/.test(text);
const anyValue = () => true;

/** Per category and language: the formats a labelled value may take, each with its check (anyValue: no check digit). */
type Format = readonly [shape: RegExp, valid: (text: string) => boolean];
const MRZ: Format = [/^[A-Z0-9<]{44}$/, mrzLineValid];
const FORMATS: Record<string, Record<string, readonly Format[]>> = {
  national_id: {
    en: [
      [/^\d{9}$/, itinValid],
      [/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/, anyValue],
    ],
    it: [
      [/^[A-Z]{6}\d\d[A-Z]\d\d[A-Z]\d{3}[A-Z]$/, italianCfValid],
      [/^[A-Z]{2}\d{5}[A-Z]{2}$/, anyValue],
    ],
    pl: [
      [/^\d{11}$/, peselValid],
      [/^\d{10}$/, nipValid],
      [/^[A-Z]{3}\d{6}$/, polishDocumentValid],
    ],
    pt: [
      [/^\d{9}$/, portugueseNifValid],
      [/^\d{11}$/, cpfValid],
      [/^\d{9}[A-Z]{2}\d$/, cartaoCidadaoValid],
      [/^\d{8}[\dX]$/, rgValid],
    ],
    de: [
      [/^[1-9]\d{10}$/, steuerIdValid],
      [/^[CFGHJKLMNPRTVWXYZ0-9]{9}\d$/, germanDocumentValid],
    ],
    ru: [
      [/^\d{12}$/, innValid],
      [/^\d{11}$/, snilsValid],
    ],
    es: [
      [/^[XYZ]?\d{7,8}[A-Z]$/, spanishIdValid],
      [/^[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d$/, curpValid],
    ],
    hi: [
      [/^[2-9]\d{11}$/, aadhaarValid],
      [/^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/, anyValue],
      [/^[A-Z]{3}\d{7}$/, anyValue],
    ],
    "hi-Latn": [
      [/^[2-9]\d{11}$/, aadhaarValid],
      [/^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/, anyValue],
    ],
    ja: [
      [/^\d{12}$/, myNumberValid],
      [/^[A-Z]{2}\d{8}[A-Z]{2}$/, anyValue],
    ],
    zh: [[/^\d{17}[\dX]$/, chineseIdValid]],
  },
  passport: {
    en: [[/^\d{9}$|^[A-Z]\d{8}$/, anyValue]],
    it: [[/^[A-Z]{2}\d{7}$/, anyValue]],
    pl: [[/^[A-Z]{2}\d{7}$/, polishDocumentValid], MRZ],
    pt: [[/^[A-Z]{1,2}\d{6}$/, anyValue]],
    de: [[/^C[CFGHJKLMNPRTVWXYZ0-9]{8}$/, anyValue], MRZ],
    ru: [[/^\d{9,10}$/, anyValue]],
    es: [[/^[A-Z]{3}\d{6}$/, anyValue]],
    hi: [[/^[A-Z]\d{7}$/, anyValue]],
    "hi-Latn": [[/^[A-Z]\d{7}$/, anyValue]],
    ja: [[/^[A-Z]{2}\d{7}$/, anyValue], MRZ],
    zh: [[/^E[A-Z0-9]\d{7}$/, anyValue], MRZ],
  },
  driver_license: {
    en: [
      [/^[A-Z]\d{7}$|^\d{8,9}$/, anyValue],
      [/^[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}$/, anyValue],
    ],
    it: [[/^[A-Z]{2}\d{7}[A-Z]$|^U1[A-Z0-9]{7}[A-Z]$/, anyValue]],
    pl: [[/^\d{11}$/, anyValue]],
    pt: [[/^\d{11}$/, cnhValid]],
    de: [[/^[A-Z0-9]{11}$/, anyValue]],
    ru: [[/^\d{10}$/, anyValue]],
    es: [[/^\d{8}[A-Z]$/, spanishIdValid]],
    hi: [[/^[A-Z]{2}\d{13}$/, anyValue]],
    "hi-Latn": [[/^[A-Z]{2}\d{13}$/, anyValue]],
    ja: [[/^\d{12}$/, anyValue]],
    zh: [[/^\d{17}[\dX]$/, chineseIdValid]],
  },
  us_ssn: { en: [[/^\d{9}$/, ssnValid]] },
};

/** ASCII digits, upper case, without the spaces, dots, hyphens and slashes a user groups a number with. */
function normalise(value: string): string {
  return value
    .replace(/[\u0966-\u096F]/g, (digit) => String(digit.charCodeAt(0) - 0x0966))
    .replace(/[\uFF10-\uFF19]/g, (digit) => String(digit.charCodeAt(0) - 0xff10))
    .replace(/[\s./-]/g, "")
    .toUpperCase();
}

function valueCheck(category: string, value: string, lang: string): string | undefined {
  const formats = FORMATS[category]?.[lang];
  if (!formats) return category === "date_of_birth" ? undefined : `no format listed for ${category} in ${lang}`;
  const text = normalise(value);
  const format = formats.find(([shape]) => shape.test(text));
  if (!format) return `matches no ${lang} ${category} format`;
  return format[1](text) ? undefined : "check digit fails";
}

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, valueCheck);
printHalfTable(folder);
