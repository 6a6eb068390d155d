/**
 * Format and value check for development set 19 (shared format check: `../check-split-set.ts`). Checksummed licence
 * values must pass their check: Spanish DNI (mod 23), Brazilian CNH, Chinese resident ID (MOD 11-2, the 驾驶证号),
 * Turkish T.C. kimlik no (the number on a Turkish licence). Phones need 7 digits; documented example keys
 * (`…EXAMPLE`, `sk_test_`) may not be labelled. Then the per-half table of every class and language.
 * Run: npx tsx eval/privacy/dev-19/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";
import { tcKimlik } from "../dev-10/values.js";
import { validChineseId } from "../dev-12/values.js";
import { validCnh, validDniOrNie } from "../dev-16/values.js";

/** [shape, validator] per checksummed licence scheme; the first matching one decides. */
const CHECKED_LICENCES: Array<[RegExp, (text: string) => boolean]> = [
  [/^\d{8}[A-Z]$/, validDniOrNie],
  [/^[1-9]\d{10}$/, (text) => validCnh(text) || tcKimlik(text.slice(0, 9)) === text],
  [/^\d{17}[\dX]$/, validChineseId],
];

function valueProblem(category: string, value: string): string | undefined {
  if (category === "driver_license") {
    const scheme = CHECKED_LICENCES.find(([shape]) => shape.test(value));
    if (scheme) return scheme[1](value) ? undefined : "fails its check digit";
  }
  if (category === "phone" && (value.match(/\d/g)?.length ?? 0) < 7) return "too few digits";
  if (/EXAMPLE|sk_test_/.test(value)) return "a documented example value";
  return undefined;
}

checkSplitSet(dirname(fileURLToPath(import.meta.url)), valueProblem);
printHalfTable(dirname(fileURLToPath(import.meta.url)));
