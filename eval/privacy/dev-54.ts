/**
 * Development set 54 (`dev-54/a.jsonl`, `dev-54/b.jsonl`): chat-register messages naming a relative or friend in lower
 * case with their health, money, identity or contact data, numbers written before their label (or on the line before
 * it), and PINs on the line after their label; hard negatives of the same shapes (see dev-54/README.md). Written by
 * the session-44 relnames helper before any rule change. `kind` is `<topic>:<category>` or `neg-<topic>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-54.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-54
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-54/entries.js";

export const DEV_54_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-54.ts")) {
  const names = interleavedAssignment(DEV_54_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_54_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev54${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-54/a.jsonl", halves.a);
  writeMarkedSet("dev-54/b.jsonl", halves.b);
}
