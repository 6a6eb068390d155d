// Building blocks for prompts: a tagged template that records the exact span of every sensitive
// value, and adversarial rewrites of a value (zero-width characters, full-width forms, spelling out).

import type { Lang } from "./locales.js";

export type Category =
  | "email"
  | "phone"
  | "payment_card"
  | "iban"
  | "bank_account"
  | "national_id"
  | "passport"
  | "tax_id"
  | "address"
  | "date_of_birth"
  | "health"
  | "credentials"
  | "ip_address"
  | "medical_record_number"
  | "driver_license"
  | "financial"
  | "biometric";

export type Format =
  | "free-text"
  | "json"
  | "yaml"
  | "csv"
  | "tsv"
  | "hl7"
  | "fhir"
  | "vcard"
  | "sql"
  | "log"
  | "http-headers"
  | "email"
  | "code"
  | "markdown"
  | "env"
  | "xml"
  | "mrz";
export type Variant = "plain" | "structured" | "adversarial" | "hard-negative";

export interface Span {
  start: number;
  end: number;
  category: Category;
  value: string;
}

export interface Prompt {
  id: string;
  text: string;
  sensitive: boolean;
  categories: Category[];
  language: Lang;
  format: Format;
  variant: Variant;
  spans: Span[];
  public_test_value?: true;
  note?: string;
}

/** A sensitive value inside a template. */
export class Sensitive {
  constructor(
    readonly category: Category,
    readonly value: string,
  ) {}
}
export const s = (category: Category, value: string) => new Sensitive(category, value);

export interface Built {
  text: string;
  spans: Span[];
}

/** Tagged template: plain interpolations are text, `s(...)` interpolations become spans. */
export function T(strings: TemplateStringsArray, ...values: Array<string | number | Sensitive>): Built {
  let text = "";
  const spans: Span[] = [];
  strings.forEach((chunk, i) => {
    text += chunk;
    if (i >= values.length) return;
    const value = values[i];
    if (value instanceof Sensitive) {
      spans.push({ start: text.length, end: text.length + value.value.length, category: value.category, value: value.value });
      text += value.value;
    } else if (value !== undefined) {
      text += String(value);
    }
  });
  return { text, spans };
}

/** Joins already-built pieces (e.g. CSV rows) shifting their spans. */
export function join(parts: Array<Built | string>, separator = ""): Built {
  let text = "";
  const spans: Span[] = [];
  parts.forEach((part, i) => {
    if (i > 0) text += separator;
    if (typeof part === "string") {
      text += part;
      return;
    }
    for (const span of part.spans) spans.push({ ...span, start: span.start + text.length, end: span.end + text.length });
    text += part.text;
  });
  return { text, spans };
}

const ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"];
/** Inserts zero-width characters every `every` characters. */
export function zeroWidth(value: string, every = 3, which = 0): string {
  let out = "";
  [...value].forEach((ch, i) => {
    out += ch;
    if (i > 0 && i % every === every - 1 && i < value.length - 1) out += ZERO_WIDTH[(which + i) % ZERO_WIDTH.length];
  });
  return out;
}
/** Digits, letters, `@`, `.` and `-` to their full-width forms. */
export function fullWidth(value: string, lettersToo = false): string {
  return [...value]
    .map((ch) => {
      if (/[0-9@.\-+:/]/.test(ch) || (lettersToo && /[A-Za-z]/.test(ch))) return String.fromCharCode(ch.charCodeAt(0) + 0xfee0);
      return ch;
    })
    .join("");
}
export function fullWidthAt(value: string): string {
  return value.replace("@", "＠");
}
/** Puts a space (or another separator) between every digit. */
export function spaced(value: string, separator = " "): string {
  return [...value.replace(/[\s-]/g, "")].join(separator);
}

const DIGIT_WORDS: Partial<Record<Lang, string[]>> = {
  en: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
  de: ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
  fr: ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
  es: ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
  it: ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
  pt: ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
  zh: ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"],
  hinglish: ["zero", "ek", "do", "teen", "char", "paanch", "chhe", "saat", "aath", "nau"],
};
/** Spells every digit as a word; other characters (letters, separators) are kept or dropped. */
export function spelledOut(value: string, lang: Lang = "en", separator = " "): string {
  const words = DIGIT_WORDS[lang] ?? DIGIT_WORDS.en ?? [];
  return [...value]
    .filter((ch) => /[0-9A-Za-z]/.test(ch))
    .map((ch) => (/[0-9]/.test(ch) ? (words[Number(ch)] ?? ch) : ch))
    .join(separator);
}
/** `jane.doe@mail.com` → `jane dot doe at mail dot com` (or bracketed). */
export function atDot(value: string, style: "words" | "brackets" = "words"): string {
  const at = style === "words" ? " at " : " [at] ";
  const dot = style === "words" ? " dot " : " [dot] ";
  return value.replace("@", at).replace(/\./g, dot);
}
/** Groups the characters of `value` (non-space) in blocks of `size`. */
export function grouped(value: string, size = 4, separator = " "): string {
  const compact = value.replace(/\s/g, "");
  const out: string[] = [];
  for (let i = 0; i < compact.length; i += size) out.push(compact.slice(i, i + size));
  return out.join(separator);
}
