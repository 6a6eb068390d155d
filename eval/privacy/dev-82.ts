/**
 * Development set 82 (`dev-82/a.jsonl`, `dev-82/b.jsonl`): personal data given across the turns of a pasted dialogue —
 * support-chat exports, call-centre and bot transcripts, WhatsApp, LINE, Slack and Teams exports, SMS threads, intake
 * and interview transcripts, a form-filling bot's log — in English, German, French, Spanish, Italian, Portuguese, Dutch
 * and Japanese: the cue is the agent's or bot's question, the value alone (or after a filler) in the next turn, some
 * corrected in a later turn or split over two turns; with hard negatives of the same shapes (the business's own order,
 * ticket, tracking, invoice and hotline numbers, templates with placeholders, refusals, delivery and appointment dates,
 * training transcripts with test values, a bot quoting a public office, a public figure discussed). Written by the
 * session-50 dialogue helper (see dev-82/README.md). `kind` is `<shape>:<category>` or `neg-<shape>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-82.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-82
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-82/entries.js";

export const DEV_82_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-82.ts")) {
  const names = interleavedAssignment(DEV_82_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_82_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev82${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-82/a.jsonl", halves.a);
  writeMarkedSet("dev-82/b.jsonl", halves.b);
}
