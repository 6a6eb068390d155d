/**
 * Development set 85 (`dev-85/a.jsonl`, `dev-85/b.jsonl`): a grid of secret kinds × the containers they leak in,
 * generated from a seed by `dev-85/entries.ts` — human passwords, Wi-Fi keys, PINs and door codes, security answers,
 * recovery codes, TOTP seeds, BIP39 phrases, SSH/PGP private keys, database URLs, cloud and service keys with and
 * without a fixed prefix, cookies, bearer and Basic-auth headers, `.pgpass`, `.netrc`, docker and kubeconfig
 * credentials, Wi-Fi QR strings — in prose, source files of eight languages, .env, YAML, TOML, INI, JSON, XML, shell
 * history and one-liners, CI logs, password-manager exports and OCR of a saved-password screen, with hard negatives
 * from the same grid (placeholders, references, documented examples, hashes, public keys, checksums, ids, redactions,
 * policy questions). Written by the session-50 secrets helper (see dev-85/README.md). `kind` is
 * `<container family>:<secret kind>:<category>` or `neg-<container family>:<secret kind>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-85.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-85
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-85/entries.js";

export const DEV_85_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-85.ts")) {
  const names = interleavedAssignment(DEV_85_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_85_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev85${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-85/a.jsonl", halves.a);
  writeMarkedSet("dev-85/b.jsonl", halves.b);
}
