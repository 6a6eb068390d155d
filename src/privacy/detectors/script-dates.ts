/**
 * Dates of birth written in a local calendar or with local numerals, which the label rules (scripts.ts,
 * east-european.ts) do not read:
 * - Japanese and Taiwanese era years, with Arabic or kanji numerals and OCR spaces: 民國 84 年 7 月 19 日,
 *   昭和八年三月二十一日, 平成12年8月3日; and Gregorian years in kanji numerals: 二〇一七年十月五日.
 * - Thai dates in the Buddhist Era: 12 มีนาคม 2535, 5 ก.ค. 2528.
 * - Greek dates with a genitive month: 23 Αυγούστου 1994; and d/m/y or d.m.y numbers.
 * - Persian dates in the Solar Hijri calendar: ۲ بهمن ۱۳۷۴ (after تاریخ تولد, متولد); Arabic dates with a Gregorian
 *   month's Arabic name: ١٥ مارس ٢٠١٤, ٣ آذار ١٩٩٠ (after مولود في, ولدت في, تاريخ الميلاد). Session 45.
 * A date counts after a birth word of its script (出生年月日, 出生, 生年月日, 誕生日, เกิด, วันเกิด, ημερομηνία γέννησης,
 * γεννήθηκε, תאריך לידה, נולד/ה, 出生于 …; at most 12 characters between, no digit and no clause break , ; 。 — "出生于绍兴，1936年…逝世"
 * is a death date, session 42) or before a birth word
 * (…出生的, …生まれ, … г. р.). A birth before 1925 (era years, and Thai years from 2200 as Buddhist Era, converted) is a historical, public fact and
 * is not reported; whether the person is a public figure is left to the judgement. Keyword-gated; linear.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { SCRIPT_PUBLIC_CUE } from "./script-health.js";

const KANJI = "〇一二三四五六七八九";
const KANJI_NUMBER = `[${KANJI}十]{1,4}`;
const NUMBER = `(?:\\d{1,4}|${KANJI_NUMBER}|元)`;
const THAI_MONTHS =
  "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ม\\.ค\\.|ก\\.พ\\.|มี\\.ค\\.|เม\\.ย\\.|พ\\.ค\\.|มิ\\.ย\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.";
const GREEK_MONTHS = "Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Απριλίου|Μαΐου|Ιουνίου|Ιουλίου|Αυγούστου|Σεπτεμβρίου|Οκτωβρίου|Νοεμβρίου|Δεκεμβρίου";
/** Session 45 (dev-65): the Solar Hijri months (Persian) and the Gregorian months in Arabic (Egyptian-Gulf and Levantine names). */
const PERSIAN_MONTHS = "فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند";
const ARABIC_MONTHS =
  "يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول";
/**
 * Session 53 (dev-94): a travel document's data page prints its dates "DD MMM YYYY" with the English (ICAO Doc 9303
 * part 3) month abbreviation, whatever its language, often with the national one after a slash ("14 MAR/MARS 1986"),
 * and OCR or a typist copies them after the page's own birth label ("生年月日  22 DEC 1952", "تاريخ الميلاد 23 JAN 1964").
 */
const ICAO_MONTHS = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC";
/** The date forms; group names carry the era and the year for the historical test. */
const DATE =
  `(?<era>昭和|平成|令和|大正|民國|民国)?\\s?(?<year>${NUMBER})\\s?年\\s?${NUMBER}\\s?月\\s?${NUMBER}\\s?日` +
  `|\\d{1,2}\\s?(?:${THAI_MONTHS})\\s?(?:พ\\.ศ\\.\\s?)?(?<thaiYear>\\d{4})` +
  `|\\d{1,2}\\s(?:${GREEK_MONTHS})\\s(?<greekYear>\\d{4})` +
  `|\\d{1,2}[./-]\\d{1,2}[./-](?<numericYear>\\d{4})` +
  `|\\d{1,2}\\s(?:${PERSIAN_MONTHS})\\s(?<persianYear>\\d{4})` +
  `|\\d{1,2}\\s(?:${ARABIC_MONTHS})\\s(?<arabicYear>\\d{4})` +
  `|(?<koreanYear>\\d{4})년\\s?\\d{1,2}월\\s?\\d{1,2}일` +
  `|\\d{1,2}\\s(?:${ICAO_MONTHS})(?:\\s?/\\s?\\p{L}{3,5}\\.?)?\\s(?<icaoYear>\\d{4})`;
const CUE_BEFORE =
  "생년월일|дата рождения|дата народження|出生年月日|出生日期|出生于|出生於|出生|生年月日|誕生日|生日|วันเกิด|เกิดวันที่|เกิด|ημερομηνία γέννησης|ημ\\.\\s?γέννησης|γεννήθηκε|תאריך לידה|נולדה?|تاریخ تولد|متولد|مولودة? في|ولدت? في|تاريخ الميلاد";
