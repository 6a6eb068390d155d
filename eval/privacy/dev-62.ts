/**
 * Development set 62 (`dev-62/a.jsonl`, `dev-62/b.jsonl`): a person's biometric or genetic data as exports and chats
 * carry it — fingerprint templates (ISO/IEC 19794-2, ANSI 378), face and voice embeddings, voiceprint ids, iris codes,
 * palm-vein and keystroke profiles, STR profiles, raw-data and VCF rows, paternity and genetic results, enrolment records
 * — and hard negatives with the same words and formats and nobody private. Written by the session-45 biometric helper
 * (see dev-62/README.md). `kind` is `<topic>:<category>` or `neg-<topic>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-62.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-62
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-62/entries.js";

export const DEV_62_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-62.ts")) {
  const names = interleavedAssignment(DEV_62_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_62_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev62${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-62/a.jsonl", halves.a);
  writeMarkedSet("dev-62/b.jsonl", halves.b);
}
