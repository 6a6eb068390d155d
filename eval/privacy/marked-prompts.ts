/**
 * Shared by the hand-written development sets (dev-2.ts, dev-3.ts, dev-judge.ts): each entry marks its
 * sensitive values as ⟦category|value⟧; `writeMarkedSet` strips the marks, computes the span offsets and
 * writes one JSON line per prompt beside this file.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export type MarkedEntry = [lang: string, kind: string, text: string];

const MARK = /⟦([a-z_]+)\|([^⟧]*)⟧/g;

function toJsonLine([lang, kind, source]: MarkedEntry, id: string): string {
  const spans: Array<{ start: number; end: number; category: string }> = [];
  let prompt = "";
  let last = 0;
  for (const match of source.matchAll(MARK)) {
    prompt += source.slice(last, match.index);
    spans.push({ start: prompt.length, end: prompt.length + match[2]!.length, category: match[1]! });
    prompt += match[2]!;
    last = match.index! + match[0].length;
  }
  prompt += source.slice(last);
  return JSON.stringify({ id, prompt, sensitive: spans.length > 0, spans, lang, kind });
}

/** Writes `fileName` beside this module from entries paired with their ids; prints how many. */
export function writeMarkedSet(fileName: string, entries: ReadonlyArray<readonly [MarkedEntry, string]>): void {
  const out = join(dirname(fileURLToPath(import.meta.url)), fileName);
  writeFileSync(out, entries.map(([entry, id]) => toJsonLine(entry, id)).join("\n") + "\n");
  process.stdout.write(`wrote ${entries.length} prompts to ${out}\n`);
}

/** Ids `<prefix>-001`, `<prefix>-002` … in entry order. */
export function numbered(prefix: string, entries: readonly MarkedEntry[]): Array<readonly [MarkedEntry, string]> {
  return entries.map((entry, index) => [entry, `${prefix}-${String(index + 1).padStart(3, "0")}`] as const);
}
