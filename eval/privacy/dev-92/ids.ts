/**
 * dev-92 identifiers: generators (from the set's seeded `random`) and validators for the national identifiers of the
 * set's languages, written from their published definitions (not from the guard): Chinese resident identity number
 * (GB 11643, ISO 7064 MOD 11-2), Taiwan national ID (letter value, weights 1 9 8 … 1), Korean resident registration
 * number (weights 2…9 2…5, mod 11), Emirates ID (784, Luhn), Aadhaar (Verhoeff: the project's checksums.ts), Russian SNILS (weights 9…1, mod 101),
 * Ukrainian RNOKPP (weights −1 5 7 9 4 6 10 5 7, mod 11), Turkish TC Kimlik (two check digits), Vietnamese CCCD (no
 * check digit: province, century and sex, year), Thai ID (weights 13…2, mod 11), Greek AMKA (birth date, Luhn),
 * Israeli Teudat Zehut (weights 1 2, digit sums), Indonesian NIK (region, birth date with +40 for women; no check
 * digit), Swedish personnummer (Luhn over the last ten digits).
 */
import { verhoeffValid } from "../../../src/privacy/checksums.js";

export type Random = () => number;

const digitsOf = (value: string) => [...value.replace(/\D/g, "")].map(Number);
const pad = (value: number, width = 2) => String(value).padStart(width, "0");

export function luhnOk(value: string): boolean {
  const list = digitsOf(value).reverse();
  const sum = list.reduce((total, digit, index) => total + (index % 2 === 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit), 0);
  return list.length > 0 && sum % 10 === 0;
}

const CN_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
export function cnIdOk(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const sum = CN_WEIGHTS.reduce((total, weight, index) => total + weight * Number(value[index]), 0);
  return "10X98765432"[sum % 11] === value[17];
}

const TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO";
export function twIdOk(value: string): boolean {
  if (!/^[A-Z][12]\d{8}$/.test(value)) return false;
  const code = 10 + TW_LETTERS.indexOf(value[0]!);
  const weights = [8, 7, 6, 5, 4, 3, 2, 1, 1];
  const sum = Math.floor(code / 10) + (code % 10) * 9 + weights.reduce((total, weight, index) => total + weight * Number(value[index + 1]), 0);
  return sum % 10 === 0;
}

export function krRrnOk(value: string): boolean {
  const list = digitsOf(value);
  if (list.length !== 13) return false;
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = weights.reduce((total, weight, index) => total + weight * list[index]!, 0);
  return (11 - (sum % 11)) % 10 === list[12];
}

export const emiratesIdOk = (value: string) => /^784-\d{4}-\d{7}-\d$/.test(value) && luhnOk(value);

/** Aadhaar's Verhoeff check: the project's implementation (src/privacy/checksums.ts), over the digits. */
export const verhoeffOk = (value: string) => verhoeffValid(digitsOf(value).join(""));
export const aadhaarOk = (value: string) => /^[2-9]\d{3} \d{4} \d{4}$/.test(value) && verhoeffOk(value);

export function snilsOk(value: string): boolean {
  if (!/^\d{3}-\d{3}-\d{3} \d{2}$/.test(value)) return false;
  const list = digitsOf(value);
  let sum = list.slice(0, 9).reduce((total, digit, index) => total + digit * (9 - index), 0);
  if (sum > 101) sum %= 101;
  const check = sum === 100 || sum === 101 ? 0 : sum;
  return check === list[9]! * 10 + list[10]!;
}

export function rnokppOk(value: string): boolean {
  const list = digitsOf(value);
  if (list.length !== 10) return false;
  const weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7];
  const sum = weights.reduce((total, weight, index) => total + weight * list[index]!, 0);
  return (((sum % 11) + 11) % 11) % 10 === list[9];
}

export function tcKimlikOk(value: string): boolean {
  const list = digitsOf(value);
  if (list.length !== 11 || list[0] === 0) return false;
  const odd = list[0]! + list[2]! + list[4]! + list[6]! + list[8]!;
  const even = list[1]! + list[3]! + list[5]! + list[7]!;
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = list.slice(0, 10).reduce((total, digit) => total + digit, 0) % 10;
  return tenth === list[9] && eleventh === list[10];
}

export function thaiIdOk(value: string): boolean {
  const list = digitsOf(value);
  if (list.length !== 13) return false;
  const sum = list.slice(0, 12).reduce((total, digit, index) => total + digit * (13 - index), 0);
  return (11 - (sum % 11)) % 10 === list[12];
}

export const amkaOk = (value: string) => /^\d{11}$/.test(value) && luhnOk(value);

