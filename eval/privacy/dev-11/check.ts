/**
 * Format and check-digit check for development set 11: every line parses, ids are unique, spans lie inside the
 * prompt and are not empty or padded, no marker is left, `sensitive` agrees with the spans, categories are known;
 * every labelled IBAN passes mod 97, every card Luhn, every `+` phone number libphonenumber's validity, every Polish
 * account number (NRB) mod 97, and every national identifier its own check (NHS mod 11 or NINO format, Steuer-IdNr,
 * NIR key, DNI letter, codice fiscale, NIF or CPF, BSN, PESEL, TCKN, personnummer). Prints the counts per language,
 * category, topic, form and half. Run: npx tsx eval/privacy/dev-11/check.ts
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { BUILTIN_CATEGORIES } from "../../../src/config/sections/privacy-categories.js";
import { bsn, codiceFiscale, cpf, dni, ibanCompact, insee, luhn, pesel, personnummer, steuerId, tcKimlik } from "../dev-10/values.js";

interface Line {
  id: string;
  prompt: string;
  sensitive: boolean;
  spans: Array<{ start: number; end: number; category: string }>;
  lang: string;
  kind: string;
}

const digitsOf = (text: string) => text.replace(/\D/g, "");
const mod11Weighted = (digits: string, first: number) => {
  const sum = [...digits.slice(0, -1)].reduce((total, char, index) => total + Number(char) * (first - index), 0);
  const check = 11 - (sum % 11);
  return check === 11 ? 0 : check;
};

/** The national identifier checks by language (a value passes when one of its language's checks passes). */
const NATIONAL: Record<string, Array<(value: string) => boolean>> = {
  en: [
    (v) => digitsOf(v).length === 10 && mod11Weighted(digitsOf(v), 10) === Number(digitsOf(v).at(-1)),
    (v) => /^(?![DFIQUV])[A-Z](?![DFIQUVO])[A-Z] ?\d\d ?\d\d ?\d\d ?[A-D]$/.test(v),
  ],
  de: [(v) => steuerId(digitsOf(v).slice(0, 10)) === digitsOf(v)],
  fr: [(v) => digitsOf(insee(digitsOf(v).slice(0, 13))) === digitsOf(v)],
  es: [(v) => dni(v.slice(0, 8)) === v],
  it: [(v) => codiceFiscale(v.slice(0, 15)) === v],
  pt: [(v) => /^\d{9}$/.test(v) && mod11Weighted(v, 9) % 10 === Number(v[8]), (v) => cpf(digitsOf(v).slice(0, 9)) === v],
  nl: [(v) => bsn(v.slice(0, 8)) === v],
  pl: [(v) => pesel(v.slice(0, 10)) === v],
  tr: [(v) => tcKimlik(v.slice(0, 9)) === v],
  sv: [(v) => personnummer(digitsOf(v).slice(0, 6), digitsOf(v).slice(6, 9)) === v],
};

function checkDigits(category: string, value: string, lang: string): string | undefined {
  const compact = value.replace(/\s/g, "");
  if (category === "iban" && ibanCompact(compact.slice(0, 2), compact.slice(4)) !== compact) return "IBAN fails mod 97";
  if (category === "payment_card" && luhn(digitsOf(value).slice(0, -1)) !== digitsOf(value)) return "card fails Luhn";
  if (category === "phone" && value.startsWith("+") && !parsePhoneNumberFromString(compact)?.isValid()) return "phone not valid";
  if (category === "bank_account" && lang === "pl" && ibanCompact("PL", digitsOf(value).slice(2)) !== `PL${digitsOf(value)}`) {
    return "NRB fails mod 97";
  }
  if (category === "us_ssn" && /^(000|666|9)/.test(digitsOf(value))) return "SSN area invalid";
  if (category === "national_id" && !(NATIONAL[lang] ?? []).some((test) => test(value))) return "national id fails its check";
  return undefined;
}

const here = dirname(fileURLToPath(import.meta.url));
const known = new Set<string>(BUILTIN_CATEGORIES);
const counts = new Map<string, [number, number]>();
const bump = (key: string, sensitive: boolean) => {
  const pair = counts.get(key) ?? [0, 0];
  pair[sensitive ? 0 : 1]++;
  counts.set(key, pair);
};
const ids = new Set<string>();
let problems = 0;
for (const half of ["a", "b"]) {
  const lines = readFileSync(join(here, `${half}.jsonl`), "utf8")
    .split("\n")
    .filter(Boolean);
  for (const text of lines) {
    const line = JSON.parse(text) as Line;
    const fail = (why: string) => {
      problems++;
      process.stdout.write(`${line.id}: ${why}\n`);
    };
    if (ids.has(line.id)) fail("duplicate id");
    ids.add(line.id);
    if (/[⟦⟧]/.test(line.prompt)) fail("marker left in prompt");
    if (line.sensitive !== line.spans.length > 0) fail("sensitive disagrees with spans");
    for (const span of line.spans) {
      const value = line.prompt.slice(span.start, span.end);
      if (!(span.start >= 0 && span.end <= line.prompt.length && span.end > span.start)) fail(`span ${span.start}-${span.end} outside`);
      if (value.trim() !== value) fail(`span "${value}" padded`);
      if (!known.has(span.category)) fail(`unknown category ${span.category}`);
      const wrong = checkDigits(span.category, value, line.lang);
      if (wrong) fail(`${span.category} "${value}": ${wrong}`);
      bump(`category ${span.category}`, true);
    }
    bump(`half ${half}`, line.sensitive);
    bump(`lang ${line.lang}`, line.sensitive);
    bump(`form ${line.kind.split(":").at(-1)}`, line.sensitive);
    bump(`topic ${line.kind.split(":")[0]!.replace(/^neg-/, "")}`, line.sensitive);
    bump("total", line.sensitive);
  }
}
for (const [key, [positive, negative]] of [...counts].sort()) process.stdout.write(`${key}\t${positive}\t${negative}\n`);
process.stdout.write(problems === 0 ? "ok: no problems\n" : `${problems} problems\n`);
process.exitCode = problems === 0 ? 0 : 1;
