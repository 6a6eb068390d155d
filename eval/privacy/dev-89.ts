/**
 * Development set 89 (`dev-89/a.jsonl`, `dev-89/b.jsonl`): personal data after the cue words the rules do not list —
 * emoji and symbols as labels, abbreviations and shorthand, misspelt labels, machine keys (camelCase, snake_case,
 * dotted and bracketed, GraphQL, Protobuf text, YAML, INI, TOML, HTML `autocomplete=`), the label after the value, legal
 * register, bilingual labels and a table's header two rows above — in English (most), German, French and Spanish, for
 * every category (phone, e-mail, home, birth date, identity and passport numbers, cards, accounts, credentials, a named
 * person's health), with hard negatives that use the same cue forms on non-personal values (businesses, public figures,
 * fiction, documented samples, schemas and tutorials without data, placeholders, masked values). Written by the
 * session-51 cues helper (see dev-89/README.md). `kind` is `<cue form>:<category>` or `neg-<cue form>:<what>`.
 * Halves: the entries are shuffled with the committed seed 8901 (`createSeededRandom`), then split by dev-14's
 * `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-89.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-89
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { createSeededRandom } from "../../src/policies/clock.js";
import { NEGATIVES, SENSITIVE } from "./dev-89/entries.js";

export const DEV_89_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

/** The entries in a seeded order (Fisher–Yates with seed 8901), so which half an entry lands in does not follow writing order. */
function shuffled(entries: readonly MarkedEntry[]): MarkedEntry[] {
  const random = createSeededRandom(8901);
  const out = [...entries];
  for (let index = out.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [out[index], out[other]] = [out[other]!, out[index]!];
  }
  return out;
}

if (process.argv[1]?.endsWith("dev-89.ts")) {
  const entries = shuffled(DEV_89_ENTRIES);
  const names = interleavedAssignment(entries, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  entries.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev89${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-89/a.jsonl", halves.a);
  writeMarkedSet("dev-89/b.jsonl", halves.b);
}
