/**
 * Development set 89 (`dev-89/a.jsonl`, `dev-89/b.jsonl`): personal data after the cue words the rules do not list —
 * emoji and symbols as labels, abbreviations and shorthand, misspelt labels, machine keys (camelCase, snake_case,
 * dotted and bracketed, GraphQL, Protobuf text, YAML, INI, TOML, HTML `autocomplete=`), the label after the value, legal
 * register, bilingual labels and a table's header two rows above — in English (most), German, French and Spanish, for
 * every category (phone, e-mail, home, birth date, identity and passport numbers, cards, accounts, credentials, a named
 * person's health), with hard negatives that use the same cue forms on non-personal values (businesses, public figures,
 * fiction, documented samples, schemas and tutorials without data, placeholders, masked values). Written by the
 * session-51 cues helper (see dev-89/README.md). `kind` is `<cue form>:<category>` or `neg-<cue form>:<what>`.
 * Halves: `seededInterleavedHalves` (seeded-halves.ts): the entries shuffled with the committed seed 8901, then split by dev-14's
 * `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-89.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-89
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { seededInterleavedHalves } from "./seeded-halves.js";
import { NEGATIVES, SENSITIVE } from "./dev-89/entries.js";

export const DEV_89_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-89.ts")) {
  const halves = seededInterleavedHalves(DEV_89_ENTRIES, 8901, "dev89");
  writeMarkedSet("dev-89/a.jsonl", halves.a);
  writeMarkedSet("dev-89/b.jsonl", halves.b);
}
