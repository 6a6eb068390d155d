/**
 * Development set 101 (`dev-101/a.jsonl`, `dev-101/b.jsonl`): health information about an identifiable person inside
 * pasted material — medical letters, discharge summaries, sick notes, HR absence e-mails, chat messages about a
 * colleague's or relative's diagnosis, insurance claims, school notes, pharmacy labels, lab results, therapy notes,
 * care-home handovers — in English (British, American, Indian, Australian) and 11 other languages, with hard negatives
 * from the same vocabulary (the writer's own unnamed health, leaflets, guidelines, public figures, fictional
 * characters, anonymised cases, exam questions, statistics, job adverts). Written by the session-56 health helper
 * (issue #15) from a committed seeded generator (seed 1012026, `dev-101/entries.ts`); see dev-101/README.md.
 * `kind` is `<topic>:<template id>:<form>`. Halves: shuffled with the committed seed 10101, then split by dev-14's
 * `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-101.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-101
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { seededInterleavedHalves } from "./seeded-halves.js";
import { ENTRIES } from "./dev-101/entries.js";

export const DEV_101_ENTRIES: readonly MarkedEntry[] = ENTRIES;

if (process.argv[1]?.endsWith("dev-101.ts")) {
  const halves = seededInterleavedHalves(DEV_101_ENTRIES, 10101, "dev101");
  writeMarkedSet("dev-101/a.jsonl", halves.a);
  writeMarkedSet("dev-101/b.jsonl", halves.b);
}
