/**
 * dev-78 number formats: each function takes the invented body of an identity or tax number and returns it with its
 * published check digit (or letter) in the form people write it; `wrongCheck` returns the same number with a check
 * digit that fails. `validators` are the value checks of `check.ts` (the same published rules, run on the written
 * value). Formats: Mexico CURP (18 characters, check over a 37-symbol alphabet) and RFC (13, mod 11), Brazil CPF and
 * CNPJ (mod 11), Argentina CUIL/CUIT (mod 11), Chile RUT (mod 11, K), Peru RUC (mod 11), Colombia NIT (prime weights),
 * South Africa ID, UAE Emirates ID, Saudi national ID and Iqama, Israel Teudat Zehut (Luhn), Turkey TC kimlik (two
 * check digits), Singapore NRIC/FIN (mod 11 letter), Thailand ID (mod 11), Kenya KRA PIN (shape), Egypt national ID
 * (century, birth date, governorate).
 */

const digitsOf = (value: string): number[] => [...value.replace(/\D/g, "")].map(Number);

export function luhnDigit(body: string): number {
  const digits = digitsOf(body).reverse();
  const sum = digits.reduce((total, digit, index) => total + (index % 2 === 0 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit), 0);
  return (10 - (sum % 10)) % 10;
}
export const luhnValid = (value: string): boolean => {
  const digits = digitsOf(value);
  return digits.length > 1 && luhnDigit(digits.slice(0, -1).join("")) === digits.at(-1);
};

const CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
export function curpDigit(body17: string): number {
  const sum = [...body17].reduce((total, char, index) => total + CURP_ALPHABET.indexOf(char) * (18 - index), 0);
  return (10 - (sum % 10)) % 10;
}
export const curp = (body17: string): string => body17 + curpDigit(body17);

const RFC_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";
export function rfcDigit(body: string): string {
  const padded = body.length === 11 ? ` ${body}` : body;
  const sum = [...padded].reduce((total, char, index) => total + RFC_ALPHABET.indexOf(char) * (13 - index), 0);
  const rest = 11 - (sum % 11);
  return rest === 11 ? "0" : rest === 10 ? "A" : String(rest);
}
export const rfc = (body: string): string => body + rfcDigit(body);

