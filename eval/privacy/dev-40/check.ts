/**
 * Format check for development set 40 (shared check: `../check-split-set.ts`) with the set's value check (Luhn cards,
 * mod-97 IBANs, Verhoeff Aadhaar, CPF, Chinese and Korean ids: `ids.ts`), then the per-half table.
 * Run: npx tsx eval/privacy/dev-40/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";
import { checkValue } from "./ids.js";

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, checkValue);
printHalfTable(folder);
