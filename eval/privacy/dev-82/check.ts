/**
 * Format check for development set 82 (shared check: `../check-split-set.ts`) with a value check: every phone is a
 * valid number (libphonenumber) in a country of its language; every card passes Luhn; every IBAN its country's length
 * and ISO 13616 mod 97; every national or tax id, passport and driving licence matches a format of its language and
 * passes that format's check digits where it has them (Steuer-ID, NIR, DNI/NIE, codice fiscale, Portuguese NIF, CPF,
 * BSN, マイナンバー, SSN rules). A value split over two turns is marked as two spans of one category: the parts are
 * checked joined (the entries are read for that). Spaces, dots and hyphens are dropped first; then the per-half table.
 * Run: npx tsx eval/privacy/dev-82/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/max";
import { germanTaxIdValid, luhnValid as luhnDigitsValid, spanishIdValid } from "../../../src/privacy/checksums.js";
import { cpfValid } from "../../../src/privacy/detectors/numbers.js";
import { italianCfValid } from "../../../src/privacy/detectors/ids.js";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";
import { ibanProblem } from "../iban-check.js";
import { NEGATIVES, SENSITIVE } from "./entries.js";

const digitsOf = (text: string) => [...text].map(Number);
const weighted = (digits: number[], weights: number[]) => weights.reduce((sum, weight, index) => sum + weight * digits[index]!, 0);
const anyValue = () => true;
/** A card number: 13–19 digits passing Luhn. */
const luhnValid = (text: string) => /^\d{13,19}$/.test(text) && luhnDigitsValid(text);

function portugueseNifValid(text: string): boolean {
  const rest = weighted(digitsOf(text), [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  return (rest < 2 ? 0 : 11 - rest) === Number(text[8]);
}

/** French NIR: 13 digits and a key 97 − (number mod 97). */
const nirValid = (text: string) => 97 - Number(BigInt(text.slice(0, 13)) % 97n) === Number(text.slice(13));

/** BSN: the 11-test (weights 9 … 2, −1). */
const bsnValid = (text: string) => weighted(digitsOf(text), [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 === 0;

function myNumberValid(text: string): boolean {
  const digits = digitsOf(text);
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += digits[11 - n]! * (n <= 6 ? n + 1 : n - 5);
  const rest = sum % 11;
  return (rest <= 1 ? 0 : 11 - rest) === digits[11];
}

const ssnValid = (text: string) => /^(?!000|666|9)\d{3}(?!00)\d{2}(?!0000)\d{4}$/.test(text);

type Format = readonly [shape: RegExp, valid: (text: string) => boolean];
const FORMATS: Record<string, Record<string, readonly Format[]>> = {
  national_id: {
    en: [[/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/, anyValue]],
    de: [[/^[1-9]\d{10}$/, germanTaxIdValid]],
    fr: [
      [/^[12]\d{14}$/, nirValid],
      [/^[0-3]\d{12}$/, anyValue],
    ],
    es: [[/^[XYZ]?\d{7,8}[A-Z]$/, spanishIdValid]],
    it: [[/^[A-Z]{6}\d\d[A-Z]\d\d[A-Z]\d{3}[A-Z]$/, italianCfValid]],
    pt: [
      [/^\d{9}$/, portugueseNifValid],
      [/^\d{11}$/, cpfValid],
    ],
    nl: [[/^\d{9}$/, bsnValid]],
    ja: [[/^\d{12}$/, myNumberValid]],
  },
  us_ssn: { en: [[/^\d{9}$/, ssnValid]] },
  passport: {
    en: [[/^\d{9}$/, anyValue]],
    de: [[/^C[CFGHJKLMNPRTVWXYZ0-9]{8}$/, anyValue]],
    fr: [[/^\d{2}[A-Z]{2}\d{5}$/, anyValue]],
    es: [[/^[A-Z]{3}\d{6}$/, anyValue]],
    it: [[/^[A-Z]{2}\d{7}$/, anyValue]],
    pt: [[/^[A-Z]{1,2}\d{6}$/, anyValue]],
    nl: [[/^[A-NP-Z]{2}[A-NP-Z0-9]{6}\d$/, anyValue]],
    ja: [[/^[A-Z]{2}\d{7}$/, anyValue]],
  },
  driver_license: {
    en: [[/^[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}$/, anyValue]],
    de: [[/^[A-Z0-9]{11}$/, anyValue]],
    fr: [[/^\d{12}$/, anyValue]],
    it: [[/^[A-Z]{2}\d{7}[A-Z]$/, anyValue]],
    nl: [[/^\d{10}$/, anyValue]],
    ja: [[/^\d{12}$/, anyValue]],
  },
  bank_account: {
    en: [[/^\d{6}$|^\d{8}$/, anyValue]],
    ja: [[/^\d{7}$/, anyValue]],
  },
  payment_card: Object.fromEntries(["en", "de", "fr", "es", "it", "pt", "nl", "ja"].map((lang) => [lang, [[/^\d+$/, luhnValid]]])),
};

const COUNTRIES: Record<string, CountryCode[]> = {
  en: ["GB", "US", "IE"],
  de: ["DE", "AT", "CH"],
  fr: ["FR", "BE", "CH"],
  es: ["ES", "MX"],
  it: ["IT"],
  pt: ["PT", "BR"],
  nl: ["NL", "BE"],
  ja: ["JP"],
};
const IBAN_LENGTHS: Record<string, number> = { DE: 22, FR: 27, ES: 24, IT: 27, PT: 25, NL: 18, GB: 22 };

const normalise = (value: string) => value.replace(/[\s./-]/g, "").toUpperCase();

function singleProblem(category: string, value: string, lang: string): string | undefined {
  if (category === "phone") {
    return COUNTRIES[lang]!.some((country) => parsePhoneNumberFromString(value, country)?.isValid()) ? undefined : `not a valid ${lang} number`;
  }
  if (category === "iban") return ibanProblem(value, IBAN_LENGTHS);
  const formats = FORMATS[category]?.[lang];
  if (!formats) return FORMATS[category] ? `no format listed for ${category} in ${lang}` : undefined;
  const text = normalise(value);
  const format = formats.find(([shape]) => shape.test(text));
  if (!format) return `matches no ${lang} ${category} format`;
  return format[1](text) ? undefined : "check digit fails";
}

/** Parts of values split over two turns (`…-split` kinds): each part is fine when the joined value is. */
const splitParts = new Set<string>();
for (const [lang, kind, text] of [...SENSITIVE, ...NEGATIVES]) {
  if (!kind.endsWith("-split")) continue;
  const byCategory = new Map<string, string[]>();
  for (const match of text.matchAll(/⟦([a-z_]+)\|([^⟧]*)⟧/g)) byCategory.set(match[1]!, [...(byCategory.get(match[1]!) ?? []), match[2]!]);
  for (const [category, parts] of byCategory) {
    if (parts.length > 1 && singleProblem(category, parts.join(" "), lang) === undefined) for (const part of parts) splitParts.add(`${category}|${part}`);
  }
}

function valueCheck(category: string, value: string, lang: string): string | undefined {
  return splitParts.has(`${category}|${value}`) ? undefined : singleProblem(category, value, lang);
}

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, valueCheck);
printHalfTable(folder);
