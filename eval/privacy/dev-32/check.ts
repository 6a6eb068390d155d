/**
 * Format and value check for development set 32 (shared format check: `../check-split-set.ts`): cards pass Luhn, IBANs
 * their country's length and mod 97, every national or tax ID whose scheme has a public check passes it and MRZ lines
 * their ICAO check digits (`checks.ts`, written by the set's author); prints the per-half table of every class and
 * language. Run: npx tsx eval/privacy/dev-32/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";
import { cardAndIbanCheck } from "../split-set-helpers.js";
import { identifierProblem } from "./checks.js";

const IBAN_LENGTHS: Record<string, number> = { DE: 22, FR: 27, ES: 24, IT: 27, NL: 18, PL: 28, HU: 28, HR: 21, GR: 27, TR: 26, PT: 25, CH: 21, SA: 24 };
const cardAndIban = cardAndIbanCheck(IBAN_LENGTHS);
const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, (category, value, lang) => cardAndIban(category, value, lang) ?? identifierProblem(category, value, lang), ["credentials"]);
printHalfTable(folder);
