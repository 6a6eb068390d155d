/**
 * Checks the third held-out set's entries and prints the tables of its README: every span's category is in the
 * policy's list, no empty span, no nested or unbalanced mark, ids unique, `kind` ends in `:sens` exactly when the
 * entry has a span, at least 40 % negatives, at least 12 languages besides English, and set.jsonl matches the entries.
 * Usage: npx tsx eval/privacy/independent-3/check.ts
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { numbered } from "../marked-prompts.js";
import { entries } from "./entries.js";

const CATEGORIES = new Set([
  "password",
  "api_key",
  "private_key",
  "jwt",
  "connection_string",
  "email",
  "phone",
  "street_address",
  "ip_address",
  "payment_card",
  "iban",
  "bank_account",
  "us_ssn",
  "national_id",
  "passport",
  "driver_license",
  "medical_record",
  "biometric",
  "health",
  "date_of_birth",
  "financial",
]);
const MARK = /⟦([a-z_]+)\|([^⟧]*)⟧/g;

const problems: string[] = [];
const byLang = new Map<string, { sens: number; neg: number }>();
const byCategory = new Map<string, { spans: number; prompts: number }>();
const byMaterial = new Map<string, { sens: number; neg: number }>();
const byLength = new Map<string, number>();
const ids = new Set<string>();

/** Words, with CJK characters (zh, ja: no spaces) counted at two characters a word. */
function wordCount(text: string): number {
  const cjk = (text.match(/[\u3040-\u30ff\u4e00-\u9fff]/g) ?? []).length;
  const rest = text.replace(/[\u3040-\u30ff\u4e00-\u9fff]/g, " ");
  return Math.round(cjk / 2) + rest.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

const bump = <K>(map: Map<K, { sens: number; neg: number }>, key: K, sensitive: boolean) => {
  const row = map.get(key) ?? { sens: 0, neg: 0 };
  row[sensitive ? "sens" : "neg"] += 1;
  map.set(key, row);
};

let plain = "";
for (const [[lang, kind, text], id] of numbered("ind3", entries)) {
  if (ids.has(id)) problems.push(`${id}: duplicate id`);
  ids.add(id);
  const marks = [...text.matchAll(MARK)];
  const opens = (text.match(/⟦/g) ?? []).length;
  const closes = (text.match(/⟧/g) ?? []).length;
  if (opens !== marks.length || closes !== marks.length) problems.push(`${id}: unbalanced or malformed marks`);
  const seen = new Set<string>();
  for (const mark of marks) {
    const [, category, value] = mark as unknown as [string, string, string];
    if (!CATEGORIES.has(category)) problems.push(`${id}: unknown category ${category}`);
    if (value.trim().length === 0) problems.push(`${id}: empty span (${category})`);
    if (value !== value.trim()) problems.push(`${id}: span with surrounding space (${category}: "${value}")`);
    if (value.includes("⟦")) problems.push(`${id}: nested mark`);
    const row = byCategory.get(category) ?? { spans: 0, prompts: 0 };
    row.spans += 1;
    if (!seen.has(category)) row.prompts += 1;
    seen.add(category);
    byCategory.set(category, row);
  }
  const sensitive = marks.length > 0;
  const [material, label] = kind.split(":");
  if (!material || (label !== "sens" && label !== "neg")) problems.push(`${id}: kind "${kind}" is not <material>:<sens|neg>`);
  else if ((label === "sens") !== sensitive) problems.push(`${id}: kind ${kind} but ${marks.length} spans`);
  bump(byLang, lang, sensitive);
  bump(byMaterial, material ?? "?", sensitive);
  const words = wordCount(text.replace(MARK, "$2"));
  const bucket = words < 40 ? "< 40 words" : words <= 150 ? "40–150 words" : "> 150 words";
  byLength.set(bucket, (byLength.get(bucket) ?? 0) + 1);
  plain += `${id}\n`;
}

const total = entries.length;
const negatives = [...byLang.values()].reduce((sum, row) => sum + row.neg, 0);
if (negatives / total < 0.4) problems.push(`negatives ${negatives}/${total} < 40 %`);
const otherLanguages = [...byLang.keys()].filter((lang) => !lang.startsWith("en")).length;
if (otherLanguages < 12) problems.push(`only ${otherLanguages} languages besides English`);

const setFile = join(dirname(fileURLToPath(import.meta.url)), "set.jsonl");
if (!existsSync(setFile)) problems.push("set.jsonl missing: run build.ts");
else {
  const lines = readFileSync(setFile, "utf8").trim().split("\n");
  const written = lines.map((line) => (JSON.parse(line) as { id: string }).id).join("\n") + "\n";
  if (written !== plain) problems.push("set.jsonl is stale: run build.ts");
}

const pct = (part: number) => `${((100 * part) / total).toFixed(1)} %`;
const table = (title: string, head: string, rows: Array<[string, ...Array<string | number>]>) => {
  process.stdout.write(
    `\n${title}\n\n| ${head} |\n|${head
      .split("|")
      .map(() => "---")
      .join("|")}|\n`,
  );
  for (const row of rows) process.stdout.write(`| ${row.join(" | ")} |\n`);
};
process.stdout.write(`prompts ${total}, sensitive ${total - negatives} (${pct(total - negatives)}), negatives ${negatives} (${pct(negatives)})\n`);
table(
  "Per language",
  "language | prompts | sensitive | negative",
  [...byLang]
    .sort((a, b) => b[1].sens + b[1].neg - (a[1].sens + a[1].neg) || a[0].localeCompare(b[0]))
    .map(([lang, row]) => [lang, row.sens + row.neg, row.sens, row.neg]),
);
table(
  "Per category",
  "category | spans | prompts",
  [...byCategory].sort((a, b) => b[1].spans - a[1].spans || a[0].localeCompare(b[0])).map(([category, row]) => [category, row.spans, row.prompts]),
);
table(
  "Per material",
  "material | prompts | sensitive | negative",
  [...byMaterial]
    .sort((a, b) => b[1].sens + b[1].neg - (a[1].sens + a[1].neg) || a[0].localeCompare(b[0]))
    .map(([material, row]) => [material, row.sens + row.neg, row.sens, row.neg]),
);
table(
  "Per length",
  "length | prompts",
  ["< 40 words", "40–150 words", "> 150 words"].map((bucket) => [bucket, byLength.get(bucket) ?? 0]),
);
if (problems.length > 0) {
  process.stdout.write(`\n${problems.length} problem(s):\n${problems.map((problem) => `  ${problem}\n`).join("")}`);
  process.exitCode = 1;
} else process.stdout.write("\nall checks pass\n");
