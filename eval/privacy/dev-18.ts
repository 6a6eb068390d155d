/**
 * Development set 18 (`dev-18/a.jsonl`, `dev-18/b.jsonl`): the held-out sets' weakest categories from a new author —
 * health and money of named private people (diagnoses, medications, lab values, mental health, pregnancy, disability,
 * salaries, debts, balances, loans, tax) in free text and records (tables, CSV, JSON, FHIR, HL7, SQL, SOAP and discharge
 * notes, referral letters, claims, payslips, statements), in English, German, French, Spanish, Italian, Portuguese,
 * Dutch, Polish, Swedish, Turkish, Chinese, Japanese, Korean, Hindi, Hinglish and Arabic; and same-shape hard
 * negatives (public figures' published health, fiction, aggregates, textbook questions, leaflets, templates, company
 * results, price lists, the writer's own anonymous questions). Written by the session-33 health helper on 5 December
 * 2026 BEFORE opening anything under src/privacy or running the guard (see dev-18/README.md). People and numbers are
 * invented. `kind` is `<topic>:<document>-<register>:<form>`; halves as dev-14's.
 * Rebuild: npx tsx eval/privacy/dev-18.ts ; check: npx tsx eval/privacy/dev-18/check.ts
 * Score: npm run eval:privacy -- --set dev-18 --no-baselines
 */
import type { MarkedEntry } from "./marked-prompts.js";
import { writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { EN } from "./dev-18/en.js";
import { EUROPE } from "./dev-18/europe.js";
import { ASIA } from "./dev-18/asia.js";
import { MORE } from "./dev-18/more.js";

const ENTRIES: MarkedEntry[] = [...EN, ...EUROPE, ...ASIA, ...MORE];

if (process.argv[1]?.endsWith("dev-18.ts")) {
  const halves = interleavedHalves(ENTRIES, "dev18");
  writeMarkedSet("dev-18/a.jsonl", halves.a);
  writeMarkedSet("dev-18/b.jsonl", halves.b);
}
