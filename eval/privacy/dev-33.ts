/**
 * Development set 33 (`dev-33/a.jsonl`, `dev-33/b.jsonl`): addresses and dates that are not a private person's —
 * business and institution addresses in signatures, letterheads, invoices from a company, shipping-label templates,
 * store locators, venues, embassies and government offices, fixtures, geocoding and parser examples, address-format
 * questions, listings and historical buildings; founding and release dates, historical deaths, statistics, date
 * formats, the writer's own birthday, expiry dates, an unnamed child's age — in 16 languages, each beside positives of
 * the same shape (a private person's home address, a named person's birth date). Written by the session-38 precision
 * helper before opening src/privacy (see dev-33/README.md).
 * Rebuild: npx tsx eval/privacy/dev-33.ts ; check: npx tsx eval/privacy/dev-33/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-33
 */
import type { MarkedEntry } from "./marked-prompts.js";
import { writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { EN } from "./dev-33/en.js";
import { EUROPE } from "./dev-33/europe.js";
import { ASIA } from "./dev-33/asia.js";
import { MIXED } from "./dev-33/mixed.js";

export const DEV_33_ENTRIES: MarkedEntry[] = [...EN, ...EUROPE, ...ASIA, ...MIXED];

if (process.argv[1]?.endsWith("dev-33.ts")) {
  const halves = interleavedHalves(DEV_33_ENTRIES, "dev33");
  writeMarkedSet("dev-33/a.jsonl", halves.a);
  writeMarkedSet("dev-33/b.jsonl", halves.b);
}
