/**
 * Format check for development set 75 (shared check: `../check-split-set.ts`), then the per-half table.
 * Run: npx tsx eval/privacy/dev-75/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder);
printHalfTable(folder);
