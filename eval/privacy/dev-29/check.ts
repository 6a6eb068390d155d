/**
 * Format and value check for development set 29 (shared format check: `../check-split-set.ts`). Cards pass Luhn and
 * IBANs their country's length and mod 97; nine-digit US routing numbers the ABA checksum; every national ID or
 * licence whose scheme has a public check passes it (Chinese ID, Aadhaar, My Number, 주민등록번호, CPF, DNI/NIE, PESEL,
 * T.C. Kimlik, Steuer-ID, fødselsnummer, AMKA, BSN, SIN, Teudat Zehut, NIF (pt), СНИЛС, ИНН, РНОКПП, NHS, Taiwan ID,
 * HKID, Thai ID, NIR key, Saudi ID, Emirates ID, South African ID, CNP, Egyptian ID, AHV, HETU, Belgian national
 * number, RUT, CURP, codice fiscale, PAN shape; CNH and Chinese-ID licences). Formats without a public check (SSN,
 * NINO, NIK, CCCD, most licences) are only printed in the counts.
 * Run: npx tsx eval/privacy/dev-29/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";
import { abaValid, cardAndIbanCheck, luhnValid } from "../split-set-helpers.js";
import { validCnh, validCpf, validCurp, validDniOrNie, validNhs, validNifPt, validPesel, validBsn, validSteuerId } from "../dev-16/values.js";
import { validAadhaar, validChineseId, validEgyptianId, validMyNumber, validPan, validRrn, validSnils } from "../dev-20/values.js";
import { validHkid, validInn, validRnokpp, validTaiwanId, validThaiId } from "../dev-12/values.js";
import { codiceFiscale, tcKimlik } from "../dev-10/values.js";

const IBAN_LENGTHS: Record<string, number> = {
  GB: 22,
  DE: 22,
  FR: 27,
  ES: 24,
  PT: 25,
  PL: 28,
  TR: 26,
  IT: 27,
  SA: 24,
  NL: 18,
  SE: 24,
  AE: 23,
  GR: 27,
  RO: 24,
  CZ: 24,
};
const cardAndIban = cardAndIbanCheck(IBAN_LENGTHS);
const digits = (text: string) => text.replace(/\D/g, "");
const nirValid = (text: string) => {
  const d = digits(text);
  return d.length === 15 && 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13));
};
const norwegianValid = (text: string) => {
  const d = [...text].map(Number);
  const check = (weights: number[]) => {
    const rest = 11 - (weights.reduce((sum, weight, index) => sum + weight * d[index]!, 0) % 11);
    return rest === 11 ? 0 : rest;
  };
  return check([3, 7, 6, 1, 8, 9, 4, 5, 2]) === d[9] && check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === d[10];
};
const cnpValid = (text: string) => {
  const sum = [..."279146358279"].reduce((total, weight, index) => total + Number(weight) * Number(text[index]), 0);
  return (sum % 11 === 10 ? 1 : sum % 11) === Number(text[12]);
};
const ahvValid = (text: string) => {
  const d = digits(text);
  const sum = [...d.slice(0, 12)].reduce((total, digit, index) => total + Number(digit) * (index % 2 === 0 ? 1 : 3), 0);
  return d.startsWith("756") && (10 - (sum % 10)) % 10 === Number(d[12]);
};
const hetuValid = (text: string) => "0123456789ABCDEFHJKLMNPRSTUVWXY"[Number(text.slice(0, 6) + text.slice(7, 10)) % 31] === text[10];
const belgianValid = (text: string) => {
  const d = digits(text);
  return 97 - Number(BigInt(d.slice(0, 9)) % 97n) === Number(d.slice(9));
};
const rutValid = (text: string) => {
  const [body, check] = [digits(text.slice(0, -1)), text.at(-1)!];
  let [sum, weight] = [0, 2];
  for (const digit of [...body].reverse()) {
    sum += Number(digit) * weight;
    weight = weight === 7 ? 2 : weight + 1;
  }
  const rest = 11 - (sum % 11);
  return (rest === 11 ? "0" : rest === 10 ? "K" : String(rest)) === check;
};
const tcValid = (text: string) => tcKimlik(text.slice(0, 9)) === text;
/** РНОКПП: the check digit, and its first five digits (days since 31 Dec 1899) a birth year from 1900 to 2030. */
const rnokppValid = (text: string) => {
  const year = new Date(Date.UTC(1899, 11, 31) + Number(text.slice(0, 5)) * 86_400_000).getUTCFullYear();
  return validRnokpp(text) && year >= 1900 && year <= 2030;
};

