/**
 * Tax numbers whose own shape or a cue beside them says a person holds them, not a company (session 49, development
 * set 78): the same registers number people and companies, and only the people's numbers are personal data.
 * - Kenyan KRA PIN: a letter, nine digits and a letter, next to "KRA" or "iTax"; an individual's PIN starts with A, a
 *   company's (non-individual) with P, so a P… PIN is nobody's.
 * - Indonesian NPWP in its written form 12.345.678.9-012.345, next to "NPWP": the first two digits name the taxpayer
 *   type, 01–03 a company (badan); and a company word (PT, CV, perusahaan, badan, Tbk …) before it names a company.
 * - A Brazilian MEI's CNPJ (mod 11, two check digits): a micro-entrepreneur's CNPJ is registered to the person, so a
 *   valid CNPJ counts when "MEI" (capitals) or "microempreendedor individual" is in its sentence.
 * - A Mexican RFC of a person (`mexicanPersonRfcValid`, read by labelled-identifiers.ts after "RFC"): four letters, the
 *   birth date, a two-character homoclave and the mod-11 check character; a company's RFC has three letters.
 * - Session 52: a Kenyan national ID after a bare "ID No." beside such a cue (KENYAN_ID).
 * Each pattern starts on a letter or a digit of a fixed shape (no nested quantifiers): linear. Our own code: the
 * shapes and type codes are the tax offices' published ones.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { keywordAround } from "../context.js";
import { calendarDateValid } from "../checksums.js";

/** Session 52: a space or hyphen anywhere in it, as people mistype it ("A00371 2588P", "A 014728391 P"). */
const KRA_PIN = /(?<![\p{L}\p{N}])[AP][ -]?\d(?:[ -]?\d){8}[ -]?[A-Z](?![\p{L}\p{N}])/gu;
const KRA_CUE = /(?<![\p{L}])(?:kra|itax)(?![\p{L}])|kenya revenue/iu;
/**
 * Session 52: a Kenyan national ID number (seven or eight digits, no check digit) after a bare "ID No." near a KRA or
 * iTax cue, the Kenyan payroll and tax forms' pair ("Wanjiku Kamau, ID No. 31847265, KRA PIN …"). The "ID" opens its
 * field (after a comma, colon, bracket or line start) or follows "national"/"my"/"her"/"his", so a transaction's,
 * order's or receipt's id ("transaction ID 31847265") is none.
 */
