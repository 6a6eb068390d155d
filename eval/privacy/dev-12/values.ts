/**
 * Check-digit helpers for development set 12 (`eval/privacy/dev-12.ts`) beyond those of dev-10
 * (`../dev-10/values.ts`: Chinese ID, Aadhaar, Korean RRN, My Number, Luhn, SNILS, INN, IBAN). Written from the
 * published algorithms, not from any detector of this project; each has a `valid*` twin used by `check.ts`.
 */

const digits = (text: string) => [...text.replace(/\D/g, "")].map(Number);

/** Thai national ID: 12 digits + check digit (weights 13…2, (11 − sum mod 11) mod 10), printed 1-2345-67890-12-3. */
export function thaiId(body12: string): string {
  const d = digits(body12);
  const sum = d.reduce((total, digit, index) => total + digit * (13 - index), 0);
  const all = body12 + String((11 - (sum % 11)) % 10);
  return `${all[0]}-${all.slice(1, 5)}-${all.slice(5, 10)}-${all.slice(10, 12)}-${all[12]}`;
}
export const validThaiId = (text: string) => {
  const d = digits(text);
  return d.length === 13 && thaiId(d.slice(0, 12).join("")).endsWith(String(d[12]));
};

/** Iranian national code (کد ملی): 9 digits + check digit (weights 10…2, mod 11). */
export function iranCode(body9: string): string {
  const d = digits(body9);
  const rest = d.reduce((total, digit, index) => total + digit * (10 - index), 0) % 11;
  return body9 + String(rest < 2 ? rest : 11 - rest);
}
export const validIranCode = (text: string) => {
  const d = digits(text);
  return d.length === 10 && iranCode(d.slice(0, 9).join("")) === d.join("");
};

const TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO";
/** Taiwan national ID: letter + gender digit + 7 digits + check digit. */
export function taiwanId(letter: string, body8: string): string {
  const code = TW_LETTERS.indexOf(letter) + 10;
  const d = digits(body8);
  let sum = Math.floor(code / 10) + (code % 10) * 9;
  d.forEach((digit, index) => (sum += digit * (8 - index)));
  return letter + body8 + String((10 - (sum % 10)) % 10);
}
export const validTaiwanId = (text: string) => /^[A-Z][12]\d{8}$/.test(text) && taiwanId(text[0]!, text.slice(1, 9)) === text;

/** Hong Kong identity card: one letter + 6 digits + check character, printed A123456(7). */
export function hkid(letter: string, body6: string): string {
  let sum = 36 * 9 + (letter.charCodeAt(0) - 55) * 8;
  digits(body6).forEach((digit, index) => (sum += digit * (7 - index)));
  const check = (11 - (sum % 11)) % 11;
  return `${letter}${body6}(${check === 10 ? "A" : String(check)})`;
}
export const validHkid = (text: string) => {
  const match = /^([A-Z])(\d{6})\(?([0-9A])\)?$/.exec(text);
  return match !== null && hkid(match[1]!, match[2]!) === `${match[1]}${match[2]}(${match[3]})`;
};

/** Luhn check over all digits (Emirates ID 784-…, Saudi national/iqama number). */
export const validLuhn = (text: string) => {
  const d = digits(text).reverse();
  const sum = d.reduce((total, digit, index) => total + (index % 2 === 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit), 0);
  return sum % 10 === 0;
};

/** Ukrainian RNOKPP (ІПН): 9 digits + check digit (weights −1,5,7,9,4,6,10,5,7; mod 11 mod 10). */
export function rnokpp(body9: string): string {
  const weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7];
  const sum = digits(body9).reduce((total, digit, index) => total + digit * weights[index]!, 0);
  return body9 + String((((sum % 11) + 11) % 11) % 10);
}
export const validRnokpp = (text: string) => {
  const d = digits(text);
  return d.length === 10 && rnokpp(d.slice(0, 9).join("")) === d.join("");
};

/** Chinese resident ID MOD 11-2. */
export const validChineseId = (text: string) => {
  if (!/^\d{17}[\dX]$/.test(text)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...text.slice(0, 17)].reduce((total, char, index) => total + Number(char) * weights[index]!, 0);
  return "10X98765432"[sum % 11] === text[17];
};

/** Korean RRN check digit. */
export const validRrn = (text: string) => {
  const d = digits(text);
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = d.slice(0, 12).reduce((total, digit, index) => total + digit * weights[index]!, 0);
  return d.length === 13 && (11 - (sum % 11)) % 10 === d[12];
};

/** Japanese My Number check digit. */
export const validMyNumber = (text: string) => {
  const d = digits(text);
  if (d.length !== 12) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += d[11 - n]! * (n <= 6 ? n + 1 : n - 5);
  const rest = sum % 11;
  return (rest <= 1 ? 0 : 11 - rest) === d[11];
};

/** Russian personal INN (12 digits) two check digits. */
export const validInn = (text: string) => {
  const d = digits(text);
  const check = (n: number, weights: number[]) => (weights.reduce((total, weight, index) => total + weight * d[index]!, 0) % 11) % 10 === d[n];
  return d.length === 12 && check(10, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) && check(11, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]);
};
