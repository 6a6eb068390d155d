/**
 * Development set 61 (`dev-61/a.jsonl`, `dev-61/b.jsonl`): a private person's health told in ordinary words —
 * symptoms, appointments and referrals, sick notes, hospital and rehab stays, being sectioned or in detox, pregnancy
 * and miscarriage, care levels, surgery recovery, test results, mental health — said of a named person, a lone first
 * name, or a relative with no possessive ("Papa ki", "Mama hat", "mamãe está"; topic `kin`, sensitive only under
 * `privacy.unnamedRelatives: sensitive`), and hard negatives with the same words and nobody private. Written by the
 * session-45 health helper (see dev-61/README.md). `kind` is `<topic>:health` or `neg-<topic>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-61.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-61
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-61/entries.js";

export const DEV_61_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-61.ts")) {
  const names = interleavedAssignment(DEV_61_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_61_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev61${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-61/a.jsonl", halves.a);
  writeMarkedSet("dev-61/b.jsonl", halves.b);
}
