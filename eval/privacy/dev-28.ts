/**
 * Development set 28 (`dev-28/a.jsonl`, `dev-28/b.jsonl`): health only — a named or otherwise identified private person
 * (patient, relative, colleague, neighbour, a user who signs with their name, a forum handle) with a condition, injury,
 * symptom, medicine, result, pregnancy, mental health, disability, addiction, allergy, vaccination status, surgery or
 * therapy, in clinical documents, chats, e-mails, HR absence notes, claims, school notes, forum posts, CSV, JSON and
 * code, in 17 languages and variants, with euphemisms and abbreviations; ~35% hard negatives (general questions,
 * textbook cases, public figures, leaflets, fiction, schemas, statistics). Written by the session-36 health helper
 * before opening src/privacy (see dev-28/README.md).
 * Rebuild: npx tsx eval/privacy/dev-28.ts ; check: npx tsx eval/privacy/dev-28/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-28
 */
import type { MarkedEntry } from "./marked-prompts.js";
import { writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { EN } from "./dev-28/en.js";
import { EUROPE } from "./dev-28/europe.js";
import { WORLD } from "./dev-28/world.js";

export const DEV_28_ENTRIES: MarkedEntry[] = [...EN, ...EUROPE, ...WORLD];

if (process.argv[1]?.endsWith("dev-28.ts")) {
  const halves = interleavedHalves(DEV_28_ENTRIES, "dev28");
  writeMarkedSet("dev-28/a.jsonl", halves.a);
  writeMarkedSet("dev-28/b.jsonl", halves.b);
}