const KENYAN_ID =
  /(?<=(?:^|[,;:(\n]|(?<![\p{L}])(?:national|my|her|his|their))[ \t]?)ID(?:[ \t]?(?:[Nn][Oo]\.?|[Nn]umber|#))?[ \t]?[:.]?[ \t]?(\d{7,8})(?![\p{N}])/gu;

const NPWP = /(?<![\p{N}.])\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}(?![\p{N}])/gu;
const NPWP_CUE = /(?<![\p{L}])npwp(?![\p{L}])/iu;
/** A company's legal form or word in the clause before the number (PT Sinar Abadi, CV Maju, perusahaan, badan usaha, Tbk). */
const COMPANY_BEFORE = /(?<![\p{L}])(?:PT|CV|Tbk|perusahaan|badan|yayasan|koperasi|firma)(?![\p{L}])/u;

const CNPJ = /(?<![\p{N}.\/-])\d{2}\.?\d{3}\.?\d{3}\/?\d{4}-?\d{2}(?![\p{N}])/gu;
/** "MEI" in capitals only (Portuguese "meio", "meia" and Chinese or Japanese "Mei" are other words), or the full name. */
const MEI_CUE = /(?<![\p{L}])MEI(?![\p{L}])/u;
const MEI_NAME = /microempreendedora? individual/iu;
const NON_DIGIT = /\D/g;
const ONE_DIGIT_REPEATED = /^(\d)\1+$/;
const SENTENCE_END = /[.!?\n](?:\s|$)/gu;

const weightedSum = (digits: string, weights: readonly number[]) => weights.reduce((sum, weight, index) => sum + weight * (digits.charCodeAt(index) - 48), 0);
const cnpjDigit = (rest: number) => (rest < 2 ? 0 : 11 - rest);
/** Brazilian CNPJ: two mod-11 check digits (weights 5432 98765432, then 6 5432 98765432). */
export function cnpjValid(digits: string): boolean {
  if (digits.length !== 14 || ONE_DIGIT_REPEATED.test(digits)) return false;
  const first = cnpjDigit(weightedSum(digits, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  const second = cnpjDigit(weightedSum(digits, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return first === digits.charCodeAt(12) - 48 && second === digits.charCodeAt(13) - 48;
}

const RFC_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";
const PERSON_RFC = /^[A-ZÑ&]{4}\d{6}[A-Z\d]{2}[\dA]$/u;
/** A person's RFC (13 characters): a valid YYMMDD and the SAT's check character (Σ value × (13 − position) mod 11). */
export function mexicanPersonRfcValid(compact: string): boolean {
  if (!PERSON_RFC.test(compact) || !calendarDateValid(2000, Number(compact.slice(6, 8)), Number(compact.slice(8, 10)))) return false;
  let sum = 0;
  for (let index = 0; index < 12; index++) sum += RFC_ALPHABET.indexOf(compact[index]!) * (13 - index);
  const rest = 11 - (sum % 11);
  return compact[12] === (rest === 11 ? "0" : rest === 10 ? "A" : String(rest));
}

/** The sentence around [start, end): from the last sentence end in the 120 characters before to the next in the 120 after. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 120), start);
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(before); match !== null; match = SENTENCE_END.exec(before)) from = match.index + 1;
  const after = text.slice(end, end + 120);
  SENTENCE_END.lastIndex = 0;
  const next = SENTENCE_END.exec(after);
  return before.slice(from) + text.slice(start, end) + (next === null ? after : after.slice(0, next.index));
}

/** The readers' cue words, answered by the scan's shared keyword pass (session 52: no `lower.includes` over the text each). */
const KRA_STEMS: readonly string[] = ["kra", "itax", "kenya revenue"];
const NPWP_STEMS: readonly string[] = ["npwp"];
const MEI_STEMS: readonly string[] = ["mei", "microempreendedor"];

function runPersonTaxNumbers(text: string, emit: Emit, lower: string): void {
  if (containsAny(lower, KRA_STEMS)) {
    for (const match of text.matchAll(KRA_PIN)) {
      const end = match.index + match[0].length;
      if (match[0][0] === "A" && keywordAround(text, match.index, end, KRA_CUE, 40)) emit("national_id", match.index, end, "ke-kra-pin", PRIORITY.checksum + 4);
    }
    for (const match of text.matchAll(KENYAN_ID)) {
      const start = match.index + match[0].length - match[1]!.length;
      if (keywordAround(text, match.index, start + match[1]!.length, KRA_CUE, 60))
        emit("national_id", start, start + match[1]!.length, "ke-national-id", PRIORITY.checksum + 4);
    }
  }
  if (containsAny(lower, NPWP_STEMS)) {
    for (const match of text.matchAll(NPWP)) {
      const end = match.index + match[0].length;
      const type = Number(match[0].slice(0, 2));
      if (type >= 1 && type <= 3) continue;
      if (!keywordAround(text, match.index, end, NPWP_CUE, 40) || COMPANY_BEFORE.test(text.slice(Math.max(0, match.index - 60), match.index))) continue;
      emit("national_id", match.index, end, "id-npwp-person", PRIORITY.checksum + 4);
    }
  }
  if (containsAny(lower, MEI_STEMS)) {
    for (const match of text.matchAll(CNPJ)) {
      const end = match.index + match[0].length;
      if (!cnpjValid(match[0].replace(NON_DIGIT, ""))) continue;
      const sentence = sentenceAround(text, match.index, end);
      if (!MEI_CUE.test(sentence) && !MEI_NAME.test(sentence)) continue;
      emit("national_id", match.index, end, "br-mei-cnpj", PRIORITY.checksum + 4);
    }
  }
}

export const personTaxNumberDetectors: Detector[] = [{ name: "person-tax-numbers", run: runPersonTaxNumbers }];
