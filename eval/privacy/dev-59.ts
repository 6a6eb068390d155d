/**
 * Development set 59 (`dev-59/a.jsonl`, `dev-59/b.jsonl`): credentials as people actually paste them — wallet seed
 * phrases, Wi-Fi QR strings and router stickers, alarm / door / gate / safe codes, card PINs and phone unlock codes,
 * security-question answers, 2FA backup codes, TOTP secrets, bot tokens, prefixed provider keys, `.netrc`, Docker
 * `auths`, kubeconfig tokens, `.pgpass`, Basic-auth headers and passwords after a cue word in nine languages — and hard
 * negatives with the same words and formats and nothing private (placeholders, public keys, hashes, commit SHAs, UUIDs,
 * vendors' documented test keys, policy and reset questions, BIP-39 talk, product copy, revoked tokens in docs).
 * Written by the session-45 credentials helper (see dev-59/README.md). `kind` is `<topic>:<category>` or
 * `neg-<topic>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-59.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-59
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-59/entries.js";

export const DEV_59_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-59.ts")) {
  const names = interleavedAssignment(DEV_59_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_59_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev59${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-59/a.jsonl", halves.a);
  writeMarkedSet("dev-59/b.jsonl", halves.b);
}
