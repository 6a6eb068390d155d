/**
 * Development set 51 (`dev-51/a.jsonl`, `dev-51/b.jsonl`): a gazetteer-driven grid of words that are both a first name
 * and a place, organisation, month, virtue or common noun (Jordan, Georgia, Florence, Charlotte, Grace, June, Mercedes,
 * Dolores, Nancy, Kazimierz …), each written once as the place or thing next to a health, money or address word (hard
 * negative) and once as a private person with person evidence (its twin, a positive) — `dev-51/grid.ts` — plus public
 * project mailboxes (mailing lists, bug trackers, security contacts) against private people's addresses
 * (`dev-51/mailboxes.ts`). Written by the session-43 places helper before opening src/privacy (see dev-51/README.md).
 * `kind` is `<role>:<category>` or `neg-<role>:<category>`.
 * Halves: a grid row's two prompts stay together (a twin pair is one unit); units alternate between A and B within
 * each (language, class) group (dev-14's `interleavedAssignment`; class = role and category for a pair, `kindClass` for
 * a mailbox).
 * Rebuild: npx tsx eval/privacy/dev-51.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-51
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { GRID } from "./dev-51/grid.js";
import { PERSONAL_MAILBOXES, PUBLIC_MAILBOXES } from "./dev-51/mailboxes.js";

/** A unit is one or two entries that go to the same half, with its language and class. */
type Unit = { entries: MarkedEntry[]; lang: string; cls: string };

const PAIRS: Unit[] = GRID.map(([lang, role, category, negative, positive]) => ({
  entries: [
    [lang, `${role}:${category}`, positive],
    [lang, `neg-${role}:${category}`, negative],
  ],
  lang,
  cls: `pair|${role}|${category}`,
}));

const SINGLES: Unit[] = [...PERSONAL_MAILBOXES, ...PUBLIC_MAILBOXES].map((entry) => ({ entries: [entry], lang: entry[0], cls: kindClass(entry) }));

export const DEV_51_UNITS: Unit[] = [...PAIRS, ...SINGLES];
export const DEV_51_ENTRIES: MarkedEntry[] = DEV_51_UNITS.flatMap((unit) => unit.entries);

if (process.argv[1]?.endsWith("dev-51.ts")) {
  const names = interleavedAssignment(
    DEV_51_UNITS,
    (unit) => unit.lang,
    (unit) => unit.cls,
  );
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_51_UNITS.forEach((unit, index) => {
    const name = names[index]!;
    for (const entry of unit.entries) halves[name].push([entry, `dev51${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-51/a.jsonl", halves.a);
  writeMarkedSet("dev-51/b.jsonl", halves.b);
}
