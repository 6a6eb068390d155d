/**
 * Check-digit helpers for development set 16 (`eval/privacy/dev-16.ts`) beyond those of dev-10 (`../dev-10/values.ts`).
 * Written from the published algorithms, not from any detector of this project; `check.ts` verifies every labelled
 * value with the `valid*` twins.
 */

import { bsn, codiceFiscale, cpf, pesel, steuerId } from "../dev-10/values.js";

const digits = (text: string) => [...text.replace(/\D/g, "")].map(Number);

/** NHS number: 9 digits + mod-11 check digit (weights 10…2), printed 000 000 0000; throws when no digit fits. */
export function nhs(body9: string): string {
  const sum = digits(body9).reduce((total, digit, index) => total + digit * (10 - index), 0);
  const check = (11 - (sum % 11)) % 11;
  if (check === 10) throw new Error(`nhs ${body9}: no check digit`);
  const all = body9 + String(check);
  return `${all.slice(0, 3)} ${all.slice(3, 6)} ${all.slice(6)}`;
}
export const validNhs = (text: string) => {
  const d = digits(text);
  return d.length === 10 && nhs(d.slice(0, 9).join("")).replace(/ /g, "") === d.join("");
};

const MRZ_VALUE = (char: string) => (char === "<" ? 0 : /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 55);
/** ICAO 9303 check digit (weights 7, 3, 1). */
export const mrzDigit = (field: string) => String([...field].reduce((total, char, index) => total + MRZ_VALUE(char) * [7, 3, 1][index % 3]!, 0) % 10);

/** TD3 (passport) MRZ line 2 with all five check digits. */
export function mrzLine2(documentNumber: string, nationality: string, birth: string, sex: string, expiry: string, personal = ""): string {
  const number = documentNumber.padEnd(9, "<");
  const optional = personal.padEnd(14, "<");
  const parts = [number + mrzDigit(number), birth + mrzDigit(birth), expiry + mrzDigit(expiry), optional + mrzDigit(optional)];
  const composite = mrzDigit(parts[0]! + parts[1]! + parts[2]! + parts[3]!);
  return `${parts[0]}${nationality}${parts[1]}${sex}${parts[2]}${parts[3]}${composite}`;
}
/** TD3 line 1: P<, issuing state, SURNAME<<GIVEN<NAMES padded to 44. */
export const mrzLine1 = (state: string, surname: string, given: string) =>
  `P<${state}${surname.replace(/ /g, "<")}<<${given.replace(/ /g, "<")}`.padEnd(44, "<");
export function validMrzLine2(line: string): boolean {
  if (!/^[A-Z0-9<]{44}$/.test(line)) return false;
  const ok = (field: string, check: string) => mrzDigit(field) === check;
  const composite = line.slice(0, 10) + line.slice(13, 20) + line.slice(21, 43);
  return (
    ok(line.slice(0, 9), line[9]!) &&
    ok(line.slice(13, 19), line[19]!) &&
    ok(line.slice(21, 27), line[27]!) &&
    ok(line.slice(28, 42), line[42]!) &&
    ok(composite, line[43]!)
  );
}

/** Polish NIP: 9 digits + check (weights 6 5 7 2 3 4 5 6 7, mod 11), printed 000-000-00-00. */
export function nip(body9: string): string {
  const weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];
  const check = digits(body9).reduce((total, digit, index) => total + digit * weights[index]!, 0) % 11;
  if (check === 10) throw new Error(`nip ${body9}: no check digit`);
  const all = body9 + String(check);
  return `${all.slice(0, 3)}-${all.slice(3, 6)}-${all.slice(6, 8)}-${all.slice(8)}`;
}
export const validNip = (text: string) => {
  const d = digits(text);
  return d.length === 10 && nip(d.slice(0, 9).join("")).replace(/-/g, "") === d.join("");
};

