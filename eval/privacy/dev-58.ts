/**
 * Development set 58 (`dev-58/a.jsonl`, `dev-58/b.jsonl`): a private person with a drug by brand or generic name, a
 * treatment (dialysis, a chemo cycle, IVF, physiotherapy) or a medical device (insulin pump, CPAP, pacemaker, hearing
 * aid, stoma bag, wheelchair), and hard negatives with the same words and no private person (leaflets, prices,
 * shortages, public figures, pets' medicines, homonyms, companies). Written by the session-44 healthvocab helper (see
 * dev-58/README.md). `kind` is `<topic>:health` or `neg-<topic>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-58.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-58
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-58/entries.js";

export const DEV_58_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-58.ts")) {
  const names = interleavedAssignment(DEV_58_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_58_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev58${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-58/a.jsonl", halves.a);
  writeMarkedSet("dev-58/b.jsonl", halves.b);
}
