/**
 * Development set 67 (`dev-67/a.jsonl`, `dev-67/b.jsonl`): sensitive values carried in encodings and escapes —
 * percent-encoding, HTML entities, JSON/JS `\uXXXX` and `\xNN` escapes, quoted-printable, base64 of JSON or of
 * `user:password`, grouped base32 secrets, C/Python byte arrays, xxd and `hexdump -C` dumps, data: URIs, MIME
 * encoded-words, punycode mail domains — and hard negatives of the same shapes (hashes, UUIDs, image and font base64,
 * dumps of binaries, encoded public URLs, HTML pages with entities, RFC test vectors, documented examples). Written by
 * the session-46 encodings helper before any rule change (see dev-67/README.md). `kind` is `<encoding>:<category>` or
 * `neg-<encoding>:<what>`. Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-67.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-67
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-67/entries.js";

export const DEV_67_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-67.ts")) {
  const names = interleavedAssignment(DEV_67_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_67_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev67${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-67/a.jsonl", halves.a);
  writeMarkedSet("dev-67/b.jsonl", halves.b);
}
