/**
 * Check digits for development set 40's invented values (written for this set, independent of `src/privacy`): each
 * function completes a payload with its format's check digit(s), and `checkValue` re-checks a labelled value.
 */
import { aadhaar as dev10Aadhaar } from "../dev-10/values.js";

const digitsOf = (text: string) => [...text.replace(/\D/g, "")].map(Number);

/** Luhn check digit of a payload (card numbers, NPI with its 80840 prefix, SIREN). */
export function luhnDigit(payload: string): number {
  const sum = digitsOf(payload)
    .reverse()
    .reduce((total, digit, index) => total + (index % 2 === 0 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit), 0);
  return (10 - (sum % 10)) % 10;
}

export function luhnValid(value: string): boolean {
  const all = value.replace(/\D/g, "");
  return all.length > 1 && luhnDigit(all.slice(0, -1)) === Number(all.at(-1));
}

/** A card number: the payload (15 digits, or 14 for Amex) plus its Luhn digit. */
export const card = (payload: string) => payload + luhnDigit(payload);

function mod97(numeric: string): number {
  let rest = 0;
  for (const char of numeric) rest = (rest * 10 + Number(char)) % 97;
  return rest;
}

const ibanNumeric = (text: string) => text.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));

/** An IBAN (no spaces) for a country and BBAN. */
export function iban(country: string, bban: string): string {
  const check = 98 - mod97(ibanNumeric(bban + country + "00"));
  return country + String(check).padStart(2, "0") + bban;
}

export const ibanValid = (value: string) => {
  const raw = value.replace(/\s/g, "").toUpperCase();
  return mod97(ibanNumeric(raw.slice(4) + raw.slice(0, 4))) === 1;
};

/** Groups an IBAN in fours, as printed. */
export const spaced = (value: string) => value.replace(/(.{4})(?=.)/g, "$1 ");

/** ABA routing number: 8 digits plus the 3-7-1 check digit. */
export function aba(payload: string): string {
  const weights = [3, 7, 1, 3, 7, 1, 3, 7];
  const sum = [...payload].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0);
  return payload + ((10 - (sum % 10)) % 10);
}

/** US NPI: 9 digits plus the Luhn digit computed with the 80840 prefix. */
export const npi = (payload: string) => payload + luhnDigit("80840" + payload);

/** Brazilian CPF (9 digits → formatted 000.000.000-00). */
export function cpf(payload: string): string {
  const digits = digitsOf(payload);
  for (const length of [9, 10]) {
    const sum = digits.slice(0, length).reduce((total, digit, index) => total + digit * (length + 1 - index), 0);
    const rest = (sum * 10) % 11;
    digits.push(rest === 10 ? 0 : rest);
  }
  const all = digits.join("");
  return `${all.slice(0, 3)}.${all.slice(3, 6)}.${all.slice(6, 9)}-${all.slice(9)}`;
}

/** Spanish DNI: 8 digits plus the letter. */
export const dni = (payload: string) => payload + "TRWAGMYFPDXBNJZSQVHLCKE"[Number(payload) % 23];

/** Chinese resident id: 17 characters plus the ISO 7064 MOD 11-2 check character. */
export function cnId(payload: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...payload].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0);
  return payload + "10X98765432"[sum % 11];
}

/** NHS number: 9 digits plus the mod-11 check (payloads whose check would be 10 are not used). */
export function nhs(payload: string): string {
  const sum = [...payload].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
  const check = (11 - (sum % 11)) % 11;
  if (check === 10) throw new Error(`NHS payload ${payload} has no check digit`);
  return payload + check;
}

/** ICAO 9303 check digit (weights 7, 3, 1; `<` = 0, letters A=10 …). */
export function mrzDigit(field: string): string {
  const value = (char: string) => (char === "<" ? 0 : /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 55);
  return String([...field].reduce((total, char, index) => total + value(char) * [7, 3, 1][index % 3]!, 0) % 10);
}

/** Korean resident registration number: 12 digits plus the check, written 000000-0000000. */
export function rrn(payload: string): string {
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = [...payload].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0);
  const all = payload + ((11 - (sum % 11)) % 10);
  return `${all.slice(0, 6)}-${all.slice(6)}`;
}

