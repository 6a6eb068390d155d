/**
 * Format and value check for development set 17 (shared format check: `../check-split-set.ts`). Checksummed licence
 * values must pass their check: Spanish DNI (mod 23, the Spanish licence number), Brazilian CNH, Chinese resident ID
 * (MOD 11-2, the 驾驶证号). Other licences, credentials, phones, addresses and dates are checked for shape only (dates
 * must contain a digit or a month word). Then the per-half table of every class and language.
 * Run: npx tsx eval/privacy/dev-17/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";
import { validChineseId } from "../dev-12/values.js";
import { validCnh, validDniOrNie } from "../dev-16/values.js";

/** [shape, validator] per checksummed licence scheme; the first matching one decides. */
const CHECKED_LICENCES: Array<[RegExp, (text: string) => boolean]> = [
  [/^\d{8}[A-Z]$/, validDniOrNie],
  [/^\d{11}$/, validCnh],
  [/^\d{17}[\dX]$/, validChineseId],
];

function valueProblem(category: string, value: string): string | undefined {
  if (category === "driver_license") {
    const scheme = CHECKED_LICENCES.find(([shape]) => shape.test(value));
    if (scheme) return scheme[1](value) ? undefined : "fails its check digit";
  }
  if (category === "phone" && (value.match(/\d/g)?.length ?? 0) < 7 && !/[A-Z]{3}/.test(value)) return "too few digits";
  return undefined;
}

checkSplitSet(dirname(fileURLToPath(import.meta.url)), valueProblem);
printHalfTable(dirname(fileURLToPath(import.meta.url)));
