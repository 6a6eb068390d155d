/**
 * Development set 48 (`dev-48/a.jsonl`, `dev-48/b.jsonl`): translation and localisation requests as users send them —
 * letters to translate, bilingual forms (label in one language, value in another), transliterated names and addresses
 * (Cyrillic→Latin, Pinyin, Romaji, Hangul romanisation, Arabic→Latin), a record with its translation below it,
 * code-switched chat (Hinglish, Taglish, Spanglish, Arabizi, Franglais, Denglisch), subtitles (SRT, WebVTT) and app
 * string files (.po, .strings, i18n JSON, Android XML) with a named private person's address, date of birth, national
 * id, phone, health, e-mail or passport (`dev-48/sensitive.ts`) — with same-shape hard negatives (`dev-48/negatives.ts`).
 * Written by the session-42 translate helper before opening src/privacy (see dev-48/README.md). `kind` is
 * `<medium>:<category>` or `neg-<medium>:<what>`.
 * Halves: entries in order, alternating between A and B within each (language, class) group (dev-14's
 * `interleavedAssignment`; class = medium, polarity, category).
 * Rebuild: npx tsx eval/privacy/dev-48.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-48
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { SENSITIVE } from "./dev-48/sensitive.js";
import { NEGATIVES } from "./dev-48/negatives.js";

export const DEV_48_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-48.ts")) {
  const names = interleavedAssignment(DEV_48_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_48_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev48${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-48/a.jsonl", halves.a);
  writeMarkedSet("dev-48/b.jsonl", halves.b);
}
