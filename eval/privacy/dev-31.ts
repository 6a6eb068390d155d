/**
 * Development set 31 (`dev-31/a.jsonl`, `dev-31/b.jsonl`): public figures' birth dates in biographies, quizzes, fact
 * cards (Steckbrief, fiche, ficha), infoboxes, Wikipedia-style leads, timelines, encyclopaedia tables and obituaries —
 * in 17 languages, prose, tables, JSON and code — with positives of the same shape (a named private person's CV or
 * form, a relative's or neighbour's birth date, also inside a "write a biography of" request, a private obituary
 * notice, a patient). Written by the session-37 biography helper before opening src/privacy (see dev-31/README.md).
 * Rebuild: npx tsx eval/privacy/dev-31.ts ; check: npx tsx eval/privacy/dev-31/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-31
 */
import type { MarkedEntry } from "./marked-prompts.js";
import { writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { EN } from "./dev-31/en.js";
import { WORLD } from "./dev-31/world.js";

export const DEV_31_ENTRIES: MarkedEntry[] = [...EN, ...WORLD];

if (process.argv[1]?.endsWith("dev-31.ts")) {
  const halves = interleavedHalves(DEV_31_ENTRIES, "dev31");
  writeMarkedSet("dev-31/a.jsonl", halves.a);
  writeMarkedSet("dev-31/b.jsonl", halves.b);
}
