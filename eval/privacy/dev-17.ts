/**
 * Development set 17 (`dev-17/a.jsonl`, `dev-17/b.jsonl`): the held-out set's weakest categories from a new author —
 * driver's licences of many countries and US states, credentials in prose and configs (passwords, Wi-Fi keys, router
 * logins, door codes, PINs, security answers, forwarded one-time codes, connection URIs), phones and postal addresses
 * in local formats, dates of birth in many date formats — in English, German, French, Spanish, Italian, Dutch,
 * Polish, Portuguese, Japanese, Korean, Chinese, Turkish and Swedish; and same-shape hard negatives (public switchboards,
 * shops' addresses, format descriptions, documentation samples, password rules). Written by the session-32 credentials
 * helper on 5 December 2026 BEFORE opening anything under src/privacy or running the guard (see dev-17/README.md).
 * People and numbers are invented. `kind` is `<topic>:<document>-<register>:<form>`; halves as dev-14's.
 * Rebuild: npx tsx eval/privacy/dev-17.ts ; check: npx tsx eval/privacy/dev-17/check.ts
 * Score: npm run eval:privacy -- --set dev-17 --no-baselines
 */
import type { MarkedEntry } from "./marked-prompts.js";
import { writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { EN } from "./dev-17/en.js";
import { EUROPE } from "./dev-17/europe.js";
import { ASIA_MORE } from "./dev-17/asia-more.js";

const ENTRIES: MarkedEntry[] = [...EN, ...EUROPE, ...ASIA_MORE];

if (process.argv[1]?.endsWith("dev-17.ts")) {
  const halves = interleavedHalves(ENTRIES, "dev17");
  writeMarkedSet("dev-17/a.jsonl", halves.a);
  writeMarkedSet("dev-17/b.jsonl", halves.b);
}
