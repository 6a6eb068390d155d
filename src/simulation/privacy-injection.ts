import type { RandomSource } from "../index.js";
import type { ReplayItem } from "./dataset.js";
import { hash32, randomFor } from "./seeded.js";

/**
 * Synthetic sensitive data that is structurally valid (Luhn-valid card numbers, IBANs with correct
 * mod-97 check digits, phone numbers valid for their country, provider-shaped API keys...), inserted
 * into a share of the replayed prompts and labelled, so privacy compliance can be measured.
 * Every value is generated from a seed; none is a real person's.
 */
export type InjectedCategory = "health" | "email" | "phone" | "payment_card" | "iban" | "api_key" | "us_ssn";

const FIRST_NAMES = [
  "Maria",
  "James",
  "Aisha",
  "Chen",
  "Lukas",
  "Sofia",
  "Rahul",
  "Emma",
  "Mateo",
  "Yuki",
  "Olga",
  "Kwame",
  "Ines",
  "Noah",
  "Fatima",
  "Pieter",
];
const LAST_NAMES = [
  "Gonzalez",
  "Whitaker",
  "Okafor",
  "Lindqvist",
  "Moreau",
  "Kowalski",
  "Tanaka",
  "Haddad",
  "Brennan",
  "Novak",
  "Ferreira",
  "Schmidt",
  "Patel",
  "Osei",
];
const CONDITIONS = [
  "type 2 diabetes",
  "HIV",
  "major depressive disorder",
  "stage II breast cancer",
  "epilepsy",
  "bipolar disorder",
  "chronic kidney disease",
  "multiple sclerosis",
];
const MAIL_DOMAINS = ["gmail.com", "outlook.com", "fastmail.com", "proton.me", "gmx.de", "yahoo.co.uk"];
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function pick<T>(random: RandomSource, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)]!;
}

function digits(random: RandomSource, count: number): string {
  let out = "";
  for (let index = 0; index < count; index += 1) out += String(Math.floor(random() * 10));
  return out;
}

function characters(random: RandomSource, alphabet: string, count: number): string {
  let out = "";
  for (let index = 0; index < count; index += 1) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

/** Luhn check digit for a payload of digits. */
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  for (let index = 0; index < payload.length; index += 1) {
    let digit = Number(payload[payload.length - 1 - index]);
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** Remainder mod 97 of an IBAN-style alphanumeric string (letters as 10..35). */
export function ibanRemainder(text: string): number {
  let remainder = 0;
  for (const character of text) {
    const value = /[A-Z]/.test(character) ? String(character.charCodeAt(0) - 55) : character;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

export function syntheticCardNumber(random: RandomSource): string {
  const payload = `4${digits(random, 14)}`;
  const full = payload + String(luhnCheckDigit(payload));
  return full.replace(/(\d{4})(?=\d)/g, "$1 ");
}

export function syntheticIban(random: RandomSource): string {
  const bban = digits(random, 18);
  const check = 98 - ibanRemainder(`${bban}DE00`);
  const iban = `DE${String(check).padStart(2, "0")}${bban}`;
  return iban.replace(/(.{4})(?=.)/g, "$1 ");
}

export function syntheticPhone(random: RandomSource): string {
  const formats = [
    // Outside the ranges regulators reserve for drama and documentation (Ofcom 020 7946 0xxx,
    // NANP 555-01xx), which the privacy guard rightly treats as identifying nobody.
    () => `+44 20 ${pick(random, ["7123", "7836", "8340"])} ${digits(random, 4)}`,
    () => `+1 (${pick(random, ["212", "415", "646", "312", "617"])}) ${pick(random, ["734", "829", "466"])}-${digits(random, 4)}`,
    () => `+49 30 ${pick(random, ["9018", "2462", "8853"])}${digits(random, 3)}`,
  ];
  return pick(random, formats)();
}

export function syntheticSsn(random: RandomSource): string {
  const area = String(100 + Math.floor(random() * 565)).padStart(3, "0");
  return `${area}-${String(10 + Math.floor(random() * 89))}-${String(1000 + Math.floor(random() * 8999))}`;
}

function syntheticName(random: RandomSource): string {
  return `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
}

/** One labelled sentence holding sensitive data of the given category, and the sensitive value in it. */
export function sensitiveSentenceWithValue(category: InjectedCategory, random: RandomSource): { sentence: string; value: string } {
  const name = syntheticName(random);
  switch (category) {
    case "health": {
      const condition = pick(random, CONDITIONS);
      return { sentence: `My patient ${name} was diagnosed with ${condition} last month.`, value: condition };
    }
    case "email": {
      const user = `${name.toLowerCase().replace(" ", ".")}${digits(random, 2)}`;
      const address = `${user}@${pick(random, MAIL_DOMAINS)}`;
      return { sentence: `Please send the result to ${address}.`, value: address };
    }
    case "phone": {
      const phone = syntheticPhone(random);
      return { sentence: `You can reach ${name} on ${phone} if anything is unclear.`, value: phone };
    }
    case "payment_card": {
      const card = syntheticCardNumber(random);
      return { sentence: `${name} paid with card ${card}, expiry 0${1 + Math.floor(random() * 9)}/2${7 + Math.floor(random() * 3)}.`, value: card };
    }
    case "iban": {
      const iban = syntheticIban(random);
      return { sentence: `Transfer the refund to ${name}, IBAN ${iban}.`, value: iban };
    }
    case "api_key": {
      if (random() < 0.5) {
        const key = `sk-proj-${characters(random, ALNUM, 40)}`;
        return { sentence: `Our production key is ${key} (do not share it).`, value: key };
      }
      const key = `AKIA${characters(random, UPPER_ALNUM.replace(/[a-z]/g, ""), 16)}`;
      return { sentence: `The deploy job uses AWS key ${key}.`, value: key };
    }
    case "us_ssn": {
      const ssn = syntheticSsn(random);
      return { sentence: `${name}'s social security number is ${ssn}.`, value: ssn };
    }
  }
}

/** One labelled sentence holding sensitive data of the given category. */
export function sensitiveSentence(category: InjectedCategory, random: RandomSource): string {
  return sensitiveSentenceWithValue(category, random).sentence;
}

export const INJECTED_CATEGORIES: readonly InjectedCategory[] = ["health", "email", "phone", "payment_card", "iban", "api_key", "us_ssn"];

/**
 * Returns the items with `share` of them (exactly round(share * n), chosen by a seeded hash of the
 * prompt id, so the choice does not depend on order) rewritten to carry one sensitive sentence,
 * labelled in `item.sensitive`. Other items are returned unchanged.
 */
export function injectSensitiveData(items: readonly ReplayItem[], share: number, seed: number): ReplayItem[] {
  const count = Math.round(share * items.length);
  if (count === 0) return [...items];
  const ranked = items.map((item, index) => ({ index, rank: hash32(seed, "privacy", item.id) })).sort((a, b) => a.rank - b.rank || a.index - b.index);
  const chosen = new Set(ranked.slice(0, count).map((entry) => entry.index));
  return items.map((item, index) => {
    if (!chosen.has(index)) return item;
    const random = randomFor(seed, "privacy-value", item.id);
    const category = pick(random, INJECTED_CATEGORIES);
    const { sentence, value } = sensitiveSentenceWithValue(category, random);
    const prompt = random() < 0.5 ? `${sentence}\n\n${item.prompt}` : `${item.prompt}\n\n${sentence}`;
    return {
      ...item,
      prompt,
      sensitive: { categories: [...(item.sensitive?.categories ?? []), category], values: [...(item.sensitive?.values ?? []), { category, text: value }] },
    };
  });
}
