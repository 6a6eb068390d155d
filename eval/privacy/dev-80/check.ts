/**
 * Format check for development set 80 (shared check: `../check-split-set.ts`) with its value check (BitLocker recovery
 * keys: eight groups of six digits, each divisible by 11; seed phrases: 12 lower-case words; PINs and door codes: 4–8
 * digits with at most one letter, `*` or `#`), then the per-half table.
 * Run: npx tsx eval/privacy/dev-80/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";

function credentialCheck(category: string, value: string): string | undefined {
  if (category !== "credentials") return undefined;
  if (/^\d{6}(?:-\d{6}){7}$/.test(value)) {
    return value.split("-").every((group) => Number(group) % 11 === 0) ? undefined : "BitLocker group not divisible by 11";
  }
  if (/^[a-z]+(?: [a-z]+)+$/.test(value)) return value.split(" ").length === 12 ? undefined : "seed phrase is not 12 words";
  if (/^[A-Z]?[\d -]{4,9}[*#]?$/.test(value)) return /\d{2}/.test(value) ? undefined : "code without digits";
  return undefined;
}

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, credentialCheck, ["credentials"]);
printHalfTable(folder);
