/**
 * Format check for development set 79 (shared check: `../check-split-set.ts`) with its value check (birth dates are
 * real calendar dates in the past, e-mails have one `@` and a dotted domain), then the per-half table.
 * Run: npx tsx eval/privacy/dev-79/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";

function birthDateProblem(value: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const european = /^(\d{2})[./-](\d{2})[./-](\d{4})$/.exec(value);
  const japanese = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(value);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : european
      ? [european[3], european[2], european[1]]
      : japanese
        ? [japanese[1], japanese[2], japanese[3]]
        : [];
  if (year === undefined) return "unknown birth-date format";
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) return "not a calendar date";
  return date.getUTCFullYear() < 2026 ? undefined : "birth date not in the past";
}

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, (category, value) => {
  if (category === "date_of_birth") return birthDateProblem(value);
  if (category === "email") return /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/.test(value) ? undefined : "malformed e-mail";
  return undefined;
});
printHalfTable(folder);
