/**
 * Builds prompts.jsonl from the hand-written files in source/. Each record starts with a header
 * line `### <lang> <format>` (sensitive) or `### <lang> <format> neg:<kind>` (hard negative); the
 * body runs to the next header. Sensitive values are marked inline as ⟦category|value⟧; the markers
 * are removed and their spans recorded (UTF-16 offsets, end exclusive). Checks: negatives hold no
 * marker, sensitive records hold one, cards pass Luhn, IBANs mod 97, phone numbers libphonenumber.
 * Usage: npx tsx eval/privacy/independent-2/build.ts [--check]
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isValidPhoneNumber, type CountryCode } from "libphonenumber-js";

const here = dirname(fileURLToPath(import.meta.url));
const OPEN = "⟦";
const CLOSE = "⟧";
const CATEGORIES = new Set([
  "email",
  "phone",
  "payment_card",
  "iban",
  "us_ssn",
  "national_id",
  "passport",
  "ip_address",
  "street_address",
  "health",
  "medical_record",
  "date_of_birth",
  "bank_account",
  "api_key",
  "private_key",
  "jwt",
  "password",
  "connection_string",
  "driver_license",
  "tax_id",
  "financial",
  "biometric",
]);
/** Countries where a national-form phone number of a record in that language must be valid. */
const PHONE_COUNTRIES: Record<string, CountryCode[]> = {
  en: ["US", "GB", "IE", "CA", "AU"],
  de: ["DE", "AT", "CH"],
  fr: ["FR", "BE", "CH", "CA"],
  es: ["ES", "MX", "AR", "CO"],
  it: ["IT", "CH"],
  pt: ["PT", "BR"],
  nl: ["NL", "BE"],
  pl: ["PL"],
  ru: ["RU"],
  uk: ["UA"],
  tr: ["TR"],
  ar: ["AE", "SA", "EG"],
  hi: ["IN"],
  zh: ["CN", "TW"],
  ja: ["JP"],
  ko: ["KR"],
  vi: ["VN"],
  id: ["ID"],
  sv: ["SE"],
};

interface Span {
  start: number;
  end: number;
  category: string;
}
interface Labelled {
  id: string;
  prompt: string;
  sensitive: boolean;
  spans: Span[];
  lang: string;
  format: string;
  negative_kind?: string;
}

const luhn = (digits: string) =>
  [...digits].reverse().reduce((sum, char, index) => {
    let value = Number(char);
    if (index % 2 === 1) value = value * 2 > 9 ? value * 2 - 9 : value * 2;
    return sum + value;
  }, 0) %
    10 ===
  0;
const ibanValid = (value: string) => {
  const compact = value.replace(/\s/g, "").toUpperCase();
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) for (const digit of String(parseInt(char, 36))) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
};
const phoneValid = (encoded: string, lang: string) => {
  const value = decodeURIComponent(encoded).trim();
  return value.startsWith("+") ? isValidPhoneNumber(value) : (PHONE_COUNTRIES[lang] ?? []).some((country) => isValidPhoneNumber(value, country));
};

