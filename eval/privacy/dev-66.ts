/**
 * Development set 66 (`dev-66/a.jsonl`, `dev-66/b.jsonl`): records whose labels are not beside their values — CSV/TSV
 * headers six to twelve columns away, markdown, ASCII and box-drawing tables, fixed-width columns, HTML `<table>`
 * rows, JSON with a "columns" list or a header row, YAML lists, SQL INSERT with a column list, a label on the line
 * before its value (forms, OCR'd forms, call transcripts) and key/value blocks, in English, German, French, Spanish,
 * Polish, Portuguese, Japanese and Chinese; hard negatives in the same shapes (inventories, pinouts, timetables, league
 * tables, instrument registers, products' and animals' date columns, documented test values, public offices,
 * aggregates). Written by the session-46 tables helper (see dev-66/README.md). `kind` is `<shape>:<category>` or
 * `neg-<shape>:<what>`. Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-66.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-66
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-66/entries.js";

export const DEV_66_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-66.ts")) {
  const names = interleavedAssignment(DEV_66_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_66_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev66${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-66/a.jsonl", halves.a);
  writeMarkedSet("dev-66/b.jsonl", halves.b);
}
