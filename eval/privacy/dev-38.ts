/**
 * Development set 38 (`dev-38/a.jsonl`, `dev-38/b.jsonl`): the held-out sets' weakest categories (biometric, financial,
 * health, credentials, passport, national id, tax id) written as real users paste them into an LLM — forwarded e-mails,
 * support and messenger chats, spreadsheets pasted as text, OCR'd scans with broken spacing, form exports, code and test
 * fixtures, translation requests, voice transcriptions with numbers in words, screenshots described in words — in
 * English and 19 other languages (de, fr, es, it, pt, nl, pl, tr, ru, uk, ar, hi, Hinglish, zh, ja, ko, vi, id, th, sw),
 * with ~40% hard negatives of the same genres (public figures, fiction, documented examples, format questions,
 * placeholders, aggregates, unnamed relatives, the writer's own question). Written by the session-40 recall helper
 * before opening src/privacy (see dev-38/README.md). `kind` is `<topic>:<genre>:<form>`.
 * Halves: dev-14's interleaving (`interleavedHalves`) over entries.
 * Rebuild: npx tsx eval/privacy/dev-38.ts ; check: npx tsx eval/privacy/dev-38/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-38
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { EN } from "./dev-38/en.js";
import { EU } from "./dev-38/eu.js";
import { EAST } from "./dev-38/east.js";
import { ASIA } from "./dev-38/asia.js";
import { MORE } from "./dev-38/more.js";

export const DEV_38_ENTRIES: MarkedEntry[] = [...EN, ...EU, ...EAST, ...ASIA, ...MORE];

if (process.argv[1]?.endsWith("dev-38.ts")) {
  const halves = interleavedHalves(DEV_38_ENTRIES, "dev38");
  writeMarkedSet("dev-38/a.jsonl", halves.a);
  writeMarkedSet("dev-38/b.jsonl", halves.b);
}
