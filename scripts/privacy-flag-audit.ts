/**
 * Flag audit on text written by others: scans every prompt (or question, turns, answer text) of each `*.jsonl` file
 * in the recorded datasets folder ($ROUTELLM_SHARED_DATASETS, else ../shared/datasets; read by path, never copied)
 * with the default privacy guard and prints, per file, the number of texts, the share flagged and the flags per
 * category. With `--sample N --seed S` it also prints N flagged texts drawn at random (seeded): the file, the id and
 * each finding's category, rule and span with ~60 characters of context, for judging by hand (judgements go to
 * eval/privacy/flag-audit/, ids and verdicts only).
 * Run: npx tsx scripts/privacy-flag-audit.ts [--sample N --seed S] [--context 60]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createSeededRandom } from "../src/policies/clock.js";
import { createPrivacyScanner } from "../src/privacy/index.js";
import type { PrivacyFinding } from "../src/privacy/types.js";

interface Flagged {
  file: string;
  id: string;
  text: string;
  findings: PrivacyFinding[];
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);

/** The id and text(s) of one JSON line: `prompt`, `question`, `turns` (joined) or an answer `text` (id/model). */
function textsOf(record: Record<string, unknown>, line: number): Array<[string, string]> {
  const id = typeof record.id === "string" || typeof record.id === "number" ? String(record.id) : `line-${line}`;
  const turns = Array.isArray(record.turns) ? record.turns.filter((turn): turn is string => typeof turn === "string").join("\n") : undefined;
  const text = [record.prompt, record.question, turns, record.text].find((value): value is string => typeof value === "string" && value.length > 0);
  if (text === undefined) return [];
  return [[typeof record.model === "string" ? `${id}/${record.model}` : id, text]];
}

function excerpt(text: string, finding: PrivacyFinding, context: number): string {
  const clean = (part: string) => part.replace(/\s+/g, " ");
  const before = clean(text.slice(Math.max(0, finding.start - context), finding.start));
  const after = clean(text.slice(finding.end, finding.end + context));
  return `${before}[[${clean(text.slice(finding.start, finding.end))}]]${after}`;
}

const folder = process.env.ROUTELLM_SHARED_DATASETS ?? join(root, "../shared/datasets");
if (!existsSync(folder)) throw new Error(`no recorded datasets at ${folder} (set ROUTELLM_SHARED_DATASETS)`);
const scanner = createPrivacyScanner();
const flagged: Flagged[] = [];
const totals = new Map<string, number>();
let allTexts = 0;
for (const file of readdirSync(folder)
  .filter((name) => name.endsWith(".jsonl"))
  .sort()) {
  const categories = new Map<string, number>();
  let texts = 0;
  let hits = 0;
  readFileSync(join(folder, file), "utf8")
    .split("\n")
    .forEach((line, index) => {
      if (!line.trim()) return;
      for (const [id, text] of textsOf(JSON.parse(line) as Record<string, unknown>, index + 1)) {
        texts++;
        const findings = scanner.scan(text);
        if (findings.length === 0) continue;
        hits++;
        flagged.push({ file, id, text, findings });
        for (const finding of findings) categories.set(finding.category, (categories.get(finding.category) ?? 0) + 1);
      }
    });
  allTexts += texts;
  for (const [category, count] of categories) totals.set(category, (totals.get(category) ?? 0) + count);
  const perCategory = [...categories]
    .sort((a, b) => b[1] - a[1])
    .map(([category, count]) => `${category} ${count}`)
    .join(", ");
  process.stdout.write(
    `${file.padEnd(34)} ${String(texts).padStart(6)} texts ${String(hits).padStart(5)} flagged (${((hits / Math.max(1, texts)) * 100).toFixed(2)}%)${perCategory ? `  flags: ${perCategory}` : ""}\n`,
  );
}
const totalLine = [...totals]
  .sort((a, b) => b[1] - a[1])
  .map(([category, count]) => `${category} ${count}`)
  .join(", ");
process.stdout.write(
  `${"total".padEnd(34)} ${String(allTexts).padStart(6)} texts ${String(flagged.length).padStart(5)} flagged (${((flagged.length / Math.max(1, allTexts)) * 100).toFixed(2)}%)  flags: ${totalLine}\n`,
);

const sample = option("--sample", 0);
if (sample > 0) {
  const random = createSeededRandom(option("--seed", 1));
  const pool = [...flagged];
  for (let index = pool.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [pool[index], pool[other]] = [pool[other]!, pool[index]!];
  }
  const context = option("--context", 60);
  for (const item of pool.slice(0, sample)) {
    process.stdout.write(`\n${item.file}\t${item.id}\n`);
    for (const finding of item.findings) process.stdout.write(`  ${finding.category}/${finding.rule}: ${excerpt(item.text, finding, context)}\n`);
  }
}
