// Checks prompts.jsonl: every span's offsets (JS UTF-16 indices) give back its value exactly, labels are
// consistent, and identifiers that carry a checksum really pass it (after undoing the adversarial
// rewrites). Usage: npx tsx eval/privacy/independent/verify.ts

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Prompt } from "./compose.js";
import { chinaIdCheck, ibanValid, KNOWN_TEST_CARDS, koreanRrnCheck, luhnValid, myNumberCheck, nhsCheck, verhoeffValid } from "./values.js";

const WORD_DIGITS: Record<string, string> = {};
for (const words of [
  ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
  ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
])
  words.forEach((word, digit) => (WORD_DIGITS[word] = String(digit)));

/** Undoes the adversarial rewrites used in this set, for checking only. */
export function canonical(value: string): string {
  let out = value.normalize("NFKC").replace(/[\u200b-\u200d\u2060\ufeff]/g, "");
  if (/^[a-zéè]+( [a-zéè]+)+$/.test(out))
    out = out
      .split(" ")
      .map((word) => WORD_DIGITS[word] ?? word)
      .join("");
  return out;
}

export function verifyPrompts(prompts: Prompt[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const prompt of prompts) {
    const where = prompt.id;
    if (ids.has(prompt.id)) problems.push(`${where}: duplicate id`);
    ids.add(prompt.id);
    if (prompt.sensitive !== prompt.spans.length > 0) problems.push(`${where}: sensitive=${prompt.sensitive} but ${prompt.spans.length} spans`);
    if ((prompt.variant === "hard-negative") === prompt.sensitive) problems.push(`${where}: variant ${prompt.variant} with sensitive=${prompt.sensitive}`);
    const categories = [...new Set(prompt.spans.map((span) => span.category))].sort();
    if (JSON.stringify(categories) !== JSON.stringify([...prompt.categories].sort()))
      problems.push(`${where}: categories ${prompt.categories} differ from span categories ${categories}`);
    for (const span of prompt.spans) {
      if (!(span.start < span.end)) problems.push(`${where}: empty span ${span.start}-${span.end}`);
      if (prompt.text.slice(span.start, span.end) !== span.value)
        problems.push(
          `${where}: span ${span.start}-${span.end} is ${JSON.stringify(prompt.text.slice(span.start, span.end))}, not ${JSON.stringify(span.value)}`,
        );
      const value = canonical(span.value);
      const digits = value.replace(/\D/g, "");
      if (span.category === "payment_card") {
        if (!luhnValid(digits)) problems.push(`${where}: card ${span.value} fails Luhn`);
        if (KNOWN_TEST_CARDS.has(digits)) problems.push(`${where}: card ${span.value} is a public test card`);
      }
      if (span.category === "iban" && !ibanValid(value.toUpperCase())) problems.push(`${where}: IBAN ${span.value} fails mod 97`);
      if (span.category === "national_id") {
        const compact = value.replace(/[\s-]/g, "");
        if (/^\d{17}[\dX]$/.test(compact) && chinaIdCheck(compact.slice(0, 17)) !== compact[17])
          problems.push(`${where}: resident ID ${span.value} has a wrong check digit`);
        if (/^[2-9]\d{11}$/.test(compact) && prompt.text.match(/aadhaa?r|आधार/i) && !verhoeffValid(compact))
          problems.push(`${where}: Aadhaar ${span.value} fails Verhoeff`);
        if (/^\d{12}$/.test(compact) && /マイナンバー|個人番号/.test(prompt.text) && myNumberCheck(compact.slice(0, 11)) !== compact[11])
          problems.push(`${where}: My Number ${span.value} has a wrong check digit`);
        if (/^\d{13}$/.test(compact) && /주민/.test(prompt.text) && koreanRrnCheck(compact.slice(0, 12)) !== compact[12])
          problems.push(`${where}: RRN ${span.value} has a wrong check digit`);
        if (/^\d{10}$/.test(compact) && /NHS/.test(prompt.text) && nhsCheck(compact.slice(0, 9)) !== compact[9])
          problems.push(`${where}: NHS number ${span.value} has a wrong check digit`);
      }
    }
    const sorted = [...prompt.spans].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
      const previous = sorted[i - 1];
      const current = sorted[i];
      if (previous && current && current.start < previous.end) problems.push(`${where}: overlapping spans`);
    }
  }
  return problems;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const file = join(dirname(fileURLToPath(import.meta.url)), "prompts.jsonl");
  const prompts = readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Prompt);
  const problems = verifyPrompts(prompts);
  console.log(problems.length === 0 ? `ok: ${prompts.length} prompts, ${prompts.reduce((n, p) => n + p.spans.length, 0)} spans verified` : problems.join("\n"));
  process.exit(problems.length === 0 ? 0 : 1);
}
