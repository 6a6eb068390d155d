/**
 * Development set 32 (`dev-32/a.jsonl`, `dev-32/b.jsonl`): the held-out sets' weakest categories written by a new
 * author — a named or first-person private person's money (accounts, cards, IBANs, salaries, debts, loans, tax returns
 * in prose, statements, payroll CSV, invoices, JSON, XML, YAML), biometric data (fingerprint and face templates, iris
 * codes, voiceprints, DNA and genetic results), health (diagnoses, medication, lab values in notes, claims, messages and
 * non-Latin scripts), credentials (passwords, API keys, PINs, recovery codes, TOTP seeds, connection strings in configs,
 * chat and shell history) and national IDs, tax IDs and passports of about 25 countries; each with free, structured
 * and adversarial forms, and ~35% hard negatives of the same shapes. Written by the session-38 recall helper before
 * opening src/privacy (see dev-32/README.md).
 * Rebuild: npx tsx eval/privacy/dev-32.ts ; check: npx tsx eval/privacy/dev-32/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-32
 */
import type { MarkedEntry } from "./marked-prompts.js";
import { writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { MONEY } from "./dev-32/money.js";
import { BIOMETRIC, HEALTH } from "./dev-32/bio-health.js";
import { CREDENTIALS } from "./dev-32/credentials.js";
import { IDS } from "./dev-32/ids.js";

export const DEV_32_ENTRIES: MarkedEntry[] = [...MONEY, ...BIOMETRIC, ...HEALTH, ...CREDENTIALS, ...IDS];

if (process.argv[1]?.endsWith("dev-32.ts")) {
  const halves = interleavedHalves(DEV_32_ENTRIES, "dev32");
  writeMarkedSet("dev-32/a.jsonl", halves.a);
  writeMarkedSet("dev-32/b.jsonl", halves.b);
}
