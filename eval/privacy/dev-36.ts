/**
 * Development set 36 (`dev-36/a.jsonl`, `dev-36/b.jsonl`): the privacy guard's known leftovers after session 38 — a
 * birth date right after a name, a letter-block postal address with an initial, shorthand diagnoses of a named person
 * or a relative, transliterated health (Hinglish, Romanised Arabic), bare lab tables under a name in Arabic, Persian
 * and Thai, salaries written in words, passwords after a cue with a parenthesis — in 17 languages, beside hard
 * negatives of the same shapes (public people's birthdays, placeholder, company and landmark addresses, textbook cases,
 * leaflets, reference ranges, salary surveys). Written by the session-39 recall helper before opening src/privacy
 * (see dev-36/README.md).
 * Rebuild: npx tsx eval/privacy/dev-36.ts ; check: npx tsx eval/privacy/dev-36/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-36
 */
import type { MarkedEntry } from "./marked-prompts.js";
import { writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { EN } from "./dev-36/en.js";
import { EU } from "./dev-36/eu.js";
import { ASIA } from "./dev-36/asia.js";
import { MORE } from "./dev-36/more.js";

export const DEV_36_ENTRIES: MarkedEntry[] = [...EN, ...EU, ...ASIA, ...MORE];

if (process.argv[1]?.endsWith("dev-36.ts")) {
  const halves = interleavedHalves(DEV_36_ENTRIES, "dev36");
  writeMarkedSet("dev-36/a.jsonl", halves.a);
  writeMarkedSet("dev-36/b.jsonl", halves.b);
}
