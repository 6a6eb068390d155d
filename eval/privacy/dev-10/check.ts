/**
 * Format check for development set 10: every line parses, spans lie inside the prompt and are not empty or
 * padded, no marker is left over, `sensitive` agrees with the spans, categories are known; prints the counts
 * (per language, category, form, half). Run: npx tsx eval/privacy/dev-10/check.ts
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BUILTIN_CATEGORIES } from "../../../src/config/sections/privacy-categories.js";

interface Line {
  id: string;
  prompt: string;
  sensitive: boolean;
  spans: Array<{ start: number; end: number; category: string }>;
  lang: string;
  kind: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const known = new Set<string>([...BUILTIN_CATEGORIES, "credentials", "address", "tax_id"]);
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
