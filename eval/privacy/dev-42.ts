/**
 * Development set 42 (`dev-42/a.jsonl`, `dev-42/b.jsonl`): personal data in wrapped, multi-line and nested encodings —
 * base64 wrapped every 76 or 64 characters (MIME bodies, PEM-like blocks, JSON and YAML strings), base64url without
 * padding, an encoding inside another (base64 of a JWT, base64 of base64), more encoded tokens than a decoder reads
 * (`dev-42/encoded.ts`), values cut by a line break, a quoted-printable soft break or a JSON `\n` (`dev-42/broken.ts`) —
 * with same-shape hard negatives (binary base64: images, gzip, certificates, keys; digests, nonces, UUIDs, tables of
 * numbers, documentation tokens and test values). Every encoded value is really encoded by `dev-42/encode.ts`;
 * the halves are split by a committed seed (SEED below). Written by the session-41 encoded helper before opening
 * src/privacy (see dev-42/README.md).
 * Rebuild: npx tsx eval/privacy/dev-42.ts ; check: npx tsx eval/privacy/dev-42/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-42
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { ENCODED } from "./dev-42/encoded.js";
import { BROKEN } from "./dev-42/broken.js";
import { shuffled } from "./dev-42/encode.js";

export const DEV_42_ENTRIES: MarkedEntry[] = [...ENCODED, ...BROKEN];
/** The seed of the split: entries are shuffled with it, then alternate between the halves within each class. */
export const SEED = 42_0612;

if (process.argv[1]?.endsWith("dev-42.ts")) {
  const order = shuffled(DEV_42_ENTRIES, SEED);
  const names = interleavedAssignment(order, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  order.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev42${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-42/a.jsonl", halves.a);
  writeMarkedSet("dev-42/b.jsonl", halves.b);
}
