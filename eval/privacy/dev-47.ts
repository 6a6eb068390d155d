/**
 * Development set 47 (`dev-47/a.jsonl`, `dev-47/b.jsonl`): a named or otherwise identified private person's health and
 * biometric data said implicitly — a medication or dose only, a lab value or vital sign, a procedure or appointment that
 * implies a condition, a euphemism, slang word or abbreviation, a negation, history or question, and biometric templates,
 * genetic results and wearable exports tied to a named person or an employee id (`dev-47/sensitive.ts`) — with twin
 * hard negatives (`dev-47/negatives.ts`: leaflets, reference ranges, trial aggregates, public figures' news, fiction,
 * pets, an unnamed relative, generic questions, biometric product docs). 15 languages.
 * Written by the session-43 health helper before opening src/privacy (see dev-47/README.md). `kind` is
 * `<operator>:<category>` or `neg-<operator>:<what>`.
 * Halves: entries in order, alternating between A and B within each (language, class) group (dev-14's
 * `interleavedAssignment`; class = operator, polarity, category).
 * Rebuild: npx tsx eval/privacy/dev-47.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-47
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { SENSITIVE } from "./dev-47/sensitive.js";
import { NEGATIVES } from "./dev-47/negatives.js";

export const DEV_47_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-47.ts")) {
  const names = interleavedAssignment(DEV_47_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_47_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev47${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-47/a.jsonl", halves.a);
  writeMarkedSet("dev-47/b.jsonl", halves.b);
}
