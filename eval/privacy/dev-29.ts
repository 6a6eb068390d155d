/**
 * Development set 29 (`dev-29/a.jsonl`, `dev-29/b.jsonl`): the held-out set's weakest categories written by a new
 * author — a named private person's money (accounts, IBANs, cards, routing numbers in prose, salaries, debts, tax IDs),
 * credentials (passwords, API keys, tokens, connection strings, recovery codes in configs, shell history, chat and
 * other languages), national IDs and driver's licences of many countries in their real formats, and identified
 * people's health — in e-mails, forms, JSON/YAML/CSV/INI, logs, SMS, meeting transcripts and support tickets, in 25
 * languages and variants, with matched hard negatives. Written by the session-37 recall helper before opening
 * src/privacy (see dev-29/README.md).
 * Rebuild: npx tsx eval/privacy/dev-29.ts ; check: npx tsx eval/privacy/dev-29/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-29
 */
import type { MarkedEntry } from "./marked-prompts.js";
import { writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { MONEY } from "./dev-29/money.js";
import { CREDENTIALS } from "./dev-29/credentials.js";
import { IDS } from "./dev-29/ids.js";
import { HEALTH } from "./dev-29/health.js";
import { MORE } from "./dev-29/more.js";

export const DEV_29_ENTRIES: MarkedEntry[] = [...MONEY, ...CREDENTIALS, ...IDS, ...HEALTH, ...MORE];

if (process.argv[1]?.endsWith("dev-29.ts")) {
  const halves = interleavedHalves(DEV_29_ENTRIES, "dev29");
  writeMarkedSet("dev-29/a.jsonl", halves.a);
  writeMarkedSet("dev-29/b.jsonl", halves.b);
}
