/**
 * Development set 35 (`dev-35/a.jsonl`, `dev-35/b.jsonl`): passwords and credentials that are nobody's secret —
 * policies and strength questions about a described password, reset and phishing-awareness e-mails, config and
 * compose templates with placeholders or references, code that handles passwords, CTF write-ups, documented vendor
 * defaults, key formats, masked and revoked keys, Wi-Fi names, crypto passphrases, 2FA instructions — in 14 languages,
 * each beside positives of the same shape (a real-looking secret the writer shares or asks about). Written by the
 * session-38 password helper before opening src/privacy (see dev-35/README.md).
 * Rebuild: npx tsx eval/privacy/dev-35.ts ; check: npx tsx eval/privacy/dev-35/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-35
 */
import type { MarkedEntry } from "./marked-prompts.js";
import { writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { EN } from "./dev-35/en.js";
import { INTL } from "./dev-35/intl.js";
import { MORE } from "./dev-35/more.js";

export const DEV_35_ENTRIES: MarkedEntry[] = [...EN, ...INTL, ...MORE];

if (process.argv[1]?.endsWith("dev-35.ts")) {
  const halves = interleavedHalves(DEV_35_ENTRIES, "dev35");
  writeMarkedSet("dev-35/a.jsonl", halves.a);
  writeMarkedSet("dev-35/b.jsonl", halves.b);
}
