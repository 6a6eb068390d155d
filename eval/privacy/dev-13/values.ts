/**
 * Check-digit helpers for development set 13 (`eval/privacy/dev-13.ts`) beyond those of dev-10 and dev-12: Israeli
 * Teudat Zehut, Greek AMKA (Luhn over DDMMYY + 5 digits), Czech rodné číslo (mod 11), Hungarian TAJ and tax number
 * (adóazonosító jel), Romanian CNP. Written from the published algorithms, not from any detector of this project;
 * each builder has a `valid*` twin used by `check.ts`.
 */
import { luhn } from "../dev-10/values.js";

const digits = (text: string) => [...text.replace(/\D/g, "")].map(Number);

/** Israeli Teudat Zehut: 8 digits + check digit (weights 1,2,1,2…, digit sums, total ≡ 0 mod 10). */
export function teudatZehut(body8: string): string {
  const sum = digits(body8).reduce((total, digit, index) => {
    const product = digit * (index % 2 === 0 ? 1 : 2);
    return total + (product > 9 ? product - 9 : product);
  }, 0);
  return body8 + String((10 - (sum % 10)) % 10);
}
export const validTeudatZehut = (text: string) => {
  const d = digits(text);
  return d.length === 9 && teudatZehut(d.slice(0, 8).join("")) === d.join("");
};

/** Greek AMKA: DDMMYY + 4 digits + Luhn check digit. */
export const amka = (body10: string) => luhn(body10);
export const validAmka = (text: string) => {
  const d = digits(text).join("");
  return d.length === 11 && luhn(d.slice(0, 10)) === d && Number(d.slice(0, 2)) <= 31 && Number(d.slice(2, 4)) <= 12;
};

/** Czech/Slovak rodné číslo after 1954: YYMMDD/XXXX whose 10 digits are divisible by 11 (women: month + 50). */
export function rodneCislo(date6: string, serial3: string): string {
  const rest = Number(date6 + serial3) % 11;
  return `${date6}/${serial3}${rest === 10 ? 0 : rest}`;
}
export const validRodneCislo = (text: string) => {
  const d = digits(text).join("");
  if (d.length !== 10) return false;
  const rest = Number(d.slice(0, 9)) % 11;
  return (rest === 10 ? 0 : rest) === Number(d[9]) && Number(d.slice(2, 4)) % 50 <= 12;
};

/** Hungarian TAJ: 8 digits + check digit (weights 3,7,3,7…, mod 10), printed 123 456 789. */
export function taj(body8: string): string {
  const sum = digits(body8).reduce((total, digit, index) => total + digit * (index % 2 === 0 ? 3 : 7), 0);
  const all = body8 + String(sum % 10);
  return `${all.slice(0, 3)} ${all.slice(3, 6)} ${all.slice(6)}`;
}
export const validTaj = (text: string) => {
  const d = digits(text);
  return d.length === 9 && taj(d.slice(0, 8).join("")).replace(/ /g, "") === d.join("");
};

/** Hungarian adóazonosító jel: 8 + days since 1867-01-01 (5 digits) + 3 digits + check (Σ dᵢ·i mod 11, never 10). */
export function adoazonosito(birth: string, serial3: string): string {
  const days = Math.round((Date.parse(`${birth}T00:00:00Z`) - Date.parse("1867-01-01T00:00:00Z")) / 86_400_000);
  const body = `8${String(days).padStart(5, "0")}${serial3}`;
  const check = digits(body).reduce((total, digit, index) => total + digit * (index + 1), 0) % 11;
  if (check === 10) throw new Error(`adóazonosító ${body}: check 10, pick another serial`);
  return body + String(check);
}
export const validAdoazonosito = (text: string) => {
  const d = digits(text);
  const check = d.slice(0, 9).reduce((total, digit, index) => total + digit * (index + 1), 0) % 11;
  return d.length === 10 && d[0] === 8 && check === d[9];
};

/** Romanian CNP: S YYMMDD JJ NNN + check (weights 279146358279, mod 11, 10 → 1). */
export function cnp(body12: string): string {
  const weights = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9];
  const rest = digits(body12).reduce((total, digit, index) => total + digit * weights[index]!, 0) % 11;
  return body12 + String(rest === 10 ? 1 : rest);
}
export const validCnp = (text: string) => {
  const d = digits(text).join("");
  return d.length === 13 && cnp(d.slice(0, 12)) === d;
};
