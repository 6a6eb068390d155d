/**
 * Development set 92 (`dev-92/a.jsonl`, `dev-92/b.jsonl`): a seeded health grid in the scripts and languages dev-91 did
 * not cover — Chinese (simplified and traditional), Korean, Arabic, Hindi and Hinglish, Russian, Ukrainian, Turkish,
 * Vietnamese, Thai, Greek, Hebrew, Indonesian, Swedish: 42 terms (ICD-10 chapters, mental health, addictions,
 * reproductive health, WHO essential medicines by their local names, procedures, labs with a value, devices,
 * disabilities) as patients and relatives write them (`dev-92/vocabulary.ts`) × holders (named person, named relative,
 * colleague, patient by national ID with valid check digits or by hospital case number: `dev-92/ids.ts`) × containers
 * (family chat, WeChat/KakaoTalk/LINE/WhatsApp/Zalo message, e-mail to HR or a school, sick note, discharge summary,
 * pharmacy form, care handover, table row, JSON with local keys, CSV: `dev-92/frames-*.ts`), with hard negatives on the
 * same terms (`dev-92/entries.ts`, seed 922026). Written by the session-53 scripts-health helper (see dev-92/README.md).
 * `kind` is `<domain>:<term>:<holder>:<container>` or `neg-<domain>:<term>:<negative kind>`.
 * Halves: the entries are shuffled with the committed seed 9201 (`seededInterleavedHalves`), then split by dev-14's
 * `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-92.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-92
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { seededInterleavedHalves } from "./seeded-halves.js";
import { NEGATIVES, SENSITIVE } from "./dev-92/entries.js";

export const DEV_92_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-92.ts")) {
  const halves = seededInterleavedHalves(DEV_92_ENTRIES, 9201, "dev92");
  writeMarkedSet("dev-92/a.jsonl", halves.a);
  writeMarkedSet("dev-92/b.jsonl", halves.b);
}
