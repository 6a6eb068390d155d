/**
 * Development set 98 (`dev-98/a.jsonl`, `dev-98/b.jsonl`): national identifiers, tax, health and social numbers as
 * other authors test them — a committed seeded generator (seed 982026) with this set's own check-digit code for
 * sixteen schemes, cross-checked against the valid and invalid example values of Microsoft Presidio's analyzer tests
 * (MIT; `dev-98/schemes.ts`), around the sentence shapes of those tests and forms, e-mails, CSV and JSON in the
 * schemes' languages (`dev-98/locales.ts`), with hard negatives: Presidio's invalid examples, masked values, numbers
 * of the same shape in other roles, Presidio's documented test values, and business numbers (`dev-98/entries.ts`).
 * Written by the session-54 presidio-ids helper (see dev-98/README.md). Halves: shuffled with the committed seed
 * 9801, then split by dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-98.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-98
 */
import { writeMarkedSet } from "./marked-prompts.js";
import { seededInterleavedHalves } from "./seeded-halves.js";
import { ENTRIES } from "./dev-98/entries.js";

export const DEV_98_ENTRIES = ENTRIES;

if (process.argv[1]?.endsWith("dev-98.ts")) {
  const halves = seededInterleavedHalves(DEV_98_ENTRIES, 9801, "dev98");
  writeMarkedSet("dev-98/a.jsonl", halves.a);
  writeMarkedSet("dev-98/b.jsonl", halves.b);
}
