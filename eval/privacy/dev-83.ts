/**
 * Development set 83 (`dev-83/a.jsonl`, `dev-83/b.jsonl`): India's paperwork and messages — KYC for a bank or SIM,
 * ration card, Aadhaar update, Passport Seva, rent agreements, school admission, hospital OPD slips, PF/UAN and ESIC
 * onboarding, insurance claims, police verification, WhatsApp messages to family, UPI disputes — in Hindi, Hinglish,
 * Marathi, Bengali, Tamil and Gujarati (numbers sometimes in the script's own digits), with hard negatives of the same
 * paperwork for companies, shops, bank branches and government offices, UIDAI's sandbox numbers, templates, PNRs and
 * order ids, the unnamed writer's own health or money, public figures' published facts and PIN codes alone. Written
 * by the session-50 indic helper (see dev-83/README.md). `kind` is `<topic>:<form>` or `neg-<topic>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-83.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-83
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-83/entries.js";

export const DEV_83_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-83.ts")) {
  const names = interleavedAssignment(DEV_83_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_83_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev83${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-83/a.jsonl", halves.a);
  writeMarkedSet("dev-83/b.jsonl", halves.b);
}