export function teudatZehutOk(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const sum = digitsOf(value).reduce((total, digit, index) => {
    const product = digit * (index % 2 === 0 ? 1 : 2);
    return total + (product > 9 ? product - 9 : product);
  }, 0);
  return sum % 10 === 0;
}

export const personnummerOk = (value: string) => /^\d{6}-\d{4}$/.test(value) && luhnOk(value);

/** CCCD and NIK have no check digit: their structure (province / region, birth date) is checked instead. */
export const cccdOk = (value: string) => /^0[0-9]{2}[0-3]\d{2}\d{6}$/.test(value);
export function nikOk(value: string): boolean {
  if (!/^\d{16}$/.test(value)) return false;
  const day = Number(value.slice(6, 8)) % 40;
  const month = Number(value.slice(8, 10));
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

// ---------------------------------------------------------------- generators

export function makeIds(random: Random) {
  const int = (below: number) => Math.floor(random() * below);
  const digits = (count: number) => Array.from({ length: count }, () => String(int(10))).join("");
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const year = () => 1955 + int(45);
  const month = () => 1 + int(12);
  const day = () => 1 + int(28);
  const completeWith = (body: string, ok: (value: string) => boolean, shape: (all: string) => string = (all) => all): string => {
    for (let check = 0; check <= 9; check++) if (ok(shape(body + check))) return shape(body + check);
    return "";
  };
  const retry = (make: () => string): string => {
    for (;;) {
      const value = make();
      if (value) return value;
    }
  };
  return {
    cn: () =>
      retry(() => {
        const body = `${pick(["110105", "310115", "440305", "510107", "330106"])}${year()}${pad(month())}${pad(day())}${digits(2)}${2 * int(5)}`;
        return [..."0123456789X"].map((check) => body + check).find(cnIdOk) ?? "";
      }),
    tw: () => retry(() => completeWith(`${pick([..."ABEFHT"])}2${digits(7)}`, twIdOk)),
    kr: () =>
      retry(() => completeWith(`${pad(year() % 100)}${pad(month())}${pad(day())}2${digits(5)}`, krRrnOk, (all) => `${all.slice(0, 6)}-${all.slice(6)}`)),
    ae: () =>
      retry(() =>
        completeWith(`784${year()}${digits(7)}`, emiratesIdOk, (all) => `${all.slice(0, 3)}-${all.slice(3, 7)}-${all.slice(7, 14)}-${all.slice(14)}`),
      ),
    in: () => retry(() => completeWith(`${2 + int(8)}${digits(10)}`, aadhaarOk, (all) => `${all.slice(0, 4)} ${all.slice(4, 8)} ${all.slice(8)}`)),
    ru: () =>
      retry(() => {
        const body = `${1 + int(9)}${digits(8)}`;
        for (let check = 0; check <= 99; check++) {
          const value = `${body.slice(0, 3)}-${body.slice(3, 6)}-${body.slice(6)} ${pad(check)}`;
          if (snilsOk(value)) return value;
        }
        return "";
      }),
    ua: () => retry(() => completeWith(`${20_000 + int(15_000)}${digits(3)}${2 * int(5)}`, rnokppOk)),
    tr: () =>
      retry(() => {
        const body = `${1 + int(9)}${digits(8)}`;
        for (let ten = 0; ten <= 9; ten++)
          for (let eleven = 0; eleven <= 9; eleven++) if (tcKimlikOk(`${body}${ten}${eleven}`)) return `${body}${ten}${eleven}`;
        return "";
      }),
    vn: () => `0${pick(["01", "79", "48", "31"])}${1}${pad(year() % 100)}${digits(6)}`,
    th: () =>
      retry(() =>
        completeWith(`${pick(["1", "3"])}${digits(11)}`, thaiIdOk, (all) => `${all[0]}-${all.slice(1, 5)}-${all.slice(5, 10)}-${all.slice(10, 12)}-${all[12]}`),
      ),
    gr: () => retry(() => completeWith(`${pad(day())}${pad(month())}${pad(year() % 100)}${digits(3)}${2 * int(5)}`, amkaOk)),
    il: () => retry(() => completeWith(`${pick(["0", "2", "3"])}${digits(7)}`, teudatZehutOk)),
    id: () => `${pick(["3174", "3273", "3578", "3471"])}${pad(1 + int(20))}${pad(40 + day())}${pad(month())}${pad(year() % 100)}${pad(1 + int(999), 4)}`,
    se: () =>
      retry(() =>
        completeWith(
          `${pad(year() % 100)}${pad(month())}${pad(day())}${digits(2)}${2 * int(5)}`,
          personnummerOk,
          (all) => `${all.slice(0, 6)}-${all.slice(6)}`,
        ),
      ),
    caseNo: (length: number) => `${1 + int(9)}${digits(length - 1)}`,
  };
}
