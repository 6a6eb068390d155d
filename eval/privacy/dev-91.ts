/**
 * Development set 91 (`dev-91/a.jsonl`, `dev-91/b.jsonl`): a seeded health grid from published vocabularies — ICD-10
 * chapters, WHO essential medicines (generic and brand names), procedures, lab values, devices, disabilities,
 * addictions, reproductive, sexual and mental health, each in English, German, French, Spanish, Italian, Portuguese,
 * Dutch, Polish and Japanese as patients write them (`dev-91/vocabulary.ts`) × holders (named person, named relative,
 * colleague, patient identifier with valid check digits) × containers (chat, e-mail, voice note, school note, sick
 * note, care-home handover, pharmacy and insurance forms, calendar, JSON, CSV: `dev-91/frames.ts`), with hard
 * negatives on the same terms (`dev-91/entries.ts`, seed 912026). Written by the session-52 health helper (see
 * dev-91/README.md). `kind` is `<domain>:<term>:<holder>:<container>` or `neg-<domain>:<term>:<negative kind>`.
 * Halves: the entries are shuffled with the committed seed 9101 (`createSeededRandom`), then split by dev-14's
 * `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-91.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-91
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { seededInterleavedHalves } from "./seeded-halves.js";
import { NEGATIVES, SENSITIVE } from "./dev-91/entries.js";

export const DEV_91_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-91.ts")) {
  const halves = seededInterleavedHalves(DEV_91_ENTRIES, 9101, "dev91");
  writeMarkedSet("dev-91/a.jsonl", halves.a);
  writeMarkedSet("dev-91/b.jsonl", halves.b);
}
