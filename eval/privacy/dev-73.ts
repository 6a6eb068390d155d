/**
 * Development set 73 (`dev-73/a.jsonl`, `dev-73/b.jsonl`): everyday messages typed into a chat assistant while doing a
 * chore — a visa or consulate form, a tax return, a hotel or flight booking, a bank transfer, a router or NAS set-up, a
 * school enrolment, a WhatsApp message to family, a complaint to a shop — in Portuguese, Polish, Spanish, Italian,
 * Hindi, Hinglish and Chinese, with hard negatives of the same chores and nobody private. Written by the session-47
 * plain helper (see dev-73/README.md). `kind` is `<topic>:<category>` or `neg-<topic>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-73.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-73
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-73/entries.js";

export const DEV_73_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-73.ts")) {
  const names = interleavedAssignment(DEV_73_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_73_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev73${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-73/a.jsonl", halves.a);
  writeMarkedSet("dev-73/b.jsonl", halves.b);
}
