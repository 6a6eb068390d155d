/**
 * Development set 95 (`dev-95/a.jsonl`, `dev-95/b.jsonl`): English sentence templates written by other people for PII
 * evaluation — microsoft/presidio-research's `templates.txt` (MIT; `dev-95/templates.ts`, attribution in
 * dev-95/README.md) — filled by a committed seeded generator (seed 952026, `dev-95/values.ts`: Luhn-valid cards outside
 * the test numbers, mod-97 IBANs, issued-range SSNs, NANP numbers outside the drama range, composed street addresses,
 * public IPs, state-format driver's licences) and labelled by this project's policy, with hard negatives from the same
 * templates: documented test values, placeholders, redactions, organisations and landmarks in the person's slot,
 * businesses' addresses, the writer's own birth date, names-only sentences (`dev-95/entries.ts`). Written by the
 * session-54 presidio-templates helper (see dev-95/README.md). `kind` is `<kinds>:<template id>:<fill>` (`neg-` before
 * the kinds for negatives). Halves: shuffled with the committed seed 9501, then split by dev-14's
 * `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-95.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-95
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { seededInterleavedHalves } from "./seeded-halves.js";
import { ENTRIES } from "./dev-95/entries.js";

export const DEV_95_ENTRIES: readonly MarkedEntry[] = ENTRIES;

if (process.argv[1]?.endsWith("dev-95.ts")) {
  const halves = seededInterleavedHalves(DEV_95_ENTRIES, 9501, "dev95");
  writeMarkedSet("dev-95/a.jsonl", halves.a);
  writeMarkedSet("dev-95/b.jsonl", halves.b);
}
