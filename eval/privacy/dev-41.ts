/**
 * Development set 41 (`dev-41/a.jsonl`, `dev-41/b.jsonl`): public documents as they are published — encyclopaedia
 * biographies and obituaries of public people, company imprints (Impressum, mentions légales, 特定商取引法に基づく表記),
 * press releases and annual-report pay tables, job adverts with salary ranges, real-estate and venue listings,
 * scientific papers' front matter, court lists and gazette notices, museum and heritage pages, event programmes,
 * product manuals with example data, blank government-form instructions — in English and 17 other languages, most
 * paired with a positive of the same genre where one fact makes it personal (a private person's home address in a
 * letter, birth date in a form, own salary in a message, personal e-mail). Written by the session-41 precision helper
 * before opening src/privacy (see dev-41/README.md). `kind` is `<topic>:<genre>:<form>`.
 * Halves: groups (a document and its twin stay together) are shuffled by the project's seeded mulberry32
 * (`createSeededRandom`, src/policies/clock.ts) from SEED below and dealt
 * to the half holding fewer prompts of the group's language (tie: fewer prompts overall; tie: A).
 * Rebuild: npx tsx eval/privacy/dev-41.ts ; check: npx tsx eval/privacy/dev-41/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-41
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import type { Group } from "./dev-41/group.js";
import { createSeededRandom } from "../../src/policies/clock.js";
import { EN } from "./dev-41/en.js";
import { EU } from "./dev-41/eu.js";
import { ASIA } from "./dev-41/asia.js";
import { EAST } from "./dev-41/east.js";
import { MORE } from "./dev-41/more.js";

export const DEV_41_GROUPS: Group[] = [...EN, ...EU, ...ASIA, ...EAST, ...MORE];
/** The committed seed of the split. */
export const SEED = 41_2026_1206;

/**
 * Seeded shuffle of the groups, then each to the half with fewer prompts of its language (tie: fewer overall; A).
 * `keyOf` replaces the language as the balanced key (dev-46 balances by family).
 */
export function seededHalves(groups: readonly Group[], seed: number, prefix: string, keyOf: (group: Group) => string = (group) => group[0]![0]) {
  const random = createSeededRandom(seed);
  const order = groups.map((_, index) => index);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  const perLanguage = new Map<string, { a: number; b: number }>();
  for (const index of order) {
    const group = groups[index]!;
    const language = keyOf(group);
    const counts = perLanguage.get(language) ?? { a: 0, b: 0 };
    const name: "a" | "b" = counts.a !== counts.b ? (counts.a < counts.b ? "a" : "b") : halves.a.length <= halves.b.length ? "a" : "b";
    counts[name] += group.length;
    perLanguage.set(language, counts);
    for (const entry of group) halves[name].push([entry, `${prefix}${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  }
  return halves;
}

if (process.argv[1]?.endsWith("dev-41.ts")) {
  const halves = seededHalves(DEV_41_GROUPS, SEED, "dev41");
  writeMarkedSet("dev-41/a.jsonl", halves.a);
  writeMarkedSet("dev-41/b.jsonl", halves.b);
}
