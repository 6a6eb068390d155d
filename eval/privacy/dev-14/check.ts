/**
 * Format and value check for development set 14 (shared format check: `../check-split-set.ts`): every labelled IBAN
 * passes mod 97 and its country's length, every card Luhn; then the counts per half of each (topic, polarity, form)
 * class and language, to show that both halves hold every kind. Run: npx tsx eval/privacy/dev-14/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";
import { cardAndIbanCheck } from "../split-set-helpers.js";

const IBAN_LENGTHS: Record<string, number> = { ES: 24, FR: 27, DE: 22, IT: 27, NL: 18, PL: 28, TR: 26 };

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, cardAndIbanCheck(IBAN_LENGTHS));

printHalfTable(folder);
