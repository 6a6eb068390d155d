/**
 * National identifiers of Taiwan, Hong Kong, Thailand, Iran and Pakistan, by their published check digits and
 * written forms:
 * - Taiwan ID (letter, sex digit 1/2, 7 digits, check digit; weights 1,9 on the letter's code and 8…1): next to
 *   身分證/身份證 within 24 characters before it;
 * - Hong Kong identity card (one or two letters, 6 digits, check character in parentheses, mod 11), in a text about
 *   identity cards or Hong Kong: the written form with parentheses, or without them next to 身份證/HKID;
 * - Thai national ID (13 digits, weights 13…2, (11 − sum mod 11) mod 10), in a Thai text: the dashed form
 *   1-2345-67890-12-3, or 13 bare digits next to บัตรประชาชน/ประจำตัวประชาชน;
 * - Iranian national code (10 digits, weights 10…2, mod 11): next to کد ملی/شماره ملی or the field name code_melli;
 * - Pakistani CNIC (00000-0000000-0, no public check digit): next to شناختی/قومی/CNIC, and then never a phone number
 *   (it is emitted above the phone rules' priority).
 * A number failing its check, or all one digit, is not reported. Keyword-gated; linear.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";

const TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

export function taiwanIdValid(value: string): boolean {
  const code = TW_LETTERS.indexOf(value[0]!) + 10;
  if (code < 10 || !/^[A-Z][12]\d{8}$/.test(value)) return false;
  let sum = Math.floor(code / 10) + (code % 10) * 9;
  for (let index = 1; index <= 8; index++) sum += Number(value[index]) * (9 - index);
  return (sum + Number(value[9])) % 10 === 0;
}

export function hongKongIdValid(letters: string, digits: string, check: string): boolean {
  const padded = letters.length === 1 ? [36, letters.charCodeAt(0) - 55] : [letters.charCodeAt(0) - 55, letters.charCodeAt(1) - 55];
  let sum = padded[0]! * 9 + padded[1]! * 8;
  for (let index = 0; index < 6; index++) sum += Number(digits[index]) * (7 - index);
  const expected = (11 - (sum % 11)) % 11;
  return (expected === 10 ? "A" : String(expected)) === check;
}

export function thaiIdValid(digits: string): boolean {
  if (!/^\d{13}$/.test(digits) || /^(\d)\1+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 12; index++) sum += Number(digits[index]) * (13 - index);
  return (11 - (sum % 11)) % 10 === Number(digits[12]);
}

export function iranianCodeValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits) || /^(\d)\1+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += Number(digits[index]) * (10 - index);
  const rest = sum % 11;
  return Number(digits[9]) === (rest < 2 ? rest : 11 - rest);
}

const TAIWAN = /(?<![A-Za-z0-9])[A-Z][12]\d{8}(?![0-9])/g;
const TAIWAN_KEYWORD = /身分證|身份證|身分证|身份证|國民身分/;
const HONG_KONG = /(?<![A-Za-z0-9])([A-Z]{1,2})(\d{6})\s?(?:[(（]([0-9A])[)）]|([0-9A]))(?![A-Za-z0-9])/g;
const HONG_KONG_KEYWORD = /身份證|身份证|身分證|HKID|(?<![A-Za-z])ID card/i;
const THAI = /(?<![\d-])(?:\d-\d{4}-\d{5}-\d{2}-\d|\d{13})(?![\d-])/g;
const THAI_KEYWORD = /บัตรประชาชน|ประจำตัวประชาชน/;
const IRAN = /(?<!\d)\d{10}(?!\d)/g;
const IRAN_KEYWORD = /کد\s?ملی|کد_ملی|شماره\s?ملی|كد\s?ملي|code[ _]?melli/i;
const CNIC = /(?<![\d-])\d{5}-\d{7}-\d(?![\d-])/g;
const CNIC_KEYWORD = /شناختی|قومی|(?<![A-Za-z])S?CNIC(?![A-Za-z])/;

const STEMS: readonly string[] = ["身分", "身份", "บัตรประชาชน", "ประจำตัวประชาชน", "کد", "كد", "شماره", "شناختی", "قومی", "cnic", "melli"];

/** The Hong Kong card's form is read in a text about identity cards or Hong Kong; the Thai dashed form in a Thai text. */
const HONG_KONG_STEMS: readonly string[] = ["身份", "身分", "hkid", "hong kong", "香港", "id card", "identity"];
const THAI_STEMS: readonly string[] = ["บัตร", "ประชาชน", "ชื่อ", "เลข", "thai"];

function keywordBefore(text: string, index: number, keyword: RegExp, reach = 24): boolean {
  return keyword.test(text.slice(Math.max(0, index - reach), index));
}

function runScriptIds(text: string, emit: Emit, lower: string): void {
  const keyworded = containsAny(lower, STEMS);
  if (keyworded) {
    TAIWAN.lastIndex = 0;
    for (let match = TAIWAN.exec(text); match !== null; match = TAIWAN.exec(text))
      if (taiwanIdValid(match[0]) && keywordBefore(text, match.index, TAIWAN_KEYWORD))
        emit("national_id", match.index, match.index + match[0].length, "taiwan-id", PRIORITY.checksum);
    IRAN.lastIndex = 0;
    for (let match = IRAN.exec(text); match !== null; match = IRAN.exec(text))
      // 40 characters: "شماره ملی مادرم فاطمه کریمی: …" puts a relative's name between the word and the number (session 38).
      if (iranianCodeValid(match[0]) && keywordBefore(text, match.index, IRAN_KEYWORD, 40))
        emit("national_id", match.index, match.index + match[0].length, "iran-national-code", PRIORITY.checksum);
    CNIC.lastIndex = 0;
    for (let match = CNIC.exec(text); match !== null; match = CNIC.exec(text))
      if (keywordBefore(text, match.index, CNIC_KEYWORD, 32))
        emit("national_id", match.index, match.index + match[0].length, "pakistan-cnic", PRIORITY.checksum + 5);
  }
  if (containsAny(lower, HONG_KONG_STEMS)) {
    HONG_KONG.lastIndex = 0;
    for (let match = HONG_KONG.exec(text); match !== null; match = HONG_KONG.exec(text)) {
      const inParentheses = match[3] !== undefined;
      if (!hongKongIdValid(match[1]!, match[2]!, match[3] ?? match[4]!)) continue;
      if (inParentheses || keywordBefore(text, match.index, HONG_KONG_KEYWORD))
        emit("national_id", match.index, match.index + match[0].length, "hong-kong-id", PRIORITY.checksum);
    }
  }
  if (!containsAny(lower, THAI_STEMS)) return;
  THAI.lastIndex = 0;
  for (let match = THAI.exec(text); match !== null; match = THAI.exec(text)) {
    const dashed = match[0].length === 17;
    if (!thaiIdValid(match[0].replace(/-/g, ""))) continue;
    if (dashed || (keyworded && keywordBefore(text, match.index, THAI_KEYWORD, 32)))
      emit("national_id", match.index, match.index + match[0].length, "thai-id", PRIORITY.checksum);
  }
}

export const scriptIdDetectors: Detector[] = [{ name: "script-ids", run: runScriptIds }];
