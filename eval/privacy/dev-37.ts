/**
 * Development set 37 (`dev-37/a.jsonl`, `dev-37/b.jsonl`): minimal contrast pairs for the categories the held-out
 * sets flag wrongly (password, health, email, phone, street address, date of birth). Each sensitive prompt has a twin
 * that differs by one fact — whose the value is (a public figure, a business, an invented example, a placeholder, the
 * documentation, a pet, fiction) or what it is (a format, a count, a version, a product date) — written in e-mail
 * threads, chat transcripts, CSV, YAML/JSON logs, markdown tables, stack traces, SQL, form letters and support tickets,
 * in English, Korean and German mainly, also Japanese, French and Spanish. Both members of a pair go to the same half.
 * Written by the session-39 contrast helper before opening src/privacy (see dev-37/README.md).
 * Rebuild: npx tsx eval/privacy/dev-37.ts ; check: npx tsx eval/privacy/dev-37/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-37
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment } from "./dev-14.js";
import type { ContrastPair } from "./dev-37/pair.js";
import { EN } from "./dev-37/en.js";
import { KO } from "./dev-37/ko.js";
import { DE } from "./dev-37/de.js";
import { MORE } from "./dev-37/more.js";

export const DEV_37_PAIRS: ContrastPair[] = [...EN, ...KO, ...DE, ...MORE];

/**
 * Pairs alternate between A and B within each (language, topic) group; a new group starts on the half holding fewer
 * pairs of its language (tie: fewer of its topic; tie: A) — dev-14's interleaving over pairs. Both members of a pair
 * land in the same half, numbered `<prefix>a-001` … / `<prefix>b-001` … in order (positive first).
 */
export function pairedHalves(pairs: readonly ContrastPair[], prefix: string) {
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  const names = interleavedAssignment(
    pairs,
    (members) => members[0][0],
    (members) => members[0][1].split(":")[0]!,
  );
  pairs.forEach((members, index) => {
    const name = names[index]!;
    for (const entry of members) halves[name].push([entry, `${prefix}${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  return halves;
}

if (process.argv[1]?.endsWith("dev-37.ts")) {
  const halves = pairedHalves(DEV_37_PAIRS, "dev37");
  writeMarkedSet("dev-37/a.jsonl", halves.a);
  writeMarkedSet("dev-37/b.jsonl", halves.b);
}
