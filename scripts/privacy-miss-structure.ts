/**
 * Groups half-A (and unsplit-set) misses of the given categories by the structure of their evidence, not by
 * words. Usage: tsx scripts/privacy-miss-structure.ts health,financial [--show GROUP]
 * Never reads half B (b.jsonl) nor the held-out eval/privacy/independent* sets.
 */
import { join } from "node:path";
import { categoriesMatch, loadLabelled } from "../eval/privacy/evaluate.js";
import { createPrivacyScanner } from "../src/privacy/index.js";
import { DEV_ROOT, SPLIT_SETS, UNSPLIT_FILES } from "./privacy-dev-files.js";

const root = DEV_ROOT;
const files = [...UNSPLIT_FILES, ...SPLIT_SETS.map((name) => `${name}/a.jsonl`)];
const categories = new Set(process.argv[2]!.split(","));
const showIndex = process.argv.indexOf("--show");
const show = showIndex >= 0 ? process.argv[showIndex + 1] : undefined;
const scanner = createPrivacyScanner();
const counts = new Map<string, number>();
// Between two list items: punctuation, spaces and at most one short (<= 4 letters) joining word.
const JOIN = /^[\s,;/+&·、，；]*(?:\p{L}{1,4}[\s,]+)?[\s,;/+&·、，；]*$/u;
const LABEL = /(?:^|\n|[|;])\s*[\p{L}\p{M}][\p{L}\p{M}\s.()-]{0,30}[:：]\s*$/u;
const MEASURE = /\d[\d.,\s]*\s?(?:%|\p{L}{1,6}(?:\/\p{L}{1,5})?)/u;
for (const file of files) {
  for (const record of loadLabelled(join(root, file))) {
    const found = scanner.scan(record.prompt);
    for (const gold of record.spans) {
      if (!categories.has(gold.category)) continue;
      const hit = found.some((span) => categoriesMatch(span.category, gold.category) && Math.min(span.end, gold.end) - Math.max(span.start, gold.start) > 0);
      const overlap = (span: { start: number; end: number }) => Math.min(span.end, gold.end) - Math.max(span.start, gold.start);
      const half = found.some(
        (span) => categoriesMatch(span.category, gold.category) && overlap(span) >= 0.5 * Math.max(span.end - span.start, gold.end - gold.start),
      );
      if (half) continue;
      const same = found.filter((span) => categoriesMatch(span.category, gold.category));
      const lineStart = record.prompt.lastIndexOf("\n", gold.start - 1) + 1;
      const nextBreak = record.prompt.indexOf("\n", gold.end);
      const lineEnd = nextBreak < 0 ? record.prompt.length : nextBreak;
      const before = record.prompt.slice(lineStart, gold.start);
      const text = record.prompt.slice(gold.start, gold.end);
      let group: string;
      const sibling = same.some((span) => {
        const gap =
          span.end <= gold.start ? record.prompt.slice(span.end, gold.start) : span.start >= gold.end ? record.prompt.slice(gold.end, span.start) : "";
        return span.start >= lineStart && span.end <= lineEnd && JOIN.test(gap);
      });
      if (hit) group = "0 found, but the span overlaps the gold span by less than half";
      else if (sibling) group = "1 list sibling of a found span (same line, joined by punctuation/short word)";
      else if (LABEL.test(before) && same.length > 0) group = "2 value after a label, record has a found span of the category";
      else if (LABEL.test(before)) group = "3 value after a label, no found span of the category";
      else if (same.length > 0 && MEASURE.test(text)) group = "4 measurement/amount, prompt has a found span of the category";
      else if (same.length > 0) group = "5 other clause, prompt has a found span of the category";
      else if (found.length > 0 && MEASURE.test(text)) group = "6 measurement/amount, prompt flagged only for other categories";
      else if (found.length > 0) group = "7 prose, prompt flagged only for other categories";
      else group = "8 prompt not flagged at all";
      const key = `${gold.category}\t${group}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (show && group.startsWith(show))
        process.stdout.write(
          `${gold.category}\t${file}\t${JSON.stringify(record.prompt.slice(Math.max(0, gold.start - 50), gold.start) + "[[" + text + "]]" + record.prompt.slice(gold.end, gold.end + 30))}\t${same
            .filter((span) => overlap(span) > 0)
            .map((span) => JSON.stringify(record.prompt.slice(span.start, span.end)))
            .join(" ")}\n`,
        );
    }
  }
}
for (const [key, count] of [...counts].sort()) process.stdout.write(`${String(count).padStart(4)}  ${key}\n`);
