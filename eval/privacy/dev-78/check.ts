/**
 * Format check for development set 78 (shared check: `../check-split-set.ts`), then the value checks of its own
 * generator: every labelled number passes its topic's published check (`formats.ts` `validators`; topics without a
 * check digit are not checked), every wrong-check hard negative fails it and every specimen or company number passes it;
 * then the per-half table.
 * Run: npx tsx eval/privacy/dev-78/check.ts
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";
import type { EvalRecord } from "../generate.js";
import { CHECKED_NEGATIVES } from "./entries.js";
import { validators } from "./formats.js";

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder);
let problems = 0;
let checked = 0;
for (const half of ["a", "b"]) {
  for (const text of readFileSync(join(folder, `${half}.jsonl`), "utf8")
    .split("\n")
    .filter(Boolean)) {
    const line = JSON.parse(text) as EvalRecord;
    const validator = validators[line.kind.split(":")[0]!];
    for (const span of line.spans) {
      if (span.category !== "national_id" || !validator) continue;
      const value = line.prompt.slice(span.start, span.end);
      // a record may carry a second number of another format (a DNI beside a CUIL, an RFC beside a CURP, an ID No.
      // beside a KRA PIN): that one passes another format's check or is a plain 7–8 digit number without one
      const passes = validator(value) || Object.values(validators).some((check) => check(value)) || /^\d{7,8}$/.test(value);
      if (!passes) {
        problems++;
        process.stdout.write(`${line.id}: "${value}" fails the ${line.kind} check\n`);
      }
      checked++;
    }
  }
}
for (const [topic, value, passes] of CHECKED_NEGATIVES) {
  if (validators[topic]!(value) !== passes) {
    problems++;
    process.stdout.write(`negative ${topic} "${value}" should ${passes ? "pass" : "fail"} its check\n`);
  }
  checked++;
}
process.stdout.write(problems === 0 ? `ok: ${checked} check digits as intended\n` : `${problems} check-digit problems\n`);
if (problems > 0) process.exitCode = 1;
printHalfTable(folder);
