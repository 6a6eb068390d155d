/**
 * Development set 86 (`dev-86/a.jsonl`, `dev-86/b.jsonl`): a private person's home address inside running sentences, in
 * each country's own order and language, for thirty-one countries (de, fr, es, it, pt, nl, pl, sv, cs, el, tr; us, ca,
 * mx, br, ar, co, cl; jp, kr, cn, tw, in, id, vn, th, ph; au, nz, za, ng, eg, sa), with the hard shapes (apartment,
 * floor and door notation, broken over lines under the name, abbreviated, lower case, JSON and form lines, rural routes,
 * PO boxes, named houses without a number, partial homes without a postcode) and hard negatives in the same shapes
 * (offices, shops, schools, hospitals, embassies, museums, venues, a street or postcode alone, directions, famous and
 * fictional addresses, format tutorials). A seeded generator fills hand-written frames (`dev-86/templates.ts`) from our
 * own lists (`dev-86/countries.ts`). Written by the session-50 addresses helper (see dev-86/README.md). `kind` is
 * `<shape>:home` or `neg-<what>:<detail>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-86.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-86
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-86/entries.js";

export const DEV_86_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-86.ts")) {
  const names = interleavedAssignment(DEV_86_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_86_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev86${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-86/a.jsonl", halves.a);
  writeMarkedSet("dev-86/b.jsonl", halves.b);
}
