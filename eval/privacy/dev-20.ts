/**
 * Development set 20 (`dev-20/a.jsonl`, `dev-20/b.jsonl`): prompts written natively in non-Latin and mixed scripts —
 * Chinese (simplified, traditional: Taiwan and Hong Kong), Japanese, Korean, Hindi (Devanagari) and Hinglish, Arabic
 * (Saudi Arabia, UAE, Egypt, Levant), Hebrew, Russian, Ukrainian, Thai, Greek — with national IDs whose check digits
 * are right, addresses, names with dates of birth, local phones and named people's health, in chats, forms, e-mails,
 * OCR'd cards and records; and same-shape hard negatives (public figures, historical people, fiction, public offices'
 * addresses and hotlines, format explanations and documented samples, invalid-checksum numbers in "why is this
 * invalid?" questions, company registration numbers). Written by the session-33 scripts helper on 5 December 2026
 * BEFORE opening anything under src/privacy or running the guard (see dev-20/README.md). People and numbers are invented.
 * `kind` is `<topic>:<document>-<register>:<form>`; halves as dev-14's.
 * Rebuild: npx tsx eval/privacy/dev-20.ts ; check: npx tsx eval/privacy/dev-20/check.ts
 * Score: npm run eval:privacy -- --set dev-20 --no-baselines
 */
import type { MarkedEntry } from "./marked-prompts.js";
import { writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { CJK } from "./dev-20/cjk.js";
import { SOUTH_WEST } from "./dev-20/south-west.js";
import { EAST } from "./dev-20/east.js";
import { MORE } from "./dev-20/more.js";

const ENTRIES: MarkedEntry[] = [...CJK, ...SOUTH_WEST, ...EAST, ...MORE];

if (process.argv[1]?.endsWith("dev-20.ts")) {
  const halves = interleavedHalves(ENTRIES, "dev20");
  writeMarkedSet("dev-20/a.jsonl", halves.a);
  writeMarkedSet("dev-20/b.jsonl", halves.b);
}
