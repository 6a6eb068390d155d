/**
 * Development set 25 (`dev-25/a.jsonl`, `dev-25/b.jsonl`): hard negatives that look private but identify nobody, in the
 * five categories of the held-out false positives (street addresses, dates, passwords, phones, money) — businesses,
 * venues, returns and shipping policies, reviews, government offices, geocoding and address-parsing code, fiction;
 * historical, product, contract and public-figure dates, ages in general, date-format code; password docs, CLI help,
 * config references, policies, hashes in tutorials, placeholder secrets, strength questions about generic examples;
 * business numbers, hotlines, phone-format code, E.164 docs; fees, prices, general salaries, placeholder statements —
 * in 14 languages, with matched positives in the same styles. Written by the session-35 precision helper before
 * opening src/privacy (see dev-25/README.md).
 * Rebuild: npx tsx eval/privacy/dev-25.ts ; check: npx tsx eval/privacy/dev-25/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-25
 */
import type { MarkedEntry } from "./marked-prompts.js";
import { writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { EN } from "./dev-25/en.js";
import { EUROPE } from "./dev-25/europe.js";
import { ASIA } from "./dev-25/asia.js";

export const DEV_25_ENTRIES: MarkedEntry[] = [...EN, ...EUROPE, ...ASIA];

if (process.argv[1]?.endsWith("dev-25.ts")) {
  const halves = interleavedHalves(DEV_25_ENTRIES, "dev25");
  writeMarkedSet("dev-25/a.jsonl", halves.a);
  writeMarkedSet("dev-25/b.jsonl", halves.b);
}
