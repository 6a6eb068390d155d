/**
 * Format and grid check for development set 98 (shared check: `../check-split-set.ts`). Values: every labelled span
 * passes its own scheme's check (`schemes.ts`, by the record's `kind`); every "is this valid?" negative's value FAILS
 * it; the business numbers (ABN, ACN, partita IVA) pass theirs. Cross-check against another author: every valid
 * example of Presidio's tests passes this set's code and every invalid one fails it, except the disagreements listed
 * in `DISAGREES` (README.md says whose bug each is). Grid: every scheme has six positives and four negatives, at least
 * 40 % negatives. Then the per-half table. Run: npx tsx eval/privacy/dev-98/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable, readHalves } from "../check-split-set.js";
import { DISAGREES, SCHEMES, abnValid, acnValid, pivaValid } from "./schemes.js";

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, (category, value) =>
  (category === "national_id" || category === "us_ssn") && Object.values(SCHEMES).some((scheme) => scheme.valid(value)) ? undefined : "no scheme accepts it",
);

const problems: string[] = [];
for (const scheme of Object.values(SCHEMES)) {
  for (const value of scheme.presidioValid)
    if (!scheme.valid(value) && !(value in DISAGREES)) problems.push(`${scheme.code}: Presidio's valid ${value} fails our check`);
  for (const value of scheme.presidioInvalid)
    if (scheme.valid(value) && !(value in DISAGREES)) problems.push(`${scheme.code}: Presidio's invalid ${value} passes our check`);
}
for (const [value, why] of Object.entries(DISAGREES)) process.stdout.write(`disagreement ${value}: ${why}\n`);

const records = readHalves(folder);
for (const record of records) {
  const [topic, code] = record.kind.split(":") as [string, string];
  const scheme = SCHEMES[code];
  for (const span of record.spans) {
    const value = record.prompt.slice(span.start, span.end);
    if (!scheme?.valid(value)) problems.push(`${record.id}: ${value} fails ${code}`);
  }
  if (topic === "neg-invalid") {
    const value = /[0-9A-Za-z][0-9A-Za-z +\-]{6,}[0-9A-Za-z]/.exec(
      record.prompt.replace(
        /^(Is|Est-ce que|Ist|Onko|Czy|Il codice fiscale|¿Es válido el NIE|This isn't a valid national insurance number, is it\?|เลข)\s*/,
        "",
      ),
    )?.[0];
    const candidates = (record.prompt.match(/[0-9A-Za-z][0-9A-Za-z\- ]*[0-9A-Za-z]/g) ?? []).filter((token) => /\d{3}/.test(token));
    if (!value || candidates.some((token) => scheme!.valid(token))) problems.push(`${record.id}: the "invalid" value passes ${code}`);
  }
  if (topic === "neg-company") {
    const check = code === "AU.abn" ? abnValid : code === "AU.acn" ? acnValid : code === "IT.piva" ? pivaValid : undefined;
    const numbers = record.prompt.match(/\d[\d ]{7,}\d/g) ?? [];
    if (check && !numbers.some((token) => check(token.trim()))) problems.push(`${record.id}: no valid ${code} number`);
  }
}
for (const code of Object.keys(SCHEMES)) {
  const positives = records.filter((record) => record.sensitive && record.kind.split(":")[1] === code).length;
  const negatives = records.filter((record) => !record.sensitive && record.kind.split(":")[1] === code).length;
  if (positives !== 6 || negatives !== 4) problems.push(`${code}: ${positives} positives, ${negatives} negatives`);
}
const negativeShare = records.filter((record) => !record.sensitive).length / records.length;
if (negativeShare < 0.4) problems.push(`only ${(100 * negativeShare).toFixed(1)} % negatives`);
process.stdout.write(
  `grid: ${Object.keys(SCHEMES).length} schemes, ${records.length} prompts, ${(100 * negativeShare).toFixed(1)} % negatives\n` +
    (problems.length === 0 ? "grid ok\n" : `${problems.join("\n")}\n${problems.length} grid problems\n`),
);
if (problems.length > 0) process.exitCode = 1;
printHalfTable(folder);
