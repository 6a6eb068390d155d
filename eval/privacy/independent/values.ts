// Value generators for the independent privacy set: seeded randomness and the public checksum
// algorithms of each identifier, written from the published specifications (not from the detectors).

import { createSeededRandom } from "../../../src/policies/clock.js";

export type Random = () => number;

/** mulberry32 from the project's clock module: deterministic, so `build.ts` always writes the same file. */
export const seededRandom: (seed: number) => Random = createSeededRandom;

export class Values {
  constructor(private readonly random: Random) {}

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    const item = list[Math.floor(this.random() * list.length)];
    if (item === undefined) throw new Error("pick from empty list");
    return item;
  }
  digits(count: number, firstNonZero = false): string {
    let out = "";
    for (let i = 0; i < count; i++) out += String(i === 0 && firstNonZero ? this.int(1, 9) : this.int(0, 9));
    return out;
  }
  letters(count: number, alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"): string {
    let out = "";
    for (let i = 0; i < count; i++) out += alphabet[this.int(0, alphabet.length - 1)];
    return out;
  }
  alnum(count: number, alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"): string {
    return this.letters(count, alphabet);
  }
  pad(n: number, width: number): string {
    return String(n).padStart(width, "0");
  }
  /** A birth date between 1938 and 2006 as [year, month, day]. */
  birthDate(): [number, number, number] {
    return [this.int(1938, 2006), this.int(1, 12), this.int(1, 28)];
  }

  // ---- payment cards (Luhn) -------------------------------------------------------------------
  card(brand: "visa" | "mastercard" | "amex" | "unionpay" | "jcb" = "visa"): string {
    const prefix = {
      visa: "4" + this.digits(5),
      mastercard: String(this.int(51, 55)) + this.digits(4),
      amex: this.pick(["34", "37"]) + this.digits(4),
      unionpay: "62" + this.digits(4),
      jcb: "35" + String(this.int(28, 89)) + this.digits(2),
    }[brand];
    const length = brand === "amex" ? 15 : 16;
    const body = prefix + this.digits(length - 1 - prefix.length);
    const full = body + luhnCheckDigit(body);
    if (KNOWN_TEST_CARDS.has(full)) return this.card(brand);
    return full;
  }

  // ---- IBAN (ISO 13616, mod 97) ----------------------------------------------------------------
  iban(country: "DE" | "FR" | "ES" | "IT" | "NL" | "PL" | "PT" | "GB" | "BE" | "AT" | "SA"): string {
    const bban = {
      DE: () => this.digits(8, true) + this.digits(10),
      FR: () => this.digits(10) + this.alnum(11, "0123456789") + this.digits(2),
      ES: () => this.digits(20),
      IT: () => this.letters(1) + this.digits(10) + this.digits(12),
      NL: () => this.pick(["INGB", "RABO", "ABNA", "SNSB", "TRIO"]) + this.digits(10),
      PL: () => this.digits(24),
      PT: () => this.digits(21),
      GB: () => this.pick(["BARC", "LOYD", "HBUK", "NWBK", "MIDL"]) + this.digits(14),
      BE: () => this.digits(12),
      AT: () => this.digits(16),
      SA: () => this.pick(["10", "20", "45", "80"]) + this.digits(18),
    }[country]();
    const check = 98 - mod97(ibanNumeric(bban + country + "00"));
    return country + this.pad(check, 2) + bban;
  }

  // ---- national identifiers -------------------------------------------------------------------
  usSsn(): string {
    let area = this.int(1, 899);
    while (area === 666) area = this.int(1, 899);
    const ssn = `${this.pad(area, 3)}-${this.pad(this.int(1, 99), 2)}-${this.pad(this.int(1, 9999), 4)}`;
    return ssn === "078-05-1120" || ssn === "219-09-9999" ? this.usSsn() : ssn;
  }
  chinaResidentId(): string {
    const region = this.pick(["110101", "110105", "310104", "310115", "440305", "440106", "510107", "330106", "420102", "320102", "610113"]);
    const [y, m, d] = this.birthDate();
    const body = region + y + this.pad(m, 2) + this.pad(d, 2) + this.digits(3);
    return body + chinaIdCheck(body);
  }
  aadhaar(): string {
    const body = String(this.int(2, 9)) + this.digits(10);
    return body + verhoeffCheckDigit(body);
  }
  pan(): string {
    return this.letters(3) + "P" + this.letters(1) + this.digits(4) + this.letters(1);
  }
  koreanRrn(): string {
    const [y, m, d] = this.birthDate();
    const gender = y >= 2000 ? this.pick(["3", "4"]) : this.pick(["1", "2"]);
    const body = this.pad(y % 100, 2) + this.pad(m, 2) + this.pad(d, 2) + gender + this.digits(5);
    return body.slice(0, 6) + "-" + body.slice(6) + koreanRrnCheck(body);
  }
  myNumber(): string {
    const body = this.digits(11, true);
    return body + myNumberCheck(body);
  }
  nhsNumber(): string {
    for (;;) {
      const body = this.digits(9, true);
      const check = nhsCheck(body);
      if (check !== null) return body + check;
    }
  }
  bsn(): string {
    for (;;) {
      const body = this.digits(8, true);
      const sum = [...body].reduce((acc, ch, i) => acc + Number(ch) * (9 - i), 0);
      const last = sum % 11;
      if (last <= 9) return body + String(last);
    }
  }
  pesel(): string {
    const [y, m, d] = this.birthDate();
    const month = y >= 2000 ? m + 20 : m;
    const body = this.pad(y % 100, 2) + this.pad(month, 2) + this.pad(d, 2) + this.digits(4);
    const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    const sum = [...body].reduce((acc, ch, i) => acc + Number(ch) * (weights[i] ?? 0), 0);
    return body + String((10 - (sum % 10)) % 10);
  }
  cpf(): string {
    const body = this.digits(9);
    const d1 = cpfDigit(body, 10);
    const d2 = cpfDigit(body + d1, 11);
    const all = body + d1 + d2;
    return `${all.slice(0, 3)}.${all.slice(3, 6)}.${all.slice(6, 9)}-${all.slice(9)}`;
  }
  dni(): string {
    const n = this.int(10000000, 99999999);
    return String(n) + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23];
  }
  nie(): string {
    const lead = this.int(0, 2);
    const n = this.digits(7);
    return "XYZ"[lead] + n + "TRWAGMYFPDXBNJZSQVHLCKE"[Number(String(lead) + n) % 23];
  }
  frenchNir(): string {
    const [y, m] = this.birthDate();
    const body = this.pick(["1", "2"]) + this.pad(y % 100, 2) + this.pad(m, 2) + this.pad(this.int(1, 95), 2) + this.digits(3) + this.digits(3);
    const key = 97 - Number(BigInt(body) % 97n);
    return `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10, 13)} ${this.pad(key, 2)}`;
  }
  codiceFiscale(): string {
    const months = "ABCDEHLMPRST";
    const [y, m, d] = this.birthDate();
    const day = this.pick([d, d + 40]);
    const body =
      this.letters(6, "BCDFGHLMNPRSTVZ") +
      this.pad(y % 100, 2) +
      months[m - 1] +
      this.pad(day, 2) +
      this.pick(["F205", "H501", "L219", "A944", "G273", "D612"]);
    return body + codiceFiscaleCheck(body);
  }
  germanTaxId(): string {
    for (;;) {
      const pool = this.shuffle(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]).slice(0, 9);
      const doubled = this.pick(pool);
      const at = this.int(0, 9);
      const ten = [...pool];
      ten.splice(at, 0, doubled);
      if (ten[0] === "0") continue;
      const body = ten.join("");
      return body + germanTaxIdCheck(body);
    }
  }
  ukNino(): string {
    return this.pick(["JT", "NR", "PC", "SK", "WL", "RB", "HG", "EY", "CE", "ML"]) + this.digits(6) + this.pick(["A", "B", "C", "D"]);
  }
  usEin(): string {
    return `${this.pick(["12", "27", "33", "46", "81", "94"])}-${this.digits(7)}`;
  }
  shuffle<T>(list: T[]): T[] {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      const a = out[i] as T;
      out[i] = out[j] as T;
      out[j] = a;
    }
    return out;
  }

  // ---- network ---------------------------------------------------------------------------------
  publicIpv4(): string {
    for (;;) {
      const a = this.int(1, 223);
      const b = this.int(0, 255);
      if (
        a === 10 ||
        a === 127 ||
        a === 0 ||
        (a === 100 && b >= 64 && b <= 127) ||
        (a === 169 && b === 254) ||
        (a === 172 && b >= 16 && b <= 31) ||
        (a === 192 && b === 168) ||
        (a === 198 && (b === 18 || b === 19))
      )
        continue;
      const c = this.int(0, 255);
      if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113) || (a === 192 && b === 0 && c === 0))
        continue;
      return `${a}.${b}.${c}.${this.int(1, 254)}`;
    }
  }
  publicIpv6(): string {
    const groups = [
      this.pick(["2a02", "2001", "2600", "2a01", "2405", "2c0f"]),
      this.alnum(4, "0123456789abcdef"),
      this.alnum(3, "123456789abcdef"),
      this.alnum(4, "0123456789abcdef"),
      this.alnum(4, "0123456789abcdef"),
      this.alnum(3, "0123456789abcdef"),
      this.alnum(4, "0123456789abcdef"),
      this.alnum(2, "0123456789abcdef"),
    ];
    return groups.join(":");
  }
}

