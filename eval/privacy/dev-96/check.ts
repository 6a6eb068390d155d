/**
 * Format and grid check for development set 96 (shared check: `../check-split-set.ts`). Values: birth dates are
 * calendar dates, MRNs are 7–8 digits, health spans are non-empty. Grid: every excerpt has all eight positive holders
 * and its negatives; every negative carries no ⟦mark⟧ and no seeded patient name; at least 40 % of the prompts are
 * negatives. Then the per-half table. Run: npx tsx eval/privacy/dev-96/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, dateWrong, printHalfTable, readHalves } from "../check-split-set.js";
import { EXCERPTS } from "./excerpts.js";

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, (category, value) => {
  if (category === "date_of_birth") return dateWrong(value);
  if (category === "medical_record") return /^[0-9]{7,8}$/.test(value) ? undefined : "not a 7–8 digit MRN";
  if (category === "health") return value.length > 1 ? undefined : "empty health span";
  return "unexpected category";
});

const HOLDERS = ["address", "instruction", "ehr-header", "relative", "email", "translate", "bullets", "dictation"];
const records = readHalves(folder);
const problems: string[] = [];
for (const excerpt of EXCERPTS) {
  for (const holder of HOLDERS)
    if (!records.some((record) => record.sensitive && record.kind.startsWith(`${holder}:${excerpt.topic}:`)))
      problems.push(`${excerpt.topic}: no ${holder} positive`);
  if (records.filter((record) => !record.sensitive && record.kind.split(":")[1] === excerpt.topic).length < 7)
    problems.push(`${excerpt.topic}: fewer than 7 negatives`);
}
const SEEDED = /\b(Tomasz|Chidi|Kowalczyk|Okafor|Reyes|Haddad|Lindqvist|Nakamura|Petrenko|Adeyemi|Figueroa|Whitfield|Sandoval)\b/i;
for (const record of records.filter((line) => !line.sensitive))
  if (SEEDED.test(record.prompt)) problems.push(`${record.id}: a seeded patient name in a negative`);
const negativeShare = records.filter((line) => !line.sensitive).length / records.length;
if (negativeShare < 0.4) problems.push(`only ${(100 * negativeShare).toFixed(1)} % negatives`);
process.stdout.write(
  `grid: ${EXCERPTS.length} excerpts, ${(100 * negativeShare).toFixed(1)} % negatives\n` +
    (problems.length === 0 ? "grid ok\n" : `${problems.join("\n")}\n${problems.length} grid problems\n`),
);
if (problems.length > 0) process.exitCode = 1;
printHalfTable(folder);