const BEFORE = new RegExp(`(?:${CUE_BEFORE})[^\\n\\d,，;；。]{0,12}?(?<date>${DATE})`, "giu");
const AFTER = new RegExp(`(?<date>${DATE})\\s?(?:出生的|生まれ|г\\.\\s?р\\.)`, "gu");
/**
 * A name, a separator and the date with a bare 生 (zh, ja) or 생 (ko) right after it (session 39): "王芳，1985年7月14日生，",
 * "佐藤美咲（1992年8月5日生）", "김민준 (1989년 4월 12일생)" — the name two to four Han or Hangul letters after no letter of
 * its script; not 生活, 生产, 生效 …; not in a public-figure window (SCRIPT_PUBLIC_CUE) or a supposed date (HYPOTHETICAL).
 */
const NAME_DATE_BORN = new RegExp(
  `(?:(?<![\\p{Script=Han}])\\p{Script=Han}{2,4}|(?<![가-힣])[가-힣]{2,4})\\s?[，,、（(]\\s?(?<date>${DATE})\\s?(?:生|생)(?![活产産命意物气氣态態涯日成效])`,
  "gu",
);
/**
 * A Korean relative named with a subject or topic particle and the date with 생 right after it (session 46, dev-70):
 * "동생 윤서가 2014년 3월 5일생인데", "사촌 형 민준이는 1988년 12월 5일생이야" — the relation word says the person is real.
 */
const RELATIVE_NAME_DATE_BORN = new RegExp(
  `(?:동생|언니|오빠|누나|형|딸|아들|조카|손자|손녀|사촌|남편|아내|친구|엄마|아빠|이모|고모|삼촌)\\s?[가-힣]{1,3}(?:이가|이는|가|는|은|이)\\s?(?<date>(?<koreanYear>\\d{4})년\\s?\\d{1,2}월\\s?\\d{1,2}일)\\s?생(?![활산명의물기태애일성효])`,
  "gu",
);
/** A supposed date, not anyone's ("1990년 1월 1일생 기준으로 만 나이 계산", "例えば…生まれ", "假设…出生"): session 39. */
const HYPOTHETICAL = /기준으로|기준|가정|예를 들어|예[:：]|例えば|例[:：]|假设|假如|为例|比如|例如/u;
const STEMS: readonly string[] = [
  "出生",
  "生年月日",
  "誕生日",
  "生日",
  "生まれ",
  "เกิด",
  "γέννησης",
  "γεννήθηκε",
  "לידה",
  "נולד",
  "г. р.",
  "г.р.",
  "日生",
  "일생",
  "일 생",
  "تولد",
  "مولود",
  "ولد",
  "الميلاد",
  "생년월일",
  "дата рождения",
  "дата народження",
];

const ERA_START: Readonly<Record<string, number>> = { 昭和: 1925, 平成: 1988, 令和: 2018, 大正: 1911, 民國: 1911, 民国: 1911 };

/** 二〇一七 → 2017, 八 → 8, 二十一 → 21, 元 → 1. */
export function kanjiNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === "元") return 1;
  if (!text.includes("十")) return Number([...text].map((char) => KANJI.indexOf(char)).join(""));
  const [tens, ones] = text.split("十");
  return (tens ? KANJI.indexOf(tens) : 1) * 10 + (ones ? KANJI.indexOf(ones) : 0);
}

/** The Gregorian birth year of a matched date (era years, and Thai years from 2200 as Buddhist Era, converted). */
export function gregorianYear(groups: Readonly<Record<string, string | undefined>>): number {
  if (groups.year !== undefined) {
    const year = kanjiNumber(groups.year);
    return groups.era ? ERA_START[groups.era]! + year : year;
  }
  const thai = groups.thaiYear ? Number(groups.thaiYear) : undefined;
  if (thai !== undefined) return thai >= 2200 ? thai - 543 : thai;
  // A Solar Hijri year (1300 is 1921) is converted; a Gregorian year written with a Persian month is read as it is.
  if (groups.persianYear !== undefined) return Number(groups.persianYear) < 1700 ? Number(groups.persianYear) + 621 : Number(groups.persianYear);
  return Number(groups.greekYear ?? groups.numericYear ?? groups.koreanYear ?? groups.arabicYear ?? groups.icaoYear ?? "2000");
}

/** Neither a supposed date nor a public figure's around a name-date-生 match. */
function privateNameDate(text: string, start: number, end: number): boolean {
  if (HYPOTHETICAL.test(text.slice(Math.max(0, start - 16), end + 8))) return false;
  return !SCRIPT_PUBLIC_CUE.test(text.slice(Math.max(0, start - 40), end + 40));
}

function runScriptDates(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, STEMS)) return;
  for (const pattern of [BEFORE, AFTER, NAME_DATE_BORN, RELATIVE_NAME_DATE_BORN]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const groups = match.groups!;
      if (gregorianYear(groups) < 1925) continue;
      if ((pattern === NAME_DATE_BORN || pattern === RELATIVE_NAME_DATE_BORN) && !privateNameDate(text, match.index, match.index + match[0].length)) continue;
      const start = match.index + match[0].indexOf(groups.date!);
      emit("date_of_birth", start, start + groups.date!.trimEnd().length, "date-of-birth-local-calendar", PRIORITY.contextual + 10);
    }
  }
}

export const scriptDateDetectors: Detector[] = [{ name: "script-dates", run: runScriptDates }];
