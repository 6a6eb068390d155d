/**
 * Development set 26 (`dev-26/a.jsonl`, `dev-26/b.jsonl`): a private named person's money (payslips, payroll CSV with
 * unquoted commas, family debts, statements, Pix/UPI/M-Pesa/Venmo/Bizum receipts, tax forms) and health (clinical,
 * SOAP, discharge notes, labs, prescriptions, drug labels, a colleague's or relative's diagnosis told casually),
 * credentials after local cues and in odd scripts (katakana, kanji and full-width digits, zero-width characters,
 * configs), national IDs and driver's licences of many countries in their own formats — in 20 languages, with
 * matched hard negatives. Written by the session-36 recall helper before opening src/privacy (see dev-26/README.md).
 * Rebuild: npx tsx eval/privacy/dev-26.ts ; check: npx tsx eval/privacy/dev-26/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-26
 */
import type { MarkedEntry } from "./marked-prompts.js";
import { writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { MONEY } from "./dev-26/money.js";
import { HEALTH } from "./dev-26/health.js";
import { CREDENTIALS } from "./dev-26/credentials.js";
import { IDS } from "./dev-26/ids.js";
import { MORE } from "./dev-26/more.js";

export const DEV_26_ENTRIES: MarkedEntry[] = [...MONEY, ...HEALTH, ...CREDENTIALS, ...IDS, ...MORE];

if (process.argv[1]?.endsWith("dev-26.ts")) {
  const halves = interleavedHalves(DEV_26_ENTRIES, "dev26");
  writeMarkedSet("dev-26/a.jsonl", halves.a);
  writeMarkedSet("dev-26/b.jsonl", halves.b);
}
