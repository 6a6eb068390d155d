/**
 * Development set 56 (`dev-56/a.jsonl`, `dev-56/b.jsonl`): English personal data in text that went through a machine
 * or a mail client before it reached the prompt — ASR voicemail and call transcripts, OCR'd scans, quoted and forwarded
 * email, SMS/WhatsApp exports, meeting notes, ticket histories — and hard negatives of the same artefacts with
 * business contacts, public talks, textbooks, notices and example values. Written by the session-44 transcripts
 * helper (see dev-56/README.md). `kind` is `<medium>:<category>` or `neg-<medium>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-56.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-56
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES } from "./dev-56/negatives.js";
import { SENSITIVE } from "./dev-56/sensitive.js";

export const DEV_56_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-56.ts")) {
  const names = interleavedAssignment(DEV_56_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_56_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev56${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-56/a.jsonl", halves.a);
  writeMarkedSet("dev-56/b.jsonl", halves.b);
}
