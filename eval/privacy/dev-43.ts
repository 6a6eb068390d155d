/**
 * Development set 43 (`dev-43/a.jsonl`, `dev-43/b.jsonl`): realistic records mutated by the transformations an
 * integrator or attacker applies — hex with separators, `\x`, `0x` and mixed case, short unpadded, url-safe and wrapped
 * base64, RFC 4648 base32 (`dev-43/encoded.ts`); HL7 under `#` and `!` separators (declared by MSH or not, two
 * messages with different separators), EDIFACT with a UNA advice, X12 with `|`, headings that declare test data or
 * name a medical test, CSV rows with a `test` column (`dev-43/records.ts`) — with same-shape hard negatives. Every
 * encoded value is really encoded by `dev-43/encode.ts`; the halves are split by a committed seed (SEED below).
 * Written by the session-42 gaps helper before opening src/privacy (see dev-43/README.md).
 * Rebuild: npx tsx eval/privacy/dev-43.ts ; check: npx tsx eval/privacy/dev-43/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-43
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { ENCODED } from "./dev-43/encoded.js";
import { RECORDS } from "./dev-43/records.js";
import { shuffled } from "./dev-43/encode.js";

export const DEV_43_ENTRIES: MarkedEntry[] = [...ENCODED, ...RECORDS];
/** The seed of the split: entries are shuffled with it, then alternate between the halves within each class. */
export const SEED = 43_0612;

if (process.argv[1]?.endsWith("dev-43.ts")) {
  const order = shuffled(DEV_43_ENTRIES, SEED);
  const names = interleavedAssignment(order, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  order.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev43${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-43/a.jsonl", halves.a);
  writeMarkedSet("dev-43/b.jsonl", halves.b);
}
