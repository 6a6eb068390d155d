/**
 * dev-99's seeded values (`createSeededRandom(992026)`): the private person's value of each sensitive twin — mobile
 * numbers that libphonenumber calls valid mobiles of the country, IBANs with mod-97 check digits, Luhn-valid card
 * numbers outside the networks' published test numbers, Spanish DNIs with their letter, Dutch BSNs (11-test), US
 * SSNs outside the never-issued ranges, birth dates, personal e-mail addresses and live-looking API keys. Every value
 * is invented.
 */
import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/max";
import { createSeededRandom } from "../../../src/policies/clock.js";
import { luhnValid, mod97 } from "../../../src/privacy/checksums.js";

export const random = createSeededRandom(992026);
export const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
export const digits = (count: number) => Array.from({ length: count }, () => String(Math.floor(random() * 10))).join("");
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const two = (n: number) => String(n).padStart(2, "0");

/** Mobile prefixes (national form) per country; the rest is drawn until libphonenumber says "valid MOBILE". */
const MOBILE: Partial<Record<CountryCode, [prefix: string, rest: number, group: (digits: string) => string]>> = {
  DE: ["0151", 8, (d) => `${d.slice(0, 4)} ${d.slice(4)}`],
  FR: ["06", 8, (d) => d.replace(/(\d\d)(?=\d)/g, "$1 ")],
  ES: ["6", 8, (d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`],
  IT: ["347", 7, (d) => `${d.slice(0, 3)} ${d.slice(3)}`],
  PT: ["91", 7, (d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`],
  NL: ["06", 8, (d) => `${d.slice(0, 2)}-${d.slice(2)}`],
  PL: ["5", 8, (d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`],
  SE: ["070", 7, (d) => `${d.slice(0, 3)}-${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}`],
  TR: ["0532", 7, (d) => `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7, 9)} ${d.slice(9)}`],
  JP: ["090", 8, (d) => `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`],
  KR: ["010", 8, (d) => `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`],
  CN: ["138", 8, (d) => `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`],
  GB: ["07911", 6, (d) => `${d.slice(0, 5)} ${d.slice(5)}`],
  US: ["", 10, (d) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`],
  IN: ["98", 8, (d) => `${d.slice(0, 5)} ${d.slice(5)}`],
};

/** A private mobile number of `country` in its national written form. */
export function mobile(country: CountryCode): string {
  const [prefix, rest, group] = MOBILE[country]!;
  for (;;) {
    let national = prefix + digits(rest);
    if (country === "US") national = String(between(201, 989)) + String(between(2, 9)) + digits(2) + digits(4);
    if (country === "US" && national.slice(3, 6) === "555") continue;
    const parsed = parsePhoneNumberFromString(national, country);
    if (parsed?.isValid() && (country === "US" || parsed.getType() === "MOBILE")) return group(national);
  }
}

const IBAN_BBAN: Record<string, () => string> = {
  DE: () => digits(18),
  FR: () => digits(21) + digits(2),
  ES: () => digits(20),
  IT: () => pick([..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"]) + digits(22),
  NL: () => pick(["ABNA", "INGB", "RABO", "TRIO"]) + digits(10),
  PT: () => digits(21),
  PL: () => digits(24),
  SE: () => digits(20),
  TR: () => digits(5) + "0" + digits(16),
  GB: () => pick(["NWBK", "BARC", "HBUK", "LOYD"]) + digits(14),
};

/** A private IBAN of `country` (valid mod 97), grouped by four. */
export function iban(country: string): string {
  const bban = IBAN_BBAN[country]!();
  const check = 98 - mod97(bban + country + "00");
  return (country + two(check) + bban).replace(/(.{4})(?=.)/g, "$1 ");
}

/** Published test card numbers (Stripe, Braintree, Adyen): a drawn card must be none of them. */
export const TEST_CARDS = ["4242424242424242", "4000056655665556", "5555555555554444", "378282246310005", "4111111111111111"];
/** A Luhn-valid Visa or Mastercard number, grouped by four, not a published test number. */
export function card(): string {
  for (;;) {
    const payload = pick(["4", "51", "53", "55"]);
    const body = payload + digits(15 - payload.length);
    for (let check = 0; check < 10; check++)
      if (luhnValid(body + check) && !TEST_CARDS.includes(body + check)) return (body + check).replace(/(.{4})(?=.)/g, "$1 ");
  }
}

/** A Spanish DNI: eight digits and the letter of their remainder mod 23. */
export function dni(): string {
  const number = digits(8).replace(/^0/, "4");
  return number + "TRWAGMYFPDXBNJZSQVHLCKE"[Number(number) % 23]!;
}

/** A Dutch BSN (eleven-test: 9a + 8b + … + 2h − i ≡ 0 mod 11), not starting with 0. */
export function bsn(): string {
  for (;;) {
    const value = String(between(1, 9)) + digits(8);
    const sum = [...value].reduce((total, digit, index) => total + Number(digit) * (index === 8 ? -1 : 9 - index), 0);
    if (sum % 11 === 0) return value;
  }
}

/** A US SSN outside the never-issued areas (000, 666, 9xx), group 00 and serial 0000, and not a published example. */
export function ssn(): string {
  for (;;) {
    const area = between(101, 765);
    if (area === 666 || area === 123 || area === 78) continue;
    return `${String(area).padStart(3, "0")}-${two(between(1, 99))}-${String(between(1001, 9899)).padStart(4, "0")}`;
  }
}

/** A birth date as `style` writes it (d, m, y placeholders; CJK styles unpadded). */
export function birth(style: string): string {
  const [y, m, d] = [between(1948, 2004), between(1, 12), between(1, 28)];
  const cjk = /[年년月]/.test(style);
  return style
    .replace("y", String(y))
    .replace("m", cjk ? String(m) : two(m))
    .replace("d", cjk ? String(d) : two(d));
}

/** A personal address at a consumer mail host: given and family name, perhaps a number. */
export function personalEmail(given: string, family: string, host: string): string {
  const fold = (name: string) =>
    name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z]/g, "");
  return `${fold(given)}${pick([".", "_", ""])}${fold(family)}${pick(["", String(between(70, 99)), ""])}@${host}`;
}

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
/** A live-looking secret: `prefix` then `count` base62 characters. */
export const secret = (prefix: string, count: number) => prefix + Array.from({ length: count }, () => pick([...ALNUM])).join("");
