/**
 * Development set 96 (`dev-96/a.jsonl`, `dev-96/b.jsonl`): named patients' health in clinicians' own words — short
 * doctor–patient dialogue snippets and visit-note sections from ACI-BENCH (wyim/aci-bench, CC BY 4.0:
 * `dev-96/excerpts.ts`) pasted into LLM prompts with a seeded invented patient named in the transcript's address, the
 * instruction, an EHR header (name, DOB, MRN), an e-mail, a translation request, bullet notes or a dictation
 * (positives), and the same excerpts unnamed, as the writer's own visit, with placeholders, with only a clinician or
 * clinic named, beside a public figure's public condition, or paraphrased as teaching text (hard negatives;
 * `dev-96/entries.ts`, `createSeededRandom(962026)`). Written by the session-54 clinical helper (see
 * dev-96/README.md). Halves: shuffled with the committed seed 9601, then split by dev-14's `interleavedAssignment`
 * within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-96.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-96
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { seededInterleavedHalves } from "./seeded-halves.js";
import { NEGATIVES, SENSITIVE } from "./dev-96/entries.js";

export const DEV_96_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-96.ts")) {
  const halves = seededInterleavedHalves(DEV_96_ENTRIES, 9601, "dev96");
  writeMarkedSet("dev-96/a.jsonl", halves.a);
  writeMarkedSet("dev-96/b.jsonl", halves.b);
}
