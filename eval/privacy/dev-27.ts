/**
 * Development set 27 (`dev-27/a.jsonl`, `dev-27/b.jsonl`): hard negatives whose street addresses, dates, money,
 * password talk and phone numbers identify nobody — embassies, hospitals, venues, offices, listings without an owner,
 * fiction, shipping-API and geocoding code, fixtures; release dates, deadlines, founding dates, historical and
 * fictional birthdays, "born" companies and mascots, date formats in code; company results, prices, budgets, job-ad
 * salary ranges, averages, hypotheticals; password policies, placeholders, env-var references, documented hashes and
 * defaults, strength questions; hotlines, public directories, phone-format examples — in 19 languages, with matched
 * positives (a named private person's home address, birth date — also beside a "debut" —, salary or debt, phone in a
 * formatting request, a secret in use). Written by the session-36 precision helper before opening src/privacy
 * (see dev-27/README.md).
 * Rebuild: npx tsx eval/privacy/dev-27.ts ; check: npx tsx eval/privacy/dev-27/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-27
 */
import type { MarkedEntry } from "./marked-prompts.js";
import { writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { EN } from "./dev-27/en.js";
import { EUROPE } from "./dev-27/europe.js";
import { ASIA } from "./dev-27/asia.js";

export const DEV_27_ENTRIES: MarkedEntry[] = [...EN, ...EUROPE, ...ASIA];

if (process.argv[1]?.endsWith("dev-27.ts")) {
  const halves = interleavedHalves(DEV_27_ENTRIES, "dev27");
  writeMarkedSet("dev-27/a.jsonl", halves.a);
  writeMarkedSet("dev-27/b.jsonl", halves.b);
}
