/**
 * A named person's lab results written as a bare table, one test and its value a line, under a line that names the
 * person (session 39, dev-36): "أحمد الخطيب (والدي)\nسكر صائم 182\nHbA1c 8.4%", "مادرم، زهرا کریمی:\nقند ناشتا ۱۹۵\n
 * کلسترول ۲۶۰", "แม่ (คุณสมศรี ใจดี)\nน้ำตาล 168\nLDL 190". No "results" word is needed: two or more consecutive lines
 * of a test name (Arabic, Persian, Thai, or an international abbreviation such as HbA1c, TSH, LDL) and one value are
 * the evidence of a result table. The person: the line right above the table holds a named private person
 * (person-near.ts, script-health.ts), or is a bare name — two or three words of Arabic-script letters, optionally with
 * a relation in parentheses and a colon, not a heading word (القيم الطبيعية, محدوده طبیعی …). A reference-range table
 * ("سكر صائم 70–100", "LDL ต่ำกว่า 130") holds ranges, not values: a range line ends the run. The span is each line's
 * test and value.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { personNear, type PersonNearCache } from "./person-near.js";

const ARABIC_TESTS =
  "سكر الصائم|السكر الصائم|سكر صائم|سكر عشوائي|الكوليسترول الكلي|كوليسترول كلي|سكر تراكمي|السكر التراكمي|السكر|سكر|هيموجلوبين|الهيموجلوبين|هيموغلوبين|كرياتينين|الكرياتينين|كوليسترول|الكوليسترول|دهون ثلاثية|الدهون الثلاثية|يوريا|اليوريا|بوتاسيوم|صوديوم|فيريتين|الحديد|حديد|صفائح|الصفائح|كريات بيضاء|فيتامين د|حمض اليوريك";
const PERSIAN_TESTS =
  "قند ناشتا|قند خون|قند|کلسترول|تری‌گلیسرید|تری گلیسرید|اوره|کراتینین|پتاسیم|سدیم|هموگلوبین|فریتین|آهن|پلاکت|گلبول سفید|ویتامین د|اسید اوریک";
/** NFKC like the scanned text (Thai SARA AM is stored decomposed there). */
const THAI_TESTS =
  "น้ำตาลในเลือด|น้ำตาล|ไขมันรวม|ไขมัน|คอเลสเตอรอล|ไตรกลีเซอไรด์|ครีเอตินีน|ยูเรีย|โพแทสเซียม|โซเดียม|ฮีโมโกลบิน|ฮีมาโตคริต|เกล็ดเลือด|เม็ดเลือดขาว|กรดยูริก".normalize("NFKC");
const LATIN_TESTS = "HbA1c|A1c|TSH|FT4|FT3|LDL|HDL|ALT|AST|GGT|eGFR|CRP|ESR|PSA|INR|Hb|WBC|PLT|BUN|LDL-C|HDL-C";
/** Western, Arabic-Indic and Persian digits, with a decimal point, comma or Arabic decimal separator. */
const DIGITS = "[0-9\\u0660-\\u0669\\u06f0-\\u06f9]";
const VALUE = `${DIGITS}{1,6}(?:[.,\\u066b]${DIGITS}{1,3})?\\s?%?`;
/**
 * One result line: the test (a word of its own), an optional colon, one value and an optional unit, nothing else on
 * the line. Every part is bounded: a match reads one line.
 */
const RESULT_LINE = new RegExp(
  `^[ \\t]*(?:[-•*–][ \\t]+)?(?:(?:${LATIN_TESTS})(?![A-Za-z])|${ARABIC_TESTS}|${PERSIAN_TESTS}|${THAI_TESTS})(?:[ \\t]*[:：=])?[ \\t]*${VALUE}(?:[ \\t]*(?:mg\\/dl|mmol\\/l|g\\/dl|µiu\\/ml|miu\\/l|ng\\/ml|u\\/l|mg\\/l))?[ \\t]*$`,
  "iu",
);
/** The heading of a reference-range table or a blank form: no person's values. */
const RANGE_HEADING =
  /القيم الطبيعية|القيم المرجعية|المعدل الطبيعي|المعدلات الطبيعية|محدوده طبیعی|مقادیر طبیعی|محدوده نرمال|ค่าปกติ|ค่าอ้างอิง|reference|normal (?:range|values)|نموذج|فرم|แบบฟอร์ม/iu;
/** Heading words that a bare-name line never holds (an example, a case study, a limit: session 39 review). */
const NOT_NAME_WORDS =
  /نتائج|نتيجة|تحليل|تحاليل|فحص|مختبر|القيم|جدول|نتیجه|نتایج|آزمایش|جواب|جدول|مقادیر|ผล|ตรวจ|ตาราง|مثال|تعليمي|حالة|دراسية|سؤال|تمرين|الحد|الأقصى|الأدنى|مستوى|المستوى|معدل|طبيعي|نمونه|حداکثر|حداقل|تمرین|سوال|آموزشی/u;
/** A bare name line: two or three Arabic-script words, an optional relation in parentheses, an optional colon. */
const BARE_NAME_LINE = /^[ \t]*\p{Script=Arabic}{2,15}(?:[ \t]\p{Script=Arabic}{2,15}){1,2}(?:[ \t]*[(（][^()\n]{1,20}[)）])?[ \t]*[:：،,]?[ \t]*$/u;

/**
 * The gate, answered by the scan's keyword pass: the script tests and the longer Latin abbreviations (a table of ALT
 * and AST alone is not read: "ast", "alt" and "hb" occur inside too many words for a gate).
 */
const STEMS = [...`${ARABIC_TESTS}|${PERSIAN_TESTS}|${THAI_TESTS}`.split("|"), "hba1c", "a1c", "tsh", "ldl", "hdl", "egfr", "crp", "psa"];

/** Is the line above the table (`header`, ending at `at`) a named private person? */
function namesPerson(text: string, header: string, at: number, cache: PersonNearCache): boolean {
  if (RANGE_HEADING.test(header)) return false;
  if (BARE_NAME_LINE.test(header) && !NOT_NAME_WORDS.test(header)) return true;
  const near = personNear(text, at, cache);
  return near.named && !near.publicContext;
}

function runLabLines(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, STEMS)) return;
  let lineStart = 0;
  let run: Array<[number, number]> = [];
  let runHeader: [number, number] | undefined;
  let previous: [number, number] | undefined;
  let cache: PersonNearCache | undefined;
  const flush = () => {
    if (run.length >= 2 && runHeader && namesPerson(text, text.slice(...runHeader), run[0]![0], (cache ??= { verdicts: new Map() })))
      for (const [start, end] of run) emit("health", start, end, "lab-result-lines", PRIORITY.contextual);
    run = [];
    runHeader = undefined;
  };
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (line.length <= 80 && RESULT_LINE.test(line)) {
      if (run.length === 0) runHeader = previous;
      const lead = line.length - line.trimStart().length;
      run.push([lineStart + lead, lineStart + line.trimEnd().length]);
    } else {
      flush();
    }
    previous = [lineStart, lineEnd];
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  flush();
}

export const labLineDetectors: Detector[] = [{ name: "lab-lines", run: runLabLines }];
