/**
 * Format and grid check for development set 101 (shared check: `../check-split-set.ts`). Values: birth dates are
 * calendar dates (numeric forms), hospital numbers 7–8 digits, health spans non-empty. Grid: every language has
 * positives and negatives, at least 10 languages beside English, no negative holds an invented private person's full
 * name or a ⟦mark⟧, at least 40 % negatives. Then the per-half table. Run: npx tsx eval/privacy/dev-101/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, dateWrong, printHalfTable, readHalves } from "../check-split-set.js";
import { LANGS, NAMES } from "./vocab.js";

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, (category, value) => {
  if (category === "date_of_birth") return dateWrong(value);
  if (category === "medical_record") return /^[0-9]{7,8}$/.test(value) ? undefined : "not a 7–8 digit record number";
  if (category === "health") return value.length > 1 ? undefined : "empty health span";
  return "unexpected category";
});

const records = readHalves(folder);
const problems: string[] = [];
for (const lang of LANGS) {
  const mine = records.filter((record) => record.lang === lang);
  if (!mine.some((record) => record.sensitive) || !mine.some((record) => !record.sensitive)) problems.push(`${lang}: needs positives and negatives`);
}
if (LANGS.filter((lang) => lang !== "en").length < 10) problems.push("fewer than 10 languages beside English");
for (const record of records.filter((line) => !line.sensitive)) {
  const names = NAMES[record.lang as keyof typeof NAMES];
  if (names.last.some((last) => record.prompt.includes(last))) problems.push(`${record.id}: an invented surname in a negative`);
}
const negativeShare = records.filter((line) => !line.sensitive).length / records.length;
if (negativeShare < 0.4) problems.push(`only ${(100 * negativeShare).toFixed(1)} % negatives`);
process.stdout.write(
  `grid: ${LANGS.length} languages, ${records.length} prompts, ${(100 * negativeShare).toFixed(1)} % negatives\n` +
    (problems.length === 0 ? "grid ok\n" : `${problems.join("\n")}\n${problems.length} grid problems\n`),
);
if (problems.length > 0) process.exitCode = 1;
printHalfTable(folder);
