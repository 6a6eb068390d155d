/**
 * Format check for development set 10: every line parses, spans lie inside the prompt and are not empty or
 * padded, no marker is left over, `sensitive` agrees with the spans, categories are known; prints the counts
 * (per language, category, form, half). Run: npx tsx eval/privacy/dev-10/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet } from "../check-split-set.js";

checkSplitSet(dirname(fileURLToPath(import.meta.url)), undefined, ["credentials", "address", "tax_id"]);
