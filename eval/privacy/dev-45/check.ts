/**
 * Format check for development set 45 (shared check: `../check-split-set.ts`) with a value check that undoes the OCR
 * confusions a span was written with and requires its check digits: an MRZ line's document-number check digit, Luhn for
 * cards, mod 97 for IBANs (hyphenation, page headers and spaces between the parts removed); then the per-half table.
 * Run: npx tsx eval/privacy/dev-45/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";
import { ibanProblem } from "../iban-check.js";
import { luhnValid } from "../split-set-helpers.js";
import { mrzCheck } from "./forms.js";

const digits = (text: string) => text.replace(/[Oo]/g, "0").replace(/[Il]/g, "1").replace(/S/g, "5").replace(/B/g, "8");
const mrz = (text: string) => text.replace(/[K«]/g, "<");
const IBAN_LENGTHS = { DE: 22, FR: 27, NL: 18, ES: 24, IT: 27, GB: 22, PL: 28, SE: 24, TR: 26 };

const SWAP: Record<string, string> = { O: "0", "0": "O", I: "1", "1": "I", l: "1", S: "5", "5": "S", B: "8", "8": "B" };

/** Every reading of `field` with each confusable character taken as itself or its twin. */
function readings(field: string): string[] {
  let out = [""];
  for (const char of field) out = out.flatMap((head) => (SWAP[char] ? [head + char, head + SWAP[char]] : [head + char]));
  return out;
}

function mrzLine(value: string): string | undefined {
  const line = mrz(value);
  const number = line.length === 44 ? line.slice(0, 9) : line.slice(5, 14);
  const check = digits((line.length === 44 ? line[9] : line[14]) ?? "");
  return readings(number).some((candidate) => mrzCheck(candidate) === check) ? undefined : `MRZ check digit fails on ${number}`;
}

function valueCheck(category: string, value: string): string | undefined {
  if ((category === "passport" || category === "national_id") && /^[A-Z0-9<K«]{30}$|^[A-Z0-9<K«l]{44}$/.test(value)) return mrzLine(value);
  if (category === "payment_card") return luhnValid(digits(value).replace(/\D/g, "")) ? undefined : "Luhn fails";
  if (category === "iban") {
    const joined = value
      .replace(/\n[^\n]*\n/, "")
      .replace(/-\n|\n/g, "")
      .replace(/\s/g, "");
    const fixed = joined.slice(0, 2) + digits(joined.slice(2, 4)) + joined.slice(4).replace(/O/g, "0").replace(/I/g, "1");
    return ibanProblem(joined, IBAN_LENGTHS) === undefined ? undefined : ibanProblem(fixed, IBAN_LENGTHS);
  }
  return undefined;
}

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, valueCheck, ["credentials", "tax_id"]);
printHalfTable(folder);
