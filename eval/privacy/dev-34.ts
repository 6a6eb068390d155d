/**
 * Development set 34 (`dev-34/a.jsonl`, `dev-34/b.jsonl`): named or clearly identified private people's health
 * information — diagnoses, medication, lab values, procedures, pregnancy, mental health, disability — in scripts and
 * languages the guard reads poorly (Hebrew, Arabic, Persian, Urdu, Thai, Vietnamese, Indonesian, Malay, Bengali, Tamil,
 * Greek, Ukrainian, Russian, Turkish, Swahili, Tagalog) and a few European ones, as messages, sick notes, insurance
 * letters, SOAP notes, discharge summaries, referral letters, tables, CSV and JSON, with transliterated, mixed-script
 * and abbreviated variants; and ~35% hard negatives of the same shapes (textbook questions, public-health statistics,
 * leaflets, templates, fiction, public figures). Written by the session-38 health helper before opening src/privacy
 * (see dev-34/README.md).
 * Rebuild: npx tsx eval/privacy/dev-34.ts ; check: npx tsx eval/privacy/dev-34/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-34
 */
import type { MarkedEntry } from "./marked-prompts.js";
import { writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { WEST_ASIA } from "./dev-34/west-asia.js";
import { SOUTH_EAST } from "./dev-34/south-east.js";
import { EUROPE } from "./dev-34/europe.js";

export const DEV_34_ENTRIES: MarkedEntry[] = [...WEST_ASIA, ...SOUTH_EAST, ...EUROPE];

if (process.argv[1]?.endsWith("dev-34.ts")) {
  const halves = interleavedHalves(DEV_34_ENTRIES, "dev34");
  writeMarkedSet("dev-34/a.jsonl", halves.a);
  writeMarkedSet("dev-34/b.jsonl", halves.b);
}
