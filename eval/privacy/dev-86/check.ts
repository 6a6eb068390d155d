/**
 * Format check for development set 86 (shared check: `../check-split-set.ts`) with its value check: every street of
 * `countries.ts` carries a postcode in its country's format, and every labelled home holds a street or city of a
 * country written in the prompt's language (so no value was typed outside the lists, apart from the few fixed rural,
 * named-house and PO-box homes, which must carry a postcode of the language's countries); then the per-half table.
 * Run: npx tsx eval/privacy/dev-86/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";
import { COUNTRIES } from "./countries.js";

let problems = 0;
for (const [code, country] of Object.entries(COUNTRIES)) {
  for (const [street, postcode] of country.streets) {
    if (!country.postcode.test(postcode)) {
      problems++;
      process.stdout.write(`${code} ${street}: postcode ${postcode} not in the country's format\n`);
    }
  }
}

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, (category, value, lang) => {
  if (category !== "street_address") return "dev-86 labels homes only";
  const countries = Object.values(COUNTRIES).filter((country) => country.lang === lang);
  if (countries.length === 0) return `no country writes ${lang}`;
  const lower = value.toLowerCase();
  const listed = countries.some((country) =>
    country.streets.some(([street, , city]) => lower.includes(street.toLowerCase().replace("straße", "str")) || lower.includes(city.toLowerCase())),
  );
  if (listed) return undefined;
  const postcodes = value.match(/[A-Z]\d[A-Z] \d[A-Z]\d|\d{3} \d{2}|\d{4,7}/g) ?? [];
  return postcodes.some((code) => countries.some((country) => country.postcode.test(code)))
    ? undefined
    : "neither a listed street or city nor a postcode of the language's countries";
});
printHalfTable(folder);
if (problems > 0) process.exitCode = 1;
