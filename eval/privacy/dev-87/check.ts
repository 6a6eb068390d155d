/**
 * Format check for development set 87 (shared check: `../check-split-set.ts`) with its own value check, written from
 * dev-87's numbering table (`numbering.ts`) and not from libphonenumber (the guard's own dependency): every `phone`
 * span, read back by the form and country in its line's `kind` (`<container>:<ISO>:<form>`) — local and full-width
 * digits to ASCII, digit words to digits, links and separators dropped —, must be the country's calling code or trunk
 * prefix followed by a national significant number in the plan's mobile or landline range and length, written only
 * with the characters its form allows, and outside every drama and documentation range. Each `neg-drama` line must hold
 * a number inside one of those ranges. Then the per-half table.
 * Run: npx tsx eval/privacy/dev-87/check.ts
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { asciiDigits, checkSplitSet, printHalfTable } from "../check-split-set.js";
import { DIGIT_WORDS } from "./languages.js";
import { type CountryPlan, LOCAL_ZEROS, countryOf, isDrama } from "./numbering.js";

const folder = dirname(fileURLToPath(import.meta.url));
const WORDS = new Map<string, string>();
for (const list of Object.values(DIGIT_WORDS)) list.forEach((word, digit) => WORDS.set(word, String(digit)));

const INTERNATIONAL = new Set(["plus", "00", "e164", "msisdn", "wa", "tel", "sms", "split", "ext"]);
const ALLOWED: Record<string, RegExp> = {
  plus: /^\+\d[\d -]*\d$/,
  "00": /^00\d[\d -]*\d$/,
  e164: /^\+\d{7,15}$/,
  msisdn: /^\d{8,15}$/,
  wa: /^\d{8,15}$/,
  tel: /^\+\d{7,15}$/,
  sms: /^\+\d{7,15}$/,
  split: /^\+\d[\d -]*\n[\d-]+$/,
  ext: /^\+\d[\d -]*\d$/,
  dotted: /^\d+(?:\.\d+)+$/,
  dashed: /^\d+(?:-\d+)+$/,
  slashed: /^\d+\/[\d ]+$/,
  paren: /^\(\d+\) [\d ]+$/,
  national: /^[\d ()-]+$/,
  local: /^[\d ()-]+$/,
  words: /^[\p{L} ]+, [\d ]+$/u,
};

/** Why `written` is no number of `plan` in `form`, or undefined. */
function phoneProblem(written: string, plan: CountryPlan, form: string): string | undefined {
  let text = asciiDigits(written.normalize("NFKC"), LOCAL_ZEROS);
  if (form === "words") {
    text = text.replace(/\p{L}+/gu, (word) => WORDS.get(word.toLowerCase()) ?? word);
    if (/\p{L}/u.test(text)) return "an unknown digit word";
    if (!/^[\d ]+, [\d ]+$/.test(text)) return "not words then digits";
  } else {
    const shape = ALLOWED[form];
    if (!shape) return `unknown form ${form}`;
    if (!shape.test(text)) return `characters do not fit the form ${form}`;
    if (form === "local" && plan.localZero !== undefined && /[0-9]/.test(written)) return "ASCII digits in a local-digit form";
  }
  let digits = text.replace(/\D/g, "");
  const inRange = (nsn: string) => (plan.mobile.pattern.test(nsn) || plan.landline.pattern.test(nsn)) && !isDrama(plan.cc, nsn);
  if (INTERNATIONAL.has(form)) {
    if (form === "00") digits = digits.slice(2);
    if (!digits.startsWith(plan.cc)) return `does not start with the calling code ${plan.cc}`;
    return inRange(digits.slice(plan.cc.length)) ? undefined : "national number outside the plan's ranges (or a drama range)";
  }
  if (plan.trunk && digits.startsWith(plan.trunk) && inRange(digits.slice(plan.trunk.length))) return undefined;
  if ((plan.trunk === "" || plan.trunkOptional) && inRange(digits)) return undefined;
  return "no trunk prefix and national number in the plan's ranges (or a drama range)";
}

let problems = 0;
for (const half of ["a", "b"]) {
  for (const line of readFileSync(join(folder, `${half}.jsonl`), "utf8")
    .split("\n")
    .filter(Boolean)) {
    const record = JSON.parse(line) as { id: string; prompt: string; kind: string; spans: Array<{ start: number; end: number; category: string }> };
    const [topic, iso, form] = record.kind.split(":");
    const fail = (why: string) => {
      problems++;
      process.stdout.write(`${record.id}: ${why}\n`);
    };
    if (topic === "neg-drama") {
      const plan = countryOf(iso!);
      const candidates = record.prompt.match(/\+?\d[\d ()-]{6,}\d/g) ?? [];
      const drama = candidates.some((candidate) => {
        const digits = candidate.replace(/\D/g, "");
        const nsn = candidate.startsWith("+") ? digits.slice(plan.cc.length) : digits.replace(new RegExp(`^${plan.trunk}`), "");
        return isDrama(plan.cc, nsn);
      });
      if (!drama) fail("a drama line without a number in a drama range");
    }
    for (const span of record.spans) {
      if (span.category !== "phone") continue;
      const why = phoneProblem(record.prompt.slice(span.start, span.end), countryOf(iso!), form!);
      if (why) fail(`"${record.prompt.slice(span.start, span.end)}" (${record.kind}): ${why}`);
    }
  }
}
checkSplitSet(folder);
if (problems > 0) {
  process.stdout.write(`${problems} phone problems\n`);
  process.exitCode = 1;
}
printHalfTable(folder);