export const KNOWN_TEST_CARDS = new Set([
  "4242424242424242",
  "4111111111111111",
  "5555555555554444",
  "378282246310005",
  "4000056655665556",
  "5105105105105100",
  "6011111111111117",
  "3530111333300000",
]);

export function luhnCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}
export function luhnValid(number: string): boolean {
  const digits = number.replace(/\D/g, "");
  return luhnCheckDigit(digits.slice(0, -1)) === digits.slice(-1);
}

export function ibanNumeric(s: string): string {
  return [...s.toUpperCase()].map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join("");
}
export function mod97(numeric: string): number {
  let rest = 0;
  for (const ch of numeric) rest = (rest * 10 + Number(ch)) % 97;
  return rest;
}
export function ibanValid(iban: string): boolean {
  const compact = iban.replace(/\s/g, "");
  return mod97(ibanNumeric(compact.slice(4) + compact.slice(0, 4))) === 1;
}

export function chinaIdCheck(body17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body17].reduce((acc, ch, i) => acc + Number(ch) * (weights[i] ?? 0), 0);
  return "10X98765432"[sum % 11] ?? "";
}

const VERHOEFF_D = [
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
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
function verhoeffTable(table: number[][], i: number, j: number): number {
  return table[i]?.[j] ?? 0;
}
export function verhoeffCheckDigit(body: string): string {
  let c = 0;
  const reversed = [...body].reverse().map(Number);
  reversed.forEach((digit, i) => {
    c = verhoeffTable(VERHOEFF_D, c, verhoeffTable(VERHOEFF_P, (i + 1) % 8, digit));
  });
  return String(VERHOEFF_INV[c]);
}
export function verhoeffValid(number: string): boolean {
  let c = 0;
  [...number.replace(/\D/g, "")]
    .reverse()
    .map(Number)
    .forEach((digit, i) => {
      c = verhoeffTable(VERHOEFF_D, c, verhoeffTable(VERHOEFF_P, i % 8, digit));
    });
  return c === 0;
}

export function koreanRrnCheck(body12: string): string {
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = [...body12].reduce((acc, ch, i) => acc + Number(ch) * (weights[i] ?? 0), 0);
  return String((11 - (sum % 11)) % 10);
}

export function myNumberCheck(body11: string): string {
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const p = Number(body11[11 - n]);
    const q = n <= 6 ? n + 1 : n - 5;
    sum += p * q;
  }
  const r = sum % 11;
  return String(r <= 1 ? 0 : 11 - r);
}

