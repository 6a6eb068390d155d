/**
 * Development set 77 (`dev-77/a.jsonl`, `dev-77/b.jsonl`): a message relayed for someone else — the user pastes or
 * dictates what a sister, friend, client, tenant, buyer, courier or debt collector sent (a delivery chat, a marketplace
 * sale, a rental application, a collection-call summary, "forward this to the landlord") with a private person's home,
 * phone (national formats, digits spoken or spaced), bank details (IBAN, account no, UPI), card or a named person's
 * money, in en, ru, ja, ko, hi, Hinglish, es, nl, pt, tr, de and zh, with 44 % hard negatives of the same relays and
 * nobody private. Written by the session-48 contact helper (see dev-77/README.md). `kind` is `<topic>:<category>` or
 * `neg-<topic>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-77.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-77
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-77/entries.js";

export const DEV_77_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-77.ts")) {
  const names = interleavedAssignment(DEV_77_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_77_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev77${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-77/a.jsonl", halves.a);
  writeMarkedSet("dev-77/b.jsonl", halves.b);
}