/** Japanese My Number: 11 digits plus the check digit. */
export function myNumber(payload: string): string {
  const digits = [...payload].map(Number).reverse();
  const sum = digits.reduce((total, digit, index) => total + digit * (index < 6 ? index + 2 : index - 4), 0);
  const rest = sum % 11;
  return payload + (rest <= 1 ? 0 : 11 - rest);
}

/** Aadhaar: 11 digits plus the Verhoeff digit, written 0000 0000 0000 (dev-10's generator). */
export const aadhaar = (payload: string) => dev10Aadhaar(payload, " ");

export const verhoeffValid = (value: string) => {
  const digits = value.replace(/\D/g, "");
  return digits.length === 12 && aadhaar(digits.slice(0, 11)).replace(/ /g, "") === digits;
};

/** French NIR: 13 characters plus the 97-complement key, written as printed. */
export function nir(payload: string): string {
  const key = String(97 - Number(BigInt(payload) % 97n)).padStart(2, "0");
  return `${payload[0]} ${payload.slice(1, 3)} ${payload.slice(3, 5)} ${payload.slice(5, 7)} ${payload.slice(7, 10)} ${payload.slice(10)} ${key}`;
}

/** German Steuer-IdNr: 10 digits plus the ISO 7064 MOD 11,10 check digit. */
export function steuerId(payload: string): string {
  let product = 10;
  for (const digit of payload) {
    let sum = (Number(digit) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return payload + (check === 10 ? 0 : check);
}

/** Dutch BSN: 8 digits plus the digit that passes the 11-test (payloads needing 10 are not used). */
export function bsn(payload: string): string {
  const sum = [...payload].reduce((total, digit, index) => total + Number(digit) * (9 - index), 0);
  const check = sum % 11;
  if (check === 10) throw new Error(`BSN payload ${payload} has no check digit`);
  return payload + check;
}

/** Re-checks a labelled value whose format has a check (by its shape); undefined when fine or unchecked. */
export function checkValue(category: string, value: string): string | undefined {
  if (category === "payment_card" && /^[\d ]{13,23}$/.test(value)) return luhnValid(value) ? undefined : "fails Luhn";
  if (category === "iban") return ibanValid(value) ? undefined : "fails mod 97";
  if (category === "national_id" && /^\d{4} \d{4} \d{4}$/.test(value)) return verhoeffValid(value) ? undefined : "fails Verhoeff";
  if (category === "national_id" && /^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(value)) return value === cpf(value.slice(0, 11)) ? undefined : "fails CPF";
  if (category === "national_id" && /^\d{17}[\dX]$/.test(value)) return value === cnId(value.slice(0, 17)) ? undefined : "fails GB 11643";
  if (category === "national_id" && /^\d{6}-\d{7}$/.test(value)) return value === rrn(value.replace("-", "").slice(0, 12)) ? undefined : "fails RRN";
  return undefined;
}

const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const cfIndex = (char: string) => (/\d/.test(char) ? Number(char) : char.charCodeAt(0) - 65);

/** Italian codice fiscale: 15 characters plus the check letter. */
export function codiceFiscale(payload: string): string {
  const sum = [...payload].reduce((total, char, index) => total + (index % 2 === 0 ? CF_ODD[cfIndex(char)]! : cfIndex(char)), 0);
  return payload + String.fromCharCode(65 + (sum % 26));
}

/** Polish PESEL: 10 digits plus the check digit (weights 1, 3, 7, 9). */
export function pesel(payload: string): string {
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...payload].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0);
  return payload + ((10 - (sum % 10)) % 10);
}

/** Turkish T.C. kimlik no: 9 digits plus the two check digits. */
export function tckn(payload: string): string {
  const d = [...payload].map(Number);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = (d.reduce((total, digit) => total + digit, 0) + tenth) % 10;
  return payload + tenth + eleventh;
}

/** Swedish personnummer: YYMMDD-NNN plus the Luhn digit over the 9 digits. */
export const personnummer = (payload: string) => `${payload.slice(0, 6)}-${payload.slice(6)}${luhnDigit(payload)}`;
