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

/**
 * Splits entries into half A (first, third … of each group: may be tuned on) and half B (report only), alternating
 * within each group `groupOf` names, and numbers each half `<prefix>a-001` … / `<prefix>b-001` ….
 */
export function alternatingHalves(
  entries: readonly MarkedEntry[],
  groupOf: (entry: MarkedEntry) => string,
  prefix: string,
): { a: Array<readonly [MarkedEntry, string]>; b: Array<readonly [MarkedEntry, string]> } {
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  const seen = new Map<string, number>();
  for (const entry of entries) {
    const key = groupOf(entry);
    const position = seen.get(key) ?? 0;
    seen.set(key, position + 1);
    const name = position % 2 === 0 ? "a" : "b";
    halves[name].push([entry, `${prefix}${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  }
  return halves;
}
