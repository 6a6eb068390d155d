// Prints the counts of eval/privacy/independent/prompts.jsonl as Markdown tables (pasted in README.md).
// Usage: npx tsx eval/privacy/independent/stats.ts

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Prompt } from "./compose.js";

const file = join(dirname(fileURLToPath(import.meta.url)), "prompts.jsonl");
const prompts = readFileSync(file, "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Prompt);

function count<K extends string>(keys: (p: Prompt) => K[], subset: Prompt[] = prompts): Map<K, number> {
  const out = new Map<K, number>();
  for (const prompt of subset) for (const key of keys(prompt)) out.set(key, (out.get(key) ?? 0) + 1);
  return new Map([...out.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

function table(title: string, header: string[], rows: Array<Array<string | number>>): void {
  console.log(`\n### ${title}\n`);
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map(() => "---").join("|")}|`);
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
}

const sensitive = prompts.filter((p) => p.sensitive);
const negatives = prompts.filter((p) => !p.sensitive);
console.log(
  `Total prompts: ${prompts.length}; sensitive: ${sensitive.length}; not sensitive: ${negatives.length} (${((100 * negatives.length) / prompts.length).toFixed(1)}%), of which documented public test values: ${negatives.filter((p) => p.public_test_value).length}; spans: ${sensitive.reduce((n, p) => n + p.spans.length, 0)}.`,
);

const variants = ["plain", "structured", "adversarial"] as const;
const byCategory = count((p) => p.categories, sensitive);
table(
  "Sensitive prompts per category (a prompt counts once per category it contains) and variant",
  ["category", "prompts", "spans", ...variants],
  [...byCategory.entries()].map(([category, n]) => [
    category,
    n,
    sensitive.reduce((acc, p) => acc + p.spans.filter((s) => s.category === category).length, 0),
    ...variants.map((variant) => sensitive.filter((p) => p.variant === variant && p.categories.includes(category)).length),
  ]),
);

const languages = count((p) => [p.language]);
table(
  "Prompts per language",
  ["language", "total", "sensitive", "not sensitive"],
  [...languages.entries()].map(([language, n]) => [
    language,
    n,
    sensitive.filter((p) => p.language === language).length,
    negatives.filter((p) => p.language === language).length,
  ]),
);

const formats = count((p) => [p.format]);
table(
  "Prompts per format",
  ["format", "total", "sensitive", "not sensitive"],
  [...formats.entries()].map(([format, n]) => [
    format,
    n,
    sensitive.filter((p) => p.format === format).length,
    negatives.filter((p) => p.format === format).length,
  ]),
);

table("Prompts per variant", ["variant", "prompts"], [...count((p) => [p.variant]).entries()]);

table("Hard negatives per kind", ["kind", "prompts"], [...count((p) => [p.note ?? "?"], negatives).entries()]);

table(
  "Adversarial techniques",
  ["technique", "prompts"],
  [
    ...count(
      (p) => [p.note ?? "?"],
      sensitive.filter((p) => p.variant === "adversarial"),
    ).entries(),
  ],
);
