/**
 * Development set 22 (`dev-22/a.jsonl`, `dev-22/b.jsonl`): hard negatives that look private but identify nobody (the
 * writer's own birth date with no name, children's ages and birthdays in parenting questions, business and public-office
 * addresses, dates in contracts between companies, password policies and strength questions about example strings,
 * PIN/OTP explanations, first-person health questions, salary ranges and public company financials, business and
 * helpline phone numbers, licence-plate and driving-licence formats) in English, German, French, Spanish, Italian,
 * Portuguese, Polish, Dutch, Japanese, Chinese and Hindi, with matched positives (the same shapes with a named private
 * person). Written by the session-34 precision helper before opening src/privacy (see dev-22/README.md).
 * Rebuild: npx tsx eval/privacy/dev-22.ts ; check: npx tsx eval/privacy/dev-22/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-22
 */
import type { MarkedEntry } from "./marked-prompts.js";
import { writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { EN } from "./dev-22/en.js";
import { INTL } from "./dev-22/intl.js";

export const DEV_22_ENTRIES: MarkedEntry[] = [...EN, ...INTL];

if (process.argv[1]?.endsWith("dev-22.ts")) {
  const halves = interleavedHalves(DEV_22_ENTRIES, "dev22");
  writeMarkedSet("dev-22/a.jsonl", halves.a);
  writeMarkedSet("dev-22/b.jsonl", halves.b);
}
