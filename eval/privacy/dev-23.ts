/**
 * Development set 23 (`dev-23/a.jsonl`, `dev-23/b.jsonl`): the held-out sets' weakest categories (financial,
 * credentials, health, phone, driver_license) as ordinary people, not developers, put them into a chatbot — short
 * chat questions, forwarded e-mails and SMS, WhatsApp/LINE/KakaoTalk-style messages, forms pasted from PDFs with broken
 * lines, OCR'd scans with odd spacing, bullet lists, dictated text with numbers in words, mixed-language messages —
 * in 14 languages, with hard negatives of the same shapes. Written by the session-34 recall helper before opening
 * src/privacy (see dev-23/README.md).
 * Rebuild: npx tsx eval/privacy/dev-23.ts ; check: npx tsx eval/privacy/dev-23/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-23
 */
import type { MarkedEntry } from "./marked-prompts.js";
import { writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { EN } from "./dev-23/en.js";
import { EUROPE } from "./dev-23/europe.js";
import { ASIA } from "./dev-23/asia.js";
import { MORE } from "./dev-23/more.js";

export const DEV_23_ENTRIES: MarkedEntry[] = [...EN, ...EUROPE, ...ASIA, ...MORE];

if (process.argv[1]?.endsWith("dev-23.ts")) {
  const halves = interleavedHalves(DEV_23_ENTRIES, "dev23");
  writeMarkedSet("dev-23/a.jsonl", halves.a);
  writeMarkedSet("dev-23/b.jsonl", halves.b);
}
