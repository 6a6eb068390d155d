/**
 * Format check for development set 46 (shared check: `../check-split-set.ts`) and the per-half table of every class
 * and language. Run: npx tsx eval/privacy/dev-46/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder);
printHalfTable(folder);
