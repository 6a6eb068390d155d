/**
 * Format and value check for development set 20 (shared format check: `../check-split-set.ts`). Every national ID with
 * a published check digit must pass it (validators in `./values.ts`, `../dev-12/values.ts`, `../dev-13/values.ts`):
 * Chinese resident ID, Taiwan ID, HKID, My Number, 주민등록번호, Aadhaar (Verhoeff), Saudi ID / iqama and Emirates ID
 * (Luhn), Teudat Zehut, СНИЛС, ИНН, РНОКПП, Thai ID, Greek AMKA; the Egyptian national ID must carry a real century,
 * date and governorate, PAN its person shape. Every "why is this invalid?" number must FAIL its check. Then the
 * per-half table. Run: npx tsx eval/privacy/dev-20/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";
import { validHkid, validLuhn, validRnokpp, validTaiwanId, validThaiId } from "../dev-12/values.js";
import { validAmka, validTeudatZehut } from "../dev-13/values.js";
import { validAadhaar, validChineseId, validEgyptianId, validInn12, validMyNumber, validPan, validRrn, validSnils } from "./values.js";
import { CJK_BROKEN } from "./cjk.js";
import { SOUTH_WEST_BROKEN } from "./south-west.js";
import { EAST_BROKEN } from "./east.js";
import { MORE_BROKEN } from "./more.js";

/** [language pattern, value shape, validator]; the first row whose language and shape match decides. */
const SCHEMES: Array<[RegExp, RegExp, (text: string) => boolean]> = [
  [/^zh$|^mixed$/, /^\d{17}[\dX]$/, validChineseId],
  [/^zh-Hant$/, /^[A-Z][12]\d{8}$/, validTaiwanId],
  [/^zh-Hant$/, /^[A-Z]\d{6}\(/, validHkid],
  [/^ja$/, /^\d{4} \d{4} \d{4}$/, validMyNumber],
  [/^ko$|^mixed$/, /^\d{6}-\d{7}$/, validRrn],
  [/^hi/, /^\d{4}[ -]\d{4}[ -]\d{4}$/, validAadhaar],
  [/^hi/, /^[A-Z]{5}\d{4}[A-Z]$/, validPan],
  [/^ar$/, /^[12]\d{9}$/, validLuhn],
  [/^ar$/, /^784-/, validLuhn],
  [/^ar$/, /^[23]\d{13}$/, validEgyptianId],
  [/^he$/, /^\d{9}$/, validTeudatZehut],
  [/^ru$/, /^\d{3}-\d{3}-\d{3} \d{2}$/, validSnils],
  [/^ru$/, /^\d{12}$/, validInn12],
  [/^uk$/, /^\d{10}$/, validRnokpp],
  [/^th$/, /^\d-\d{4}-\d{5}-\d{2}-\d$/, validThaiId],
  [/^el$/, /^\d{11}$/, validAmka],
];
/** National IDs without a published check digit, by shape: Greek ΑΔΤ, Japanese 在留カード. */
const UNCHECKED = [/^[Α-Ω]{2} \d{6}$/, /^[A-Z]{2}\d{8}[A-Z]{2}$/];

function valueProblem(category: string, value: string, lang: string): string | undefined {
  if (category === "national_id") {
    const scheme = SCHEMES.find(([language, shape]) => language.test(lang) && shape.test(value));
    if (scheme) return scheme[2](value) ? undefined : "fails its check";
    return UNCHECKED.some((shape) => shape.test(value)) ? undefined : "no scheme for this shape";
  }
  if (category === "phone" && (value.match(/\d/g)?.length ?? 0) < 7) return "too few digits";
  if (category === "date_of_birth" && !/[\p{Nd}〇一二三四五六七八九十]|תשרי/u.test(value)) return "no digit or numeral";
  return undefined;
}

const BROKEN: Array<[string, string, (text: string) => boolean]> = [
  ["zh", CJK_BROKEN.zh, validChineseId],
  ["tw", CJK_BROKEN.tw, validTaiwanId],
  ["ja", CJK_BROKEN.ja, validMyNumber],
  ["ko", CJK_BROKEN.ko, validRrn],
  ["hi", SOUTH_WEST_BROKEN.hi, validAadhaar],
  ["sa", SOUTH_WEST_BROKEN.sa, validLuhn],
  ["he", SOUTH_WEST_BROKEN.he, validTeudatZehut],
  ["snils", EAST_BROKEN.snils, validSnils],
  ["inn", EAST_BROKEN.inn, validInn12],
  ["th", EAST_BROKEN.th, validThaiId],
  ...MORE_BROKEN,
];
const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, valueProblem);
for (const [name, value, valid] of BROKEN) {
  if (valid(value)) {
    process.stdout.write(`broken ${name} ${value}: passes its check (should fail)\n`);
    process.exitCode = 1;
  }
}
process.stdout.write(`${BROKEN.length} invalid-checksum negatives checked\n`);
printHalfTable(folder);