function mod11Brazil(digits: number[], weights: number[]): number {
  const rest = digits.reduce((total, digit, index) => total + digit * weights[index]!, 0) % 11;
  return rest < 2 ? 0 : 11 - rest;
}
export function cpf(body9: string): string {
  const digits = digitsOf(body9);
  const first = mod11Brazil(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2]);
  const second = mod11Brazil([...digits, first], [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
  return `${body9.slice(0, 3)}.${body9.slice(3, 6)}.${body9.slice(6, 9)}-${first}${second}`;
}
export function cnpj(body12: string): string {
  const digits = digitsOf(body12);
  const first = mod11Brazil(digits, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  const second = mod11Brazil([...digits, first], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  return `${body12.slice(0, 2)}.${body12.slice(2, 5)}.${body12.slice(5, 8)}/${body12.slice(8, 12)}-${first}${second}`;
}

export function cuilDigit(body10: string): number {
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const rest = 11 - (digitsOf(body10).reduce((total, digit, index) => total + digit * weights[index]!, 0) % 11);
  return rest === 11 ? 0 : rest; // 10 never used: bodies are chosen so that it does not occur
}
export const cuil = (prefix: string, dni8: string): string => `${prefix}-${dni8}-${cuilDigit(prefix + dni8)}`;

export function rutDigit(body: string): string {
  const digits = digitsOf(body).reverse();
  const sum = digits.reduce((total, digit, index) => total + digit * ((index % 6) + 2), 0);
  const rest = 11 - (sum % 11);
  return rest === 11 ? "0" : rest === 10 ? "K" : String(rest);
}
export const rut = (body: string): string => `${Number(body).toLocaleString("de-DE")}-${rutDigit(body)}`;

export function rucPeruDigit(body10: string): number {
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const rest = 11 - (digitsOf(body10).reduce((total, digit, index) => total + digit * weights[index]!, 0) % 11);
  return rest === 10 ? 0 : rest === 11 ? 1 : rest;
}
export const rucPeru = (body10: string): string => body10 + rucPeruDigit(body10);

export function nitDigit(body: string): number {
  const weights = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];
  const digits = digitsOf(body).reverse();
  const rest = digits.reduce((total, digit, index) => total + digit * weights[index]!, 0) % 11;
  return rest < 2 ? rest : 11 - rest;
}

export const withLuhn = (body: string): string => body + luhnDigit(body);

export function tcKimlik(body9: string): string {
  const d = digitsOf(body9);
  const tenth = ((((d[0]! + d[2]! + d[4]! + d[6]! + d[8]!) * 7 - (d[1]! + d[3]! + d[5]! + d[7]!)) % 10) + 10) % 10;
  const eleventh = [...d, tenth].reduce((total, digit) => total + digit, 0) % 10;
  return `${body9}${tenth}${eleventh}`;
}

export function nricLetter(prefix: string, digits7: string): string {
  const weights = [2, 7, 6, 5, 4, 3, 2];
  let sum = digitsOf(digits7).reduce((total, digit, index) => total + digit * weights[index]!, 0);
  if (prefix === "T" || prefix === "G") sum += 4;
  const letters = prefix === "S" || prefix === "T" ? "JZIHGFEDCBA" : "XWUTRQPNMLK";
  return letters[sum % 11]!;
}
export const nric = (prefix: string, digits7: string): string => `${prefix}${digits7}${nricLetter(prefix, digits7)}`;

export function thaiDigit(body12: string): number {
  const sum = digitsOf(body12).reduce((total, digit, index) => total + digit * (13 - index), 0);
  return (11 - (sum % 11)) % 10;
}
export function thaiId(body12: string): string {
  const all = body12 + thaiDigit(body12);
  return `${all[0]}-${all.slice(1, 5)}-${all.slice(5, 10)}-${all.slice(10, 12)}-${all[12]}`;
}

/** The same written number with its last digit (or check letter) changed so that the check fails. */
export function wrongCheck(value: string): string {
  const last = value.at(-1)!;
  const replaced = /\d/.test(last) ? String((Number(last) + 3) % 10) : last === "A" ? "B" : "A";
  return value.slice(0, -1) + replaced;
}

const plain = (value: string): string => value.replace(/[\s.\-/]/g, "");

/** The published check of each topic (the part of `kind` before the colon, without `neg-`); true when it passes. */
export const validators: Readonly<Record<string, (value: string) => boolean>> = {
  curp: (value) => /^[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d$/.test(value) && curpDigit(value.slice(0, 17)) === Number(value[17]),
  rfc: (value) => /^[A-ZÑ&]{3,4}\d{6}[A-Z\d]{3}$/.test(plain(value)) && rfcDigit(plain(value).slice(0, -1)) === plain(value).at(-1),
  cpf: (value) => plain(value).length === 11 && cpf(plain(value).slice(0, 9)).replace(/\D/g, "") === plain(value),
  cnpj: (value) => plain(value).length === 14 && cnpj(plain(value).slice(0, 12)).replace(/\D/g, "") === plain(value),
  cuil: (value) => plain(value).length === 11 && cuilDigit(plain(value).slice(0, 10)) === Number(plain(value)[10]),
  rut: (value) => {
    const body = plain(value).slice(0, -1);
    return rutDigit(body) === plain(value).at(-1)!.toUpperCase();
  },
  ruc: (value) => plain(value).length === 11 && rucPeruDigit(plain(value).slice(0, 10)) === Number(plain(value)[10]),
  nit: (value) => {
    const [body, check] = value.replace(/\./g, "").split("-");
    return check !== undefined && nitDigit(body!) === Number(check);
  },
  "za-id": (value) => plain(value).length === 13 && luhnValid(value),
  emirates: (value) => /^784/.test(plain(value)) && plain(value).length === 15 && luhnValid(value),
  "sa-id": (value) => /^[12]\d{9}$/.test(plain(value)) && luhnValid(value),
  "il-id": (value) => plain(value).length === 9 && luhnValid(value),
  tckn: (value) => /^[1-9]\d{10}$/.test(value) && tcKimlik(value.slice(0, 9)) === value,
  nric: (value) => /^[STFG]\d{7}[A-Z]$/.test(value) && nric(value[0]!, value.slice(1, 8)) === value,
  "th-id": (value) => plain(value).length === 13 && thaiDigit(plain(value).slice(0, 12)) === Number(plain(value)[12]),
  kra: (value) => /^[AP]\d{9}[A-Z]$/.test(value),
  "eg-id": (value) => {
    const digits = plain(value);
    const month = Number(digits.slice(3, 5));
    const day = Number(digits.slice(5, 7));
    return /^[23]\d{13}$/.test(digits) && month >= 1 && month <= 12 && day >= 1 && day <= 31 && /^(0[1-4]|1[1-9]|2[1-9]|3[1-5]|88)$/.test(digits.slice(7, 9));
  },
};