/** Brazilian CNPJ: 12 digits + two check digits, printed 00.000.000/0000-00. */
export function cnpj(body12: string): string {
  const check = (d: number[]) => {
    const weights = d.length === 12 ? [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] : [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    const rest = d.reduce((total, digit, index) => total + digit * weights[index]!, 0) % 11;
    return rest < 2 ? 0 : 11 - rest;
  };
  const d = digits(body12);
  const first = check(d);
  const all = body12 + String(first) + String(check([...d, first]));
  return `${all.slice(0, 2)}.${all.slice(2, 5)}.${all.slice(5, 8)}/${all.slice(8, 12)}-${all.slice(12)}`;
}
export const validCnpj = (text: string) => {
  const d = digits(text);
  return d.length === 14 && cnpj(d.slice(0, 12).join("")) === text.replace(/^(\d{2})\.?(\d{3})\.?(\d{3})\/?(\d{4})-?(\d{2})$/, "$1.$2.$3/$4-$5");
};

const DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
/** Spanish NIE: X/Y/Z + 7 digits + control letter (X=0, Y=1, Z=2). */
export const nie = (prefix: "X" | "Y" | "Z", body7: string) => `${prefix}${body7}${DNI_LETTERS[Number("XYZ".indexOf(prefix) + body7) % 23]}`;
/** Spanish DNI/NIF or NIE with its control letter. */
export const validDniOrNie = (text: string) => {
  const match = /^([XYZ]|\d)(\d{7})-?([A-Z])$/.exec(text.replace(/[\s.]/g, ""));
  if (!match) return false;
  const lead = /\d/.test(match[1]!) ? match[1]! : String("XYZ".indexOf(match[1]!));
  return DNI_LETTERS[Number(lead + match[2]) % 23] === match[3];
};

const GST_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/** Indian GSTIN: 14 characters + mod-36 check character. */
export function gstin(body14: string): string {
  let sum = 0;
  [...body14].forEach((char, index) => {
    const product = GST_CHARS.indexOf(char) * (index % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  });
  return body14 + GST_CHARS[(36 - (sum % 36)) % 36];
}
export const validGstin = (text: string) => /^[0-9A-Z]{15}$/.test(text) && gstin(text.slice(0, 14)) === text;

/** French numéro fiscal (SPI): 10 digits + key = first ten mod 511, 13 digits printed 00 00 000 000 000. */
export function numeroFiscal(body10: string): string {
  const all = body10 + String(Number(body10) % 511).padStart(3, "0");
  return `${all.slice(0, 2)} ${all.slice(2, 4)} ${all.slice(4, 7)} ${all.slice(7, 10)} ${all.slice(10)}`;
}
export const validNumeroFiscal = (text: string) => {
  const d = text.replace(/\D/g, "");
  return d.length === 13 && Number(d.slice(0, 10)) % 511 === Number(d.slice(10));
};

/** ISBN-13 with its check digit (for hard negatives). */
export function isbn13(body12: string): string {
  const sum = digits(body12).reduce((total, digit, index) => total + digit * (index % 2 === 0 ? 1 : 3), 0);
  return `${body12}${(10 - (sum % 10)) % 10}`;
}

/** Regenerate-and-compare twins of dev-10's generators (their last `checkLength` characters are the check). */
const regenerates =
  (make: (body: string) => string, length: number, checkLength = 1) =>
  (text: string) => {
    const compact = text.replace(/[\s.\-/]/g, "");
    return compact.length === length && make(compact.slice(0, length - checkLength)).replace(/[\s.\-/]/g, "") === compact;
  };
export const validPesel = regenerates(pesel, 11);
export const validBsn = regenerates(bsn, 9);
export const validCpf = regenerates(cpf, 11, 2);
/** Steuer-ID: ISO 7064 check, first digit not 0, and in the first ten digits exactly one digit repeated (twice or thrice). */
export const validSteuerId = (text: string) => {
  const compact = text.replace(/\s/g, "");
  const counts = [...compact.slice(0, 10)].reduce((map, char) => map.set(char, (map.get(char) ?? 0) + 1), new Map<string, number>());
  const repeated = [...counts.values()].filter((count) => count > 1);
  return regenerates(steuerId, 11)(compact) && compact[0] !== "0" && repeated.length === 1 && repeated[0]! <= 3;
};
export const validCodiceFiscale = regenerates(codiceFiscale, 16);

/** Portuguese NIF: 8 digits + mod-11 check (weights 9…2; 10 and 11 give 0). */
export function nifPt(body8: string): string {
  const sum = digits(body8).reduce((total, digit, index) => total + digit * (9 - index), 0);
  const check = 11 - (sum % 11);
  return body8 + String(check >= 10 ? 0 : check);
}
export const validNifPt = regenerates(nifPt, 9);

const CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
/** Mexican CURP: 17 characters + check digit (weights 18…2 over the 37-character alphabet). */
export function curp(body17: string): string {
  const sum = [...body17].reduce((total, char, index) => total + CURP_CHARS.indexOf(char) * (18 - index), 0);
  return body17 + String((10 - (sum % 10)) % 10);
}
export const validCurp = (text: string) => /^[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d$/.test(text) && curp(text.slice(0, 17)) === text;

/** Brazilian CNH: 9 digits + two check digits (the common validator's algorithm, with its "dsc" correction). */
export function cnh(body9: string): string {
  const d = digits(body9);
  let first = d.reduce((total, digit, index) => total + digit * (9 - index), 0) % 11;
  let correction = 0;
  if (first >= 10) [first, correction] = [0, 2];
  const rest = d.reduce((total, digit, index) => total + digit * (1 + index), 0) % 11;
  const second = rest >= 10 ? 0 : rest - correction;
  if (second < 0) throw new Error(`cnh ${body9}: no check digit`);
  return body9 + String(first) + String(second);
}
export const validCnh = regenerates(cnh, 11, 2);

/** German Sozialversicherungsnummer: area 2 + birth date 6 + surname letter + serial 2 + check, printed 00 000000 A 000. */
export function svNummer(area: string, birth: string, letter: string, serial: string): string {
  const letterNumber = String(letter.charCodeAt(0) - 64).padStart(2, "0");
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  const sum = digits(area + birth + letterNumber + serial).reduce((total, digit, index) => {
    const product = digit * weights[index]!;
    return total + Math.floor(product / 10) + (product % 10);
  }, 0);
  return `${area} ${birth} ${letter} ${serial}${sum % 10}`;
}
export const validSvNummer = (text: string) => {
  const match = /^(\d{2}) ?(\d{6}) ?([A-Z]) ?(\d{2})(\d)$/.exec(text);
  return match !== null && svNummer(match[1]!, match[2]!, match[3]!, match[4]!).replace(/ /g, "") === text.replace(/ /g, "");
};
