/**
 * Development set 24 (`dev-24/a.jsonl`, `dev-24/b.jsonl`): financial, credentials, health and driver_license in the
 * documents people paste — payroll and HR exports, payslips, bank statements, tax forms, loan applications, insurance
 * claims, password-manager exports, .env/.netrc/kubeconfig/compose files, support tickets, discharge summaries, lab
 * reports, pharmacy labels, therapy and care notes, car-rental, DMV and accident forms, voice-note transcripts — in
 * CSV/JSON/YAML/forms/OCR and free text, in 14 languages, with hard negatives of the same kinds that identify nobody.
 * Written by the session-35 recall helper before opening src/privacy (see dev-24/README.md).
 * Rebuild: npx tsx eval/privacy/dev-24.ts ; check: npx tsx eval/privacy/dev-24/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-24
 */
import type { MarkedEntry } from "./marked-prompts.js";
import { writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { EN } from "./dev-24/en.js";
import { EUROPE } from "./dev-24/europe.js";
import { ASIA } from "./dev-24/asia.js";
import { MORE } from "./dev-24/more.js";

export const DEV_24_ENTRIES: MarkedEntry[] = [...EN, ...EUROPE, ...ASIA, ...MORE];

if (process.argv[1]?.endsWith("dev-24.ts")) {
  const halves = interleavedHalves(DEV_24_ENTRIES, "dev24");
  writeMarkedSet("dev-24/a.jsonl", halves.a);
  writeMarkedSet("dev-24/b.jsonl", halves.b);
}
