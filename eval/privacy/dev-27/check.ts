/**
 * Format check for development set 27 (shared check: `../check-split-set.ts`; phones written in digits have at least 7
 * digits) and the per-half table of every class and language. Run: npx tsx eval/privacy/dev-27/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, (category, value) => (category === "phone" && (value.match(/\d/g)?.length ?? 0) < 7 ? "too few digits" : undefined));
printHalfTable(folder);
