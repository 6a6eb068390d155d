/**
 * Format check for development set 77 (shared check: `../check-split-set.ts`) with its value check (Luhn for cards,
 * the country's length and mod 97 for IBANs), then the per-half table.
 * Run: npx tsx eval/privacy/dev-77/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";
import { cardAndIbanCheck } from "../split-set-helpers.js";

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, cardAndIbanCheck({ DE: 22, NL: 18, ES: 24, PT: 25, TR: 26 }));
printHalfTable(folder);
