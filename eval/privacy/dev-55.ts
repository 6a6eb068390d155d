/**
 * Development set 55 (`dev-55/a.jsonl`, `dev-55/b.jsonl`): passports and biometrics of private people as airline, border,
 * hotel, HR and security systems emit them (PNR SSR DOCS/DOCO/DOCA, APIS/PAXLST, guest registration, visa/ETA JSON,
 * e-gate logs, data-page OCR, time-clock and door-access exports, face/voice/iris/DNA records), against hard negatives
 * of the same shapes (specimens, tutorials with placeholders, schemas, statistics, datasheets, public figures, fiction).
 * Written by the session-44 travel helper (see dev-55/README.md). `kind` is `<medium>:<category>` or
 * `neg-<medium>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-55.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-55
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES } from "./dev-55/negatives.js";
import { SENSITIVE } from "./dev-55/sensitive.js";

export const DEV_55_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-55.ts")) {
  const names = interleavedAssignment(DEV_55_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_55_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev55${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-55/a.jsonl", halves.a);
  writeMarkedSet("dev-55/b.jsonl", halves.b);
}
