/**
 * Development set 63 (`dev-63/a.jsonl`, `dev-63/b.jsonl`): minimal twins in German, Italian, Spanish and English for
 * the B halves' commonest false alarms — a private person's home address, mobile, own mailbox, birth date, own
 * password or health condition, each beside a twin that differs in the one fact that decides it (a shop's or
 * company's address in an Impressum, a switchboard or hotline, a role mailbox, a founding or due date, a vendor
 * default, the same health words in news or a leaflet). Written by the session-45 negatives helper (see
 * dev-63/README.md). `kind` is `<topic>:<category>` or `neg-<topic>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-63.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-63
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-63/entries.js";

export const DEV_63_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-63.ts")) {
  const names = interleavedAssignment(DEV_63_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_63_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev63${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-63/a.jsonl", halves.a);
  writeMarkedSet("dev-63/b.jsonl", halves.b);
}
