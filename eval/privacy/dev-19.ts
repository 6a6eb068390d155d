/**
 * Development set 19 (`dev-19/a.jsonl`, `dev-19/b.jsonl`): the held-out set's weakest categories (driver's licences,
 * credentials, phones) in developer- and ops-shaped text — code (Python, JS, Go, Java, PHP, SQL, shell), configs (.env,
 * YAML, TOML, docker-compose, k8s secrets, properties), logs (SMS gateways, auth, OCR, KYC), stack traces, test
 * fixtures, CRM exports, tickets and colleagues' chat — in English, German, French, Spanish, Italian, Dutch, Polish,
 * Portuguese, Japanese, Korean, Chinese, Turkish and Russian; and the hard negatives such prompts really contain (UUIDs,
 * hashes, commit SHAs, versions, order and invoice numbers, timestamps, ports, reserved and private IPs, documented
 * example keys, placeholders, env and secret-file references, obviously fake fixtures, public hotlines). Written by the
 * session-33 credentials helper on 5 December 2026 BEFORE opening anything under src/privacy or running the guard (see
 * dev-19/README.md). People, numbers and secrets are invented. `kind` is `<topic>:<document>-<register>:<form>`;
 * halves as dev-14's. Rebuild: npx tsx eval/privacy/dev-19.ts ; check: npx tsx eval/privacy/dev-19/check.ts
 * Score: npm run eval:privacy -- --set dev-19 --no-baselines
 */
import type { MarkedEntry } from "./marked-prompts.js";
import { writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { EN } from "./dev-19/en.js";
import { EUROPE } from "./dev-19/europe.js";
import { ASIA_MORE } from "./dev-19/asia-more.js";

const ENTRIES: MarkedEntry[] = [...EN, ...EUROPE, ...ASIA_MORE];

if (process.argv[1]?.endsWith("dev-19.ts")) {
  const halves = interleavedHalves(ENTRIES, "dev19");
  writeMarkedSet("dev-19/a.jsonl", halves.a);
  writeMarkedSet("dev-19/b.jsonl", halves.b);
}
