/**
 * Development set 79 (`dev-79/a.jsonl`, `dev-79/b.jsonl`): health data as apps and devices export it — Apple Health
 * `export.xml` records, Google Fit, Fitbit, Garmin, Samsung Health and Withings exports, CGM CSV (Dexcom Clarity,
 * LibreView), blood-pressure and period-tracker exports, CPAP reports, e-prescriptions, EU digital COVID certificate
 * JSON, lab-portal text, pharmacy app order histories, insulin pump logs — pasted to summarise, convert or chart, with a
 * person identified by a name, an account e-mail or a patient field, in en, de, fr, it, es, nl, pl and ja, with 45 %
 * hard negatives of the same exports and nobody in them. Written by the session-49 health helper (see
 * dev-79/README.md). `kind` is `<topic>:<category>` or `neg-<topic>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-79.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-79
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-79/entries.js";

export const DEV_79_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-79.ts")) {
  const names = interleavedAssignment(DEV_79_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_79_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev79${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-79/a.jsonl", halves.a);
  writeMarkedSet("dev-79/b.jsonl", halves.b);
}
