/**
 * Development set 16 (`dev-16/a.jsonl`, `dev-16/b.jsonl`): identifiers without one universal format — medical record
 * numbers, driver's licences, tax identifiers, passports (MRZ), credentials, biometric data, phones and addresses in
 * local formats — in the pastes people send (HL7, FHIR, CSV, JSON, forms, OCR text, logs, e-mails, chats), in English,
 * German, French, Spanish, Italian, Portuguese, Dutch, Polish, Japanese, Chinese, Turkish and Swedish; and same-shape
 * hard negatives (documented sample values, invalid look-alikes, product and order codes, public company numbers,
 * templates, general questions). Written by the session-32 identifier helper on 5 December 2026 BEFORE opening
 * anything under src/privacy or running the guard (see dev-16/README.md). People and numbers are invented.
 * `kind` is `<topic>:<document>-<register>:<form>`; halves as dev-14's (`interleavedHalves`).
 * Rebuild: npx tsx eval/privacy/dev-16.ts ; check: npx tsx eval/privacy/dev-16/check.ts
 * Score: npm run eval:privacy -- --set dev-16 --no-baselines
 */
import type { MarkedEntry } from "./marked-prompts.js";
import { writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { EN } from "./dev-16/en.js";
import { DE_FR_ES } from "./dev-16/de-fr-es.js";
import { IT_PT_NL_PL } from "./dev-16/it-pt-nl-pl.js";
import { JA_ZH_TR_SV } from "./dev-16/ja-zh-tr-sv.js";
import { MIXED } from "./dev-16/mixed.js";

const ENTRIES: MarkedEntry[] = [...EN, ...DE_FR_ES, ...IT_PT_NL_PL, ...JA_ZH_TR_SV, ...MIXED];

if (process.argv[1]?.endsWith("dev-16.ts")) {
  const halves = interleavedHalves(ENTRIES, "dev16");
  writeMarkedSet("dev-16/a.jsonl", halves.a);
  writeMarkedSet("dev-16/b.jsonl", halves.b);
}
