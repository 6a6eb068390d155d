/**
 * Value makers for development set 45: machine-readable zones (ICAO 9303 TD1 and TD3, check digits 7-3-1), national
 * numbers with their check digits (Steuer-IdNr from dev-40's `ids.ts`, French numéro fiscal, My Number, PESEL, BSN), and a seeded OCR garbler
 * that reads `<` as `K` or `«` and confuses O/0, I/1, S/5, B/8 as scanners and phone cameras do. Card and IBAN check
 * digits come from dev-39's encoders. Deterministic: the garbler's choices come from SHA-256 of a seed string.
 */
import { bytes } from "../dev-39/encode.js";

export { dni, group, iban, luhn } from "../dev-39/encode.js";
export { steuerId } from "../dev-40/ids.js";

const mrzValue = (char: string): number => (char === "<" ? 0 : /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 55);

/** ICAO 9303 check digit (weights 7, 3, 1). */
export function mrzCheck(field: string): string {
  let sum = 0;
  for (let index = 0; index < field.length; index++) sum += mrzValue(field[index]!) * [7, 3, 1][index % 3]!;
  return String(sum % 10);
}

const pad = (text: string, width: number): string => (text + "<".repeat(width)).slice(0, width);
const nameField = (surname: string, given: string, width: number): string => pad(`${surname.replace(/ /g, "<")}<<${given.replace(/ /g, "<")}`, width);

export type MrzPerson = { surname: string; given: string; nation: string; number: string; birth: string; sex: "M" | "F"; expiry: string };

/** A passport's two 44-character lines (TD3). Dates are YYMMDD. */
export function td3(person: MrzPerson, kind = "P<", personal = ""): [string, string] {
  const number = pad(person.number, 9);
  const optional = pad(personal, 14);
  const optionalCheck = personal ? mrzCheck(optional) : "<";
  const head = `${number}${mrzCheck(number)}${person.nation}${person.birth}${mrzCheck(person.birth)}${person.sex}${person.expiry}${mrzCheck(person.expiry)}${optional}${optionalCheck}`;
  const composite = `${number}${mrzCheck(number)}${person.birth}${mrzCheck(person.birth)}${person.expiry}${mrzCheck(person.expiry)}${optional}${optionalCheck}`;
  return [`${kind}${person.nation}${nameField(person.surname, person.given, 39)}`, `${head}${mrzCheck(composite)}`];
}

/** An identity card's three 30-character lines (TD1). */
export function td1(person: MrzPerson, kind = "ID"): [string, string, string] {
  const number = pad(person.number, 9);
  const line1 = pad(`${kind}${person.nation}${number}${mrzCheck(number)}`, 30);
  const line2start = `${person.birth}${mrzCheck(person.birth)}${person.sex}${person.expiry}${mrzCheck(person.expiry)}${person.nation}`;
  const line2body = pad(line2start, 29);
  const composite = `${line1.slice(5, 30)}${line2body.slice(0, 7)}${line2body.slice(8, 15)}${line2body.slice(18, 29)}`;
  return [line1, `${line2body}${mrzCheck(composite)}`, nameField(person.surname, person.given, 30)];
}

const CONFUSIONS: Record<string, string[]> = {
  "<": ["K", "«", "<"],
  "0": ["O"],
  O: ["0"],
  "1": ["I", "l"],
  I: ["1"],
  "5": ["S"],
  S: ["5"],
  "8": ["B"],
  B: ["8"],
};

/** `line` as an OCR engine reads it: each confusable character is swapped with probability `rate` (seeded). */
export function ocr(line: string, seed: string, rate = 0.25): string {
  const noise = bytes(seed, line.length);
  let out = "";
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    const options = CONFUSIONS[char];
    out += options && noise[index]! < rate * 256 ? options[noise[index]! % options.length]! : char;
  }
  return out;
}

/** French numéro fiscal (SPI): ten digits, then their value mod 511 on three digits. */
export const numeroFiscal = (ten: string): string => ten + String(Number(ten) % 511).padStart(3, "0");

/** Japanese My Number: eleven digits, then the check digit. */
export function myNumber(eleven: string): string {
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += Number(eleven[11 - n]) * (n <= 6 ? n + 1 : n - 5);
  const remainder = sum % 11;
  return eleven + String(remainder <= 1 ? 0 : 11 - remainder);
}

/** Polish PESEL: ten digits, then the check digit (weights 1 3 7 9). */
export function pesel(ten: string): string {
  let sum = 0;
  for (let index = 0; index < 10; index++) sum += Number(ten[index]) * [1, 3, 7, 9][index % 4]!;
  return ten + String((10 - (sum % 10)) % 10);
}

/** Dutch BSN: eleven-proof over nine digits; returns undefined when eight digits admit no ninth. */
export function bsn(eight: string): string | undefined {
  let sum = 0;
  for (let index = 0; index < 8; index++) sum += Number(eight[index]) * (9 - index);
  for (let last = 0; last <= 9; last++) if ((sum - last) % 11 === 0) return eight + String(last);
  return undefined;
}