const DIGIT_WORDS: Record<string, string> = { zero: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9" };
/** The value as a checker reads it: NFKC, no format characters, ASCII digits, English digit words as digits. */
function canonical(value: string): string {
  return value
    .normalize("NFKC")
    .replace(/\p{Cf}/gu, "")
    .replace(/\p{Nd}/gu, (digit) => String(digitValue(digit)))
    .replace(/\b(zero|one|two|three|four|five|six|seven|eight|nine)\b/gi, (word) => DIGIT_WORDS[word.toLowerCase()]!);
}
function digitValue(digit: string): number {
  const code = digit.codePointAt(0)!;
  for (const zero of [0x30, 0x660, 0x6f0, 0x966, 0x9e6]) if (code >= zero && code <= zero + 9) return code - zero;
  throw new Error(`digit of an unexpected script: ${digit}`);
}

function parseBody(body: string, lang: string, where: string): { prompt: string; spans: Span[] } {
  let prompt = "";
  const spans: Span[] = [];
  let index = 0;
  while (index < body.length) {
    const open = body.indexOf(OPEN, index);
    if (open < 0) {
      prompt += body.slice(index);
      break;
    }
    prompt += body.slice(index, open);
    const close = body.indexOf(CLOSE, open);
    const bar = body.indexOf("|", open);
    if (close < 0 || bar < 0 || bar > close) throw new Error(`${where}: bad marker`);
    const category = body.slice(open + 1, bar);
    const value = body.slice(bar + 1, close);
    const checked = canonical(value);
    if (!CATEGORIES.has(category)) throw new Error(`${where}: unknown category ${category}`);
    if (category === "payment_card" && !luhn(checked.replace(/[\s-]/g, ""))) throw new Error(`${where}: Luhn fails ${value}`);
    if (category === "iban" && !ibanValid(checked)) throw new Error(`${where}: IBAN fails ${value}`);
    if (category === "phone" && !phoneValid(checked.replace(/,/g, " "), lang)) throw new Error(`${where}: phone invalid ${value}`);
    spans.push({ start: prompt.length, end: prompt.length + value.length, category });
    prompt += value;
    index = close + 1;
  }
  return { prompt, spans };
}

export function build(): Labelled[] {
  const records: Labelled[] = [];
  for (const file of readdirSync(join(here, "source"))
    .filter((name) => name.endsWith(".txt"))
    .sort()) {
    const stem = file.replace(/\.txt$/, "");
    const chunks = readFileSync(join(here, "source", file), "utf8")
      .split(/^### /m)
      .slice(1);
    chunks.forEach((chunk, position) => {
      const newline = chunk.indexOf("\n");
      const [lang, format, negative] = chunk.slice(0, newline).trim().split(/\s+/);
      const id = `i2-${stem}-${String(position + 1).padStart(3, "0")}`;
      if (!lang || !/^[a-z]{2}$/.test(lang) || !format) throw new Error(`${id}: header needs a two-letter language and a format`);
      const { prompt, spans } = parseBody(chunk.slice(newline + 1).replace(/\s+$/, ""), lang, id);
      const sensitive = spans.length > 0;
      if (negative && sensitive) throw new Error(`${id}: negative with a marker`);
      if (!negative && !sensitive) throw new Error(`${id}: sensitive without a marker`);
      if (negative && !negative.startsWith("neg:")) throw new Error(`${id}: bad header ${negative}`);
      if (prompt.length === 0) throw new Error(`${id}: empty`);
      records.push({ id, prompt, sensitive, spans, lang, format, ...(negative ? { negative_kind: negative.slice(4) } : {}) });
    });
  }
  return records;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const records = build();
  if (!process.argv.includes("--check")) writeFileSync(join(here, "prompts.jsonl"), records.map((record) => JSON.stringify(record)).join("\n") + "\n");
  const count = (key: (record: Labelled) => string[]) => {
    const counts = new Map<string, number>();
    for (const record of records) for (const name of key(record)) counts.set(name, (counts.get(name) ?? 0) + 1);
    return [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([name, n]) => `${name} ${n}`)
      .join(", ");
  };
  const sensitive = records.filter((record) => record.sensitive).length;
  process.stdout.write(`${records.length} prompts, ${sensitive} sensitive, ${records.length - sensitive} negative\n`);
  process.stdout.write(`categories (prompts holding one): ${count((record) => [...new Set(record.spans.map((span) => span.category))])}\n`);
  process.stdout.write(`spans: ${records.reduce((sum, record) => sum + record.spans.length, 0)}\n`);
  process.stdout.write(`languages: ${count((record) => [record.lang])}\n`);
  process.stdout.write(`formats: ${count((record) => [record.format])}\n`);
  process.stdout.write(`negative kinds: ${count((record) => (record.negative_kind ? [record.negative_kind] : []))}\n`);
}