export function nhsCheck(body9: string): string | null {
  const sum = [...body9].reduce((acc, ch, i) => acc + Number(ch) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return null;
  return String(check === 11 ? 0 : check);
}

function cpfDigit(body: string, startWeight: number): string {
  const sum = [...body].reduce((acc, ch, i) => acc + Number(ch) * (startWeight - i), 0);
  const r = (sum * 10) % 11;
  return String(r === 10 ? 0 : r);
}

const CF_ODD: Record<string, number> = {
  "0": 1,
  "1": 0,
  "2": 5,
  "3": 7,
  "4": 9,
  "5": 13,
  "6": 15,
  "7": 17,
  "8": 19,
  "9": 21,
  A: 1,
  B: 0,
  C: 5,
  D: 7,
  E: 9,
  F: 13,
  G: 15,
  H: 17,
  I: 19,
  J: 21,
  K: 2,
  L: 4,
  M: 18,
  N: 20,
  O: 11,
  P: 3,
  Q: 6,
  R: 8,
  S: 12,
  T: 14,
  U: 16,
  V: 10,
  W: 22,
  X: 25,
  Y: 24,
  Z: 23,
};
export function codiceFiscaleCheck(body15: string): string {
  let sum = 0;
  [...body15].forEach((ch, i) => {
    if (i % 2 === 0) sum += CF_ODD[ch] ?? 0;
    else sum += /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
  });
  return String.fromCharCode(65 + (sum % 26));
}

export function germanTaxIdCheck(body10: string): string {
  let product = 10;
  for (const ch of body10) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return String(check === 10 ? 0 : check);
}

/** Russian SNILS (insurance number) check digits. */
export function snilsCheck(body9: string): string {
  const sum = [...body9].reduce((acc, ch, i) => acc + Number(ch) * (9 - i), 0);
  const rest = sum < 100 ? sum : sum % 101;
  return String(rest === 100 || rest === 101 ? 0 : rest).padStart(2, "0");
}
/** Russian personal INN (12 digits) check digits. */
export function innCheck(body10: string): string {
  const weighted = (digits: string, weights: number[]) => (weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0) % 11) % 10;
  const first = weighted(body10, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]);
  const second = weighted(body10 + first, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]);
  return `${first}${second}`;
}
export function snils(v: Values): string {
  const body = v.digits(9, true);
  return `${body.slice(0, 3)}-${body.slice(3, 6)}-${body.slice(6)} ${snilsCheck(body)}`;
}
export function inn(v: Values): string {
  const body = v.pick(["77", "78", "50", "16"]) + v.digits(8);
  return body + innCheck(body);
}
/** UAE Emirates ID: 784-YYYY-NNNNNNN-C with a Luhn check digit. */
export function emiratesId(v: Values): string {
  const body = "784" + String(v.int(1960, 2004)) + v.digits(7);
  const full = body + luhnCheckDigit(body);
  return `${full.slice(0, 3)}-${full.slice(3, 7)}-${full.slice(7, 14)}-${full.slice(14)}`;
}
