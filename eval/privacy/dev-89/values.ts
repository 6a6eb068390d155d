/**
 * dev-89's generated values: card, IBAN, tax and identity numbers with valid check digits (src/privacy/checksums.ts),
 * drawn from a seeded source (`createSeededRandom(89)`), so the same seed gives the same set. Every value is invented.
 */
import { createSeededRandom } from "../../../src/policies/clock.js";
import { abaRoutingValid, germanTaxIdValid, ibanValid, luhnValid, spanishIdValid } from "../../../src/privacy/checksums.js";

const random = createSeededRandom(89);
const digit = () => String(Math.floor(random() * 10));
const digits = (count: number) => Array.from({ length: count }, digit).join("");

/** `payload` followed by the one digit that makes `valid` true. */
function withCheckDigit(payload: string, valid: (value: string) => boolean): string {
  for (let check = 0; check < 10; check++) if (valid(payload + String(check))) return payload + String(check);
  throw new Error(`no check digit for ${payload}`);
}

/** `value` in groups of `size` characters separated by `separator`. */
export function grouped(value: string, size = 4, separator = " "): string {
  const parts: string[] = [];
  for (let index = 0; index < value.length; index += size) parts.push(value.slice(index, index + size));
  return parts.join(separator);
}

const card = (prefix: string, length: number) => withCheckDigit(prefix + digits(length - prefix.length - 1), luhnValid);

function iban(country: string, bbanLength: number): string {
  const bban = digits(bbanLength);
  for (let check = 2; check < 99; check++) {
    const value = country + String(check).padStart(2, "0") + bban;
    if (ibanValid(value)) return value;
  }
  throw new Error(`no IBAN check for ${bban}`);
}

function steuerId(): string {
  for (;;) {
    const payload = String(1 + Math.floor(random() * 9)) + digits(9);
    for (let check = 0; check < 10; check++) {
      const value = payload + String(check);
      if (germanTaxIdValid(value)) return value;
    }
  }
}

/** French NIR: sex, year, month, département, commune, order, then the key 97 − (number mod 97). */
function nir(sex: "1" | "2", year: string, month: string, department: string): string {
  const body = sex + year + month + department + digits(3) + digits(3);
  return body + String(97 - Number(BigInt(body) % 97n)).padStart(2, "0");
}

function dni(): string {
  for (;;) {
    const number = digits(8);
    for (const letter of "TRWAGMYFPDXBNJZSQVHLCKE") if (spanishIdValid(number + letter)) return number + letter;
  }
}

const routing = (prefix: string) => withCheckDigit(prefix + digits(8 - prefix.length), abaRoutingValid);

export const V = {
  visa: card("4", 16),
  visa2: card("4", 16),
  master: card("52", 16),
  master2: card("54", 16),
  amex: card("37", 15),
  sin: withCheckDigit(String(1 + Math.floor(random() * 7)) + digits(7), luhnValid),
  sin2: withCheckDigit(String(1 + Math.floor(random() * 7)) + digits(7), luhnValid),
  ibanGb: "GB" + "00" + "MIDL" + digits(14),
  ibanDe: iban("DE", 18),
  ibanDe2: iban("DE", 18),
  ibanFr: iban("FR", 23),
  ibanEs: iban("ES", 20),
  ibanEs2: iban("ES", 20),
  steuer: steuerId(),
  steuer2: steuerId(),
  nir: nir("2", "87", "04", "69"),
  nir2: nir("1", "79", "11", "33"),
  dni: dni(),
  dni2: dni(),
  routing: routing("0"),
  account: digits(10),
  account2: digits(8),
};

// The GB IBAN needs its bank code inside the check: recompute with the letters.
for (let check = 2; check < 99; check++) {
  const value = "GB" + String(check).padStart(2, "0") + V.ibanGb.slice(4);
  if (ibanValid(value)) {
    V.ibanGb = value;
    break;
  }
}
