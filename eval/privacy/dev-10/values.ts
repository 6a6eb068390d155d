/**
 * Check-digit helpers for development set 10 (`eval/privacy/dev-10.ts`): every positive identifier is an
 * invented number completed with its real check digit, so a detector cannot drop it for failing a checksum.
 * Written from the published algorithms (not from any detector of this project).
 */

const digitsOf = (text: string) => text.replace(/\D/g, "");

/** Appends the Luhn check digit to `body` (spaces or dashes kept as written). */
export function luhn(body: string): string {
  const digits = digitsOf(body);
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return body + String((10 - (sum % 10)) % 10);
}

function mod97(numeric: string): number {
  let rest = 0;
  for (const char of numeric) rest = (rest * 10 + Number(char)) % 97;
  return rest;
}

const lettersToDigits = (text: string) => text.toUpperCase().replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));

/** An IBAN for `country` and `bban` with its mod-97 check digits, printed in groups of four. */
export function iban(country: string, bban: string): string {
  const check = 98 - mod97(lettersToDigits(bban + country + "00"));
  const raw = country + String(check).padStart(2, "0") + bban;
  return raw.replace(/(.{4})/g, "$1 ").trim();
}

/** The same IBAN without spaces. */
export const ibanCompact = (country: string, bban: string) => iban(country, bban).replace(/ /g, "");

/** Chinese resident identity number: 17 digits + ISO 7064 MOD 11-2 check character. */
export function chineseId(body17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body17].reduce((total, char, index) => total + Number(char) * weights[index]!, 0);
  return body17 + "10X98765432"[sum % 11];
}

/** Turkish T.C. Kimlik No: 9 digits + two check digits. */
export function tcKimlik(body9: string): string {
  const d = [...body9].map(Number);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = (d.reduce((a, b) => a + b, 0) + tenth) % 10;
  return body9 + String(tenth) + String(eleventh);
}

/** Polish PESEL: 10 digits + check digit. */
export function pesel(body10: string): string {
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...body10].reduce((total, char, index) => total + Number(char) * weights[index]!, 0);
  return body10 + String((10 - (sum % 10)) % 10);
}

/** Dutch BSN: 8 digits + the digit that passes the 11-test (throws when none does). */
export function bsn(body8: string): string {
  const sum = [...body8].reduce((total, char, index) => total + Number(char) * (9 - index), 0);
  const last = sum % 11;
  if (last > 9) throw new Error(`bsn ${body8}: no check digit`);
  return body8 + String(last);
}

/** Spanish DNI: 8 digits + control letter. */
export const dni = (number8: string) => number8 + "TRWAGMYFPDXBNJZSQVHLCKE"[Number(number8) % 23];

/** Brazilian CPF printed 000.000.000-00. */
export function cpf(body9: string): string {
  const d = [...body9].map(Number);
  const check = (digits: number[]) => {
    const sum = digits.reduce((total, digit, index) => total + digit * (digits.length + 1 - index), 0);
    const rest = (sum * 10) % 11;
    return rest === 10 ? 0 : rest;
  };
  const first = check(d);
  const second = check([...d, first]);
  const all = body9 + String(first) + String(second);
  return `${all.slice(0, 3)}.${all.slice(3, 6)}.${all.slice(6, 9)}-${all.slice(9)}`;
}

/** Verhoeff tables (Verhoeff 1969); dev-98/schemes.ts reads them too. */
export const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
export const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
export const VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

/** Aadhaar: 11 digits + Verhoeff check digit, printed 0000 0000 0000 (or with `separator`). */
export function aadhaar(body11: string, separator = " "): string {
  let c = 0;
  const reversed = [...body11].reverse().map(Number);
  reversed.forEach((digit, index) => {
    c = VERHOEFF_D[c]![VERHOEFF_P[(index + 1) % 8]![digit]!]!;
  });
  const all = body11 + String(VERHOEFF_INV[c]);
  return [all.slice(0, 4), all.slice(4, 8), all.slice(8)].join(separator);
}

/** Korean resident registration number: 12 digits + check digit, printed 000000-0000000. */
export function rrn(body12: string): string {
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = [...body12].reduce((total, char, index) => total + Number(char) * weights[index]!, 0);
  const all = body12 + String((11 - (sum % 11)) % 10);
  return `${all.slice(0, 6)}-${all.slice(6)}`;
}

/** Russian SNILS: 9 digits + two check digits, printed 000-000-000 00. */
export function snils(body9: string): string {
  const sum = [...body9].reduce((total, char, index) => total + Number(char) * (9 - index), 0);
  let check = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : sum % 101;
  if (check === 100) check = 0;
  return `${body9.slice(0, 3)}-${body9.slice(3, 6)}-${body9.slice(6)} ${String(check).padStart(2, "0")}`;
}

/** French NIR (INSEE): 13 digits + key (97 − n mod 97), printed in the usual groups. */
export function insee(body13: string): string {
  const key = 97 - mod97(body13);
  const b = body13;
  return `${b[0]} ${b.slice(1, 3)} ${b.slice(3, 5)} ${b.slice(5, 7)} ${b.slice(7, 10)} ${b.slice(10, 13)} ${String(key).padStart(2, "0")}`;
}

/** Swedish personnummer YYMMDD-NNNC (Luhn over the ten digits). */
export function personnummer(date6: string, serial3: string): string {
  const full = luhn(date6 + serial3);
  return `${full.slice(0, 6)}-${full.slice(6)}`;
}

/** German Steuer-IdNr: 10 digits + ISO 7064 MOD 11,10 check digit, printed as the body is spaced. */
export function steuerId(body: string): string {
  let product = 10;
  for (const char of body.replace(/\D/g, "")) {
    let sum = (Number(char) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return body + String(check === 10 ? 0 : check);
}

const CF_ODD: Record<string, number> = Object.fromEntries(
  [..."0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((char, index) => {
    const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
    return [char, index < 10 ? odd[index]! : odd[index - 10]!];
  }),
);

/** Italian codice fiscale: 15 characters + control letter. */
export function codiceFiscale(body15: string): string {
  let sum = 0;
  [...body15].forEach((char, index) => {
    if (index % 2 === 0) sum += CF_ODD[char]!;
    else sum += /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 65;
  });
  return body15 + String.fromCharCode(65 + (sum % 26));
}

/** Russian personal INN: 10 digits + two check digits. */
export function innPerson(body10: string): string {
  const check = (digits: string, weights: number[]) => String((weights.reduce((total, weight, index) => total + weight * Number(digits[index]), 0) % 11) % 10);
  const eleven = body10 + check(body10, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]);
  return eleven + check(eleven, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]);
}

/** Japanese My Number (個人番号): 11 digits + check digit, printed 0000 0000 0000. */
export function myNumber(body11: string): string {
  const digits = [...body11].map(Number);
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += digits[11 - n]! * (n <= 6 ? n + 1 : n - 5);
  const rest = sum % 11;
  const all = body11 + String(rest <= 1 ? 0 : 11 - rest);
  return `${all.slice(0, 4)} ${all.slice(4, 8)} ${all.slice(8)}`;
}
