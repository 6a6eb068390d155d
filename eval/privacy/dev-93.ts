/**
 * Development set 93 (`dev-93/a.jsonl`, `dev-93/b.jsonl`): credentials in the formats and files where they really leak,
 * from a committed seeded generator over published secret formats (`dev-93/formats.ts`: prefix, length, alphabet and
 * the GitHub / npm CRC32 checksum) × containers (shell history, .env, docker-compose, CI YAML, notebook, stack trace,
 * log, chat, ticket, e-mail) and credential files (.netrc, .pgpass, .npmrc, .pypirc, ~/.aws/credentials, kubeconfig,
 * Kubernetes Secret, docker config.json, tfvars, Jenkinsfile, curl, git remote, basic auth, database and broker URIs,
 * Azure and GCP keys, PEM/OpenSSH private keys, JWTs) × nine languages' wording and password cue words
 * (`dev-93/frames.ts`), with hard negatives of the same shapes (`dev-93/entries.ts`, seed 932026). Written by the
 * session-53 secrets helper (see dev-93/README.md). `kind` is `<group>:<format>:<container>` or
 * `neg-<group>:<format>:<negative kind>`.
 * Halves: the entries are shuffled with the committed seed 9301 (`createSeededRandom`), then split by dev-14's
 * `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-93.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-93
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { seededInterleavedHalves } from "./seeded-halves.js";
import { ENTRIES } from "./dev-93/entries.js";

export const DEV_93_ENTRIES: MarkedEntry[] = [...ENTRIES];

if (process.argv[1]?.endsWith("dev-93.ts")) {
  const halves = seededInterleavedHalves(DEV_93_ENTRIES, 9301, "dev93");
  writeMarkedSet("dev-93/a.jsonl", halves.a);
  writeMarkedSet("dev-93/b.jsonl", halves.b);
}
