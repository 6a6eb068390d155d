/**
 * Format check for development set 34 (shared format check: `../check-split-set.ts`; the set holds health spans only,
 * so there are no check digits to verify); prints the per-half table of every class and language.
 * Run: npx tsx eval/privacy/dev-34/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder);
printHalfTable(folder);
