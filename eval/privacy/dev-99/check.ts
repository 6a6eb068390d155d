/**
 * Format and grid check for development set 99 (shared check: `../check-split-set.ts`). Values: phones valid
 * (libphonenumber) in one of the set's countries, cards by Luhn and none a published test card, IBANs by mod 97,
 * SSNs outside the never-issued ranges, Spanish DNIs by their letter and Dutch BSNs by the eleven-test, numeric birth
 * dates calendar dates. Grid: every sensitive twin has its negative twin (same topic, language and form), at least 50 %
 * of the prompts are negatives, at least ten languages. Run: npx tsx eval/privacy/dev-99/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, compactValue, printHalfTable, readHalves, standardValueCheck } from "../check-split-set.js";
import { TEST_CARDS } from "./values.js";

function nationalIdWrong(value: string): string | undefined {
  if (/^\d{8}[A-Z]$/.test(value)) return "TRWAGMYFPDXBNJZSQVHLCKE"[Number(value.slice(0, 8)) % 23] === value[8] ? undefined : "DNI letter wrong";
  if (/^\d{9}$/.test(value)) {
    const sum = [...value].reduce((total, digit, index) => total + Number(digit) * (index === 8 ? -1 : 9 - index), 0);
    return sum % 11 === 0 ? undefined : "BSN fails the eleven-test";
  }
  return "unknown national id";
}

const standard = standardValueCheck(["DE", "FR", "ES", "IT", "PT", "NL", "PL", "SE", "TR", "JP", "KR", "CN", "GB", "US", "IN"], nationalIdWrong);
const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, (category, value, lang) => {
  if (category === "payment_card" && TEST_CARDS.includes(compactValue(value))) return "a published test card";
  return standard(category, value, lang);
});

const records = readHalves(folder);
const problems: string[] = [];
const kinds = new Set(records.map((record) => record.kind));
for (const record of records.filter((line) => line.sensitive))
  if (!kinds.has(`neg-${record.kind}`)) problems.push(`${record.id}: no negative twin for ${record.kind}`);
const negativeShare = records.filter((line) => !line.sensitive).length / records.length;
if (negativeShare < 0.5) problems.push(`only ${(100 * negativeShare).toFixed(1)} % negatives`);
const languages = new Set(records.map((record) => record.lang));
if (languages.size < 10) problems.push(`only ${languages.size} languages`);
process.stdout.write(
  `grid: ${records.length} prompts, ${(100 * negativeShare).toFixed(1)} % negatives, ${languages.size} languages\n` +
    (problems.length === 0 ? "grid ok\n" : `${problems.join("\n")}\n${problems.length} grid problems\n`),
);
if (problems.length > 0) process.exitCode = 1;
printHalfTable(folder);
