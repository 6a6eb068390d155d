/**
 * Format and grid check for development set 94 (shared check: `../check-split-set.ts`). Values: every MRZ data line
 * labelled passport or national_id passes its Doc 9303 check digits (own implementation, `mrz.ts`); every other passport
 * number matches its issuer's published pattern (`countries.ts`; visas and permits a 7–12 character document number);
 * numeric birth dates are calendar dates. Grid: every issuer has a labelled positive, the made-up numbers of the
 * "how do I check this?" negatives FAIL their check digit, at least 40 % of the prompts are negatives. Then the
 * per-half table. Run: npx tsx eval/privacy/dev-94/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, dateWrong, printHalfTable, readHalves } from "../check-split-set.js";
import { COUNTRIES } from "./countries.js";
import { checkDigit, mrzWrong } from "./mrz.js";

const PATTERN = new Map(
  COUNTRIES.map((country) => [
    country.lang + "|" + country.format,
    new RegExp(`^${country.format.replace(/L/g, "[A-Z]").replace(/9/g, "[0-9]").replace(/X/g, "[0-9A-Z]")}$`),
  ]),
);
const anyFormat = (value: string) => [...PATTERN.values()].some((pattern) => pattern.test(value) || pattern.test(value.replace(" ", "")));

function documentWrong(category: string, value: string): string | undefined {
  if (value.length === 44 || value.length === 36 || value.length === 30) return mrzWrong(value, value.length === 44 && value.endsWith("<")); // an MRV-A line ends in fillers, a TD3 line in its composite
  if (category === "passport") return anyFormat(value) || /^[A-Z]{0,3}[0-9]{7,12}$/.test(value) ? undefined : "no issuer's pattern";
  return /^[A-Z][0-9A-Z]{6,8}$/.test(value) ? undefined : "not a permit number";
}

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, (category, value) => {
  if (category === "passport" || category === "national_id") return documentWrong(category, value);
  if (category === "date_of_birth") return dateWrong(value);
  return "unexpected category";
});

const records = readHalves(folder);
const problems: string[] = [];
for (const country of COUNTRIES)
  if (!records.some((record) => record.sensitive && record.kind === `passport:${country.iso3}:label`))
    problems.push(`no labelled positive for ${country.iso3}`);
for (const record of records.filter((line) => line.kind.includes(":bad-check:"))) {
  const line = /[A-Z0-9<]{44}/.exec(record.prompt)?.[0];
  const number = /\b[A-Z][0-9A-Z]{8}[0-9]\b/.exec(record.prompt)?.[0];
  const fails = line ? mrzWrong(line) !== undefined : number ? checkDigit(number.slice(0, 9)) !== number[9] : false;
  if (!fails) problems.push(`${record.id}: the made-up number passes its check digit`);
}
const negativeShare = records.filter((line) => !line.sensitive).length / records.length;
if (negativeShare < 0.4) problems.push(`only ${(100 * negativeShare).toFixed(1)} % negatives`);
process.stdout.write(
  `grid: ${COUNTRIES.length} issuers, ${(100 * negativeShare).toFixed(1)} % negatives\n` +
    (problems.length === 0 ? "grid ok\n" : `${problems.join("\n")}\n${problems.length} grid problems\n`),
);
if (problems.length > 0) process.exitCode = 1;
printHalfTable(folder);
