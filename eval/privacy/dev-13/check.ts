/**
 * Format and check-digit check for development set 13 (shared format check: `../check-split-set.ts`): every labelled
 * identifier with a published check digit passes it (Israeli Teudat Zehut, Greek AMKA, Czech rodné číslo, Hungarian
 * TAJ and adóazonosító jel, Romanian CNP, Iranian code, Emirates ID Luhn, IBAN mod 97 and length, Hungarian GIRO and
 * Czech account mod-10/mod-11 weights); identifiers without one (Indonesian NIK, Malaysian MyKad, Philippine SSS,
 * Kenyan ID and KRA PIN, Pakistani CNIC, Egyptian ID, Bangladeshi NID) are checked for their shape and encoded date.
 * Run: npx tsx eval/privacy/dev-13/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet } from "../check-split-set.js";
import { ibanProblem } from "../iban-check.js";
import { validIranCode } from "../dev-12/values.js";
import { validAdoazonosito, validAmka, validCnp, validRodneCislo, validTaj, validTeudatZehut } from "./values.js";

/** Bengali and Arabic-Indic/Persian digits, zero to nine in each. */
const LOCAL_DIGITS = "০১২৩৪৫৬৭৮৯٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹";
const ascii = (text: string) => [...text].map((char) => (LOCAL_DIGITS.includes(char) ? String(LOCAL_DIGITS.indexOf(char) % 10) : char)).join("");
const digitsOf = (text: string) => ascii(text).replace(/\D/g, "");

const luhnValid = (text: string) => {
  const reversed = [...digitsOf(text)].reverse().map(Number);
  return reversed.reduce((total, digit, index) => total + (index % 2 === 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit), 0) % 10 === 0;
};
const weighted = (digits: string, weights: number[]) => [...digits].reduce((total, char, index) => total + Number(char) * weights[index % weights.length]!, 0);

/** National identifier checks by language (a value passes when one of its language's checks passes). */
const NATIONAL: Record<string, Array<(value: string) => boolean>> = {
  he: [validTeudatZehut],
  el: [validAmka],
  cs: [validRodneCislo],
  hu: [validTaj, validAdoazonosito],
  ro: [validCnp],
  fa: [validIranCode],
  id: [(v) => /^\d{16}$/.test(v) && Number(v.slice(6, 8)) % 40 <= 31 && Number(v.slice(8, 10)) <= 12],
  ms: [(v) => /^\d{6}-\d{2}-\d{4}$/.test(v)],
  fil: [(v) => /^\d{2}-\d{7}-\d$/.test(v)],
  sw: [(v) => /^\d{7,8}$/.test(v), (v) => /^A\d{9}[A-Z]$/.test(v)],
  ur: [(v) => /^\d{5}-\d{7}-\d$/.test(v)],
  bn: [(v) => [10, 13, 17].includes(digitsOf(v).length)],
  ar: [
    (v) => /^784-?\d{4}-?\d{7}-?\d$/.test(v) && luhnValid(v),
    (v) => /^[23]\d{6}(0[1-4]|1[1-9]|2[1-9]|3[1-5]|88)\d{5}$/.test(v) && Number(v.slice(3, 5)) <= 12,
  ],
};

/** IBAN lengths of the countries this set uses (SWIFT registry; Iran's شبا is 26). */
const IBAN_LENGTHS: Record<string, number> = { GR: 27, RO: 24, PK: 24, IR: 26, JO: 30 };

function valueProblem(category: string, value: string, lang: string): string | undefined {
  if (category === "iban") return ibanProblem(value, IBAN_LENGTHS);
  if (category === "payment_card") return luhnValid(value) ? undefined : "fails Luhn";
  if (category === "bank_account" && lang === "hu") {
    const blocks = value.split("-");
    return blocks.every((block) => weighted(block, [9, 7, 3, 1]) % 10 === 0) ? undefined : "GIRO block check fails";
  }
  if (category === "bank_account" && lang === "cs") {
    const number = value.split("/")[0]!.padStart(10, "0");
    return weighted(number, [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]) % 11 === 0 ? undefined : "Czech account mod 11 fails";
  }
  if (category !== "national_id") return undefined;
  const checks = NATIONAL[lang];
  if (!checks) return `no check known for ${lang}`;
  return checks.some((valid) => valid(ascii(value))) ? undefined : "fails its check digit or shape";
}

checkSplitSet(dirname(fileURLToPath(import.meta.url)), valueProblem);