/** Shape → validator for national IDs; a shape not listed carries no public check. */
const CHECKED_IDS: Array<[RegExp, (text: string, lang: string) => boolean]> = [
  [/^\d{17}[\dX]$/, validChineseId],
  [/^\d{4} \d{4} \d{4}$/, (t) => validAadhaar(t) || validMyNumber(t)],
  [/^\d{6}-\d{7}$/, validRrn],
  [/^\d{3}\.\d{3}\.\d{3}-\d{2}$/, validCpf],
  [/^[XYZ\d]\d{7}[A-Z]$/, validDniOrNie],
  [/^\d{11}$/, (t) => validPesel(t) || tcValid(t) || validSteuerId(t) || norwegianValid(t) || luhnValid(t)],
  [/^\d{9}$/, (t) => validBsn(t) || luhnValid(t) || validNifPt(t)],
  [/^\d{3} \d{3} \d{3}$/, luhnValid],
  [/^\d{3} \d{3} \d{4}$/, (t) => validNhs(t)],
  [/^\d{3}-\d{3}-\d{3} \d{2}$/, validSnils],
  [/^\d{12}$/, (t, lang) => validInn(t) || lang === "vi"],
  [/^\d{10}$/, (t) => rnokppValid(t) || luhnValid(t)],
  [/^\d{13}$/, (t) => luhnValid(t) || cnpValid(t)],
  [/^\d{14}$/, validEgyptianId],
  [/^[A-Z][12]\d{8}$/, validTaiwanId],
  [/^[A-Z]\d{6}\([\dA]\)$/, validHkid],
  [/^\d-\d{4}-\d{5}-\d{2}-\d$/, (t) => validThaiId(digits(t))],
  [/^\d \d\d \d\d \d\d \d{3} \d{3} \d\d$/, nirValid],
  [/^784-\d{4}-\d{7}-\d$/, luhnValid],
  [/^756\.\d{4}\.\d{4}\.\d\d$/, ahvValid],
  [/^\d{6}[-+A]\d{3}[0-9A-Y]$/, (t) => hetuValid(t) || luhnValid(digits(t))],
  [/^\d\d\.\d\d\.\d\d-\d{3}\.\d\d$/, belgianValid],
  [/^\d{1,2}\.\d{3}\.\d{3}-[\dK]$/, rutValid],
  [/^[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d$/, validCurp],
  [/^[A-Z]{6}\d\d[A-Z]\d\d[A-Z]\d{3}[A-Z]$/, (t) => codiceFiscale(t.slice(0, 15)) === t],
  [/^[A-Z]{5}\d{4}[A-Z]$/, validPan],
];
const CHECKED_LICENCES: Array<[RegExp, (text: string) => boolean]> = [
  [/^\d{17}[\dX]$/, validChineseId],
  [/^\d{11}$/, validCnh],
];

function valueProblem(category: string, value: string, lang: string): string | undefined {
  if (category === "payment_card" || category === "iban") return cardAndIban(category, value, lang);
  if (category === "bank_account" && /^\d{9}$/.test(value) && lang === "en") return abaValid(value) ? undefined : "fails the ABA checksum";
  const schemes = category === "national_id" ? CHECKED_IDS : category === "driver_license" ? CHECKED_LICENCES : [];
  const scheme = schemes.find(([shape]) => shape.test(value));
  if (scheme) return scheme[1](value, lang) ? undefined : "fails its check";
  return undefined;
}

checkSplitSet(dirname(fileURLToPath(import.meta.url)), valueProblem);
printHalfTable(dirname(fileURLToPath(import.meta.url)));
