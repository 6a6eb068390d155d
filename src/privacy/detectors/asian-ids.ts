/**
 * National identifiers of Chinese, Japanese, Korean, Indian and Gulf residents, each confirmed by
 * its published check digit or format (our own: a few lines each, exact spans in free text):
 * - China resident identity number: 17 digits + ISO 7064 MOD 11-2 check character, valid birth date.
 * - Korea resident registration number: YYMMDD-SNNNNNC, weighted mod-11 check (numbers issued
 *   since October 2020 have no check digit: accepted next to 주민등록번호 / RRN when the date is valid); the keyword
 *   also in romanisation ("jumin deungnok beonho", session 42).
 * - Japan My Number (個人番号): 12 digits, mod-11 check digit, next to its keyword.
 * - India PAN: AAAPL1234C (fourth letter: holder type); Aadhaar lives in numbers.ts (Verhoeff).
 * - UAE Emirates ID 784-YYYY-NNNNNNN-C and Saudi national/iqama numbers (Luhn, keyword).
 * - Passports after a passport keyword in Chinese, Japanese, Korean, Hindi or Arabic.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { luhnValid } from "../checksums.js";
import { isRepetitive, keywordAround } from "../context.js";
import { forEachMatchStartingWithDigits, someDigitRunFollowedBy } from "../digit-runs.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const CHINESE_RESIDENT_ID_VALID_PATTERN_1 = /^\d{17}[\dX]$/i;
const KOREAN_RRN_CHECKSUM_VALID_PATTERN_1 = /^\d{13}$/;
const MY_NUMBER_VALID_PATTERN_1 = /^\d{12}$/;
const RUN_ASIAN_IDS_PATTERN_1 = /\D/g;
const RUN_ASIAN_IDS_PATTERN_2 = /^([A-Z])\1\1\1\1/;
const RUN_ASIAN_IDS_PATTERN_3 = /0000/;

const CN_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CN_CHECK = "10X98765432";

export function chineseResidentIdValid(value: string): boolean {
  if (!CHINESE_RESIDENT_ID_VALID_PATTERN_1.test(value)) return false;
  let sum = 0;
  for (let index = 0; index < 17; index++) sum += (value.charCodeAt(index) - 48) * CN_WEIGHTS[index]!;
  return CN_CHECK[sum % 11] === value[17]!.toUpperCase();
}

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function koreanRrnChecksumValid(digits: string): boolean {
  if (!KOREAN_RRN_CHECKSUM_VALID_PATTERN_1.test(digits)) return false;
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let index = 0; index < 12; index++) sum += (digits.charCodeAt(index) - 48) * weights[index]!;
  return (11 - (sum % 11)) % 10 === digits.charCodeAt(12) - 48;
}

export function myNumberValid(digits: string): boolean {
  if (!MY_NUMBER_VALID_PATTERN_1.test(digits)) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += (digits.charCodeAt(11 - n) - 48) * (n <= 6 ? n + 1 : n - 5);
  const remainder = sum % 11;
  return (remainder <= 1 ? 0 : 11 - remainder) === digits.charCodeAt(11) - 48;
}

const CN_ID = /(?<![\p{N}A-Za-z])(\d{6})((?:18|19|20)\d{2})(\d{2})(\d{2})(\d{3}[\dXx])(?![\p{N}A-Za-z])/gu;
/** The same number typed in its three parts, region, birth date, serial and check ("110105 19950817 302X"): session 43. */
const CN_ID_GROUPED = /(?<![\p{N}A-Za-z])(\d{6})[ -]((?:18|19|20)\d{2})(\d{2})(\d{2})[ -]?(\d{3}[\dXx])(?![\p{N}A-Za-z])/gu;
const KR_RRN = /(?<![\p{N}])(\d{2})(\d{2})(\d{2})[- ]?([1-8])(\d{6})(?![\p{N}])/gu;
/**
 * 등록번호 ("registration number") also stands for 주민등록번호 and the foreigner's 외국인등록번호 (same format): session 43;
 * not a company's (법인등록번호, 사업자등록번호). Session 54 (dev-98): a romanised record key too (`jumin_no`, `jumin-num`).
 */
const KR_CONTEXT = /(?<!법인|사업자)등록번호|주민번호|주민등록증|\brrn\b|resident registration|\bjumin[ _-]?(?:deungnok|beonho|bunho|no\b|num)/i;
const JP_MY_NUMBER = /(?<![\p{N}])(\d{4})[- ]?(\d{4})[- ]?(\d{4})(?![\p{N}])/gu;
/** "individual number": 個人番号 in English (the law's and employers' translation), session 43. */
const JP_CONTEXT = /マイナンバー|個人番号|my ?number|kojin ?bango|individual number/i;
const PAN = /(?<![A-Za-z0-9])[A-Z]{3}[ABCFGHLJPT][A-Z]\d{4}[A-Z](?![A-Za-z0-9])/g;
const EMIRATES_ID = /(?<![\p{N}])784-?\d{4}-?\d{7}-?\d(?![\p{N}])/gu;
const SAUDI_ID = /(?<![\p{N}])[12]\d{9}(?![\p{N}])/gu;
const SAUDI_CONTEXT = /هوية|الهوية الوطنية|رقم الهوية|إقامة|اقامة|iqama|saudi id|national id/i;
/** The dashed form only, for the keyword-less reading beside a name (session 46). */
const KR_RRN_DASHED = /(?<![\p{N}-])(\d{2})(\d{2})(\d{2})-([1-8])(\d{6})(?![\p{N}-])/gu;
/** A Hangul name of two to four syllables, then a space, a comma, a slash, a colon or a parenthesis, right before the number. */
const KR_NAME_BEFORE = /(?<![가-힣])[가-힣]{2,4}[ \t]?[,，:：/(（]?[ \t]?$/u;
/** Words that name a company's, an account's or an article's number, not a person. */
const KR_NOT_A_NAME = /(?:법인|사업자|회사|번호|코드|계좌|주문|송장|상품|모델|제품|문서)[ \t]?[,，:：/(（]?[ \t]?$/u;
/** Keyword pre-filter stems (made once: an array literal at the call is a new list each scan). */
const KR_RRN_STEMS: readonly string[] = ["주민", "등록번호", "rrn", "resident registration", "jumin"];

/** Keyword pre-filter stems (made once: an array literal at the call is a new list each scan). */
const JP_MY_NUMBER_STEMS: readonly string[] = ["マイナンバー", "個人番号", "my number", "mynumber", "kojin", "individual number"];

/** SAUDI_CONTEXT's words when it is a plain list of literals (else the pattern itself is tested). */
const SAUDI_WORDS = /^[^\\^$.*+?()[\]{}]*$/.test(SAUDI_CONTEXT.source) ? SAUDI_CONTEXT.source.toLowerCase().split("|") : undefined;
/** An ASCII capital: every PAN holds four digits and one (`/\d{4}[A-Z]/`). */
const isAsciiCapital = (code: number): boolean => code >= 65 && code <= 90;
/** The passport word in Gujarati, Tamil and Bengali too ("પાસપોર્ટ નંબર N4062873": session 50, dev-83). */
/**
 * Session 54: 照 mistyped as a pinyin homophone (zhào: 找, 兆, 赵/趙, 罩, 召) before 号/號 ("我的护找号是 …"), and a number
 * typed in lower case or in spaced groups ("ej 938 2716", "EJ 938 2716": six to nine digits in all).
 */
const PASSPORT_WORDS = [
  "护照",
  "護照",
  "旅券",
  "パスポート",
  "여권",
  "पासपोर्ट",
  "جواز",
  "પાસપોર્ટ",
  "பாஸ்போர்ட்",
  "পাসপোর্ট",
  "护找",
  "护兆",
  "护赵",
  "护罩",
  "护召",
  "護找",
  "護兆",
  "護趙",
  "護罩",
  "護召",
];
const PASSPORT_CUE =
  /(?:护照|護照|护[找兆赵罩召](?=号|號)|護[找兆趙罩召](?=号|號)|旅券|パスポート|여권|पासपोर्ट|પાસપોર્ટ|பாஸ்போர்ட்|পাসপোর্ট|جواز(?: السفر)?)[^\n\p{N}A-Z]{0,12}?([A-Z]{0,2}\d{6,9}|[A-Z]\d{7,8}|[A-Za-z]{1,2} ?\d{6,9}|[A-Za-z]{1,2} ?\d{2,4}(?: \d{2,4}){1,3})(?![\p{N}A-Za-z])/gu;
const DIGIT = /\d/g;
/** "no 1234 5678", "Nr. …": a number word's letters, not the number's series letters. */
const NUMBER_WORD_LEAD = /^(?:no|nr|id|nu)(?![a-z])/i;

function runAsianIds(text: string, emit: Emit, lower: string): void {
  // 17 digits in a row start every match: tried only where they begin (digit-runs.ts).
  forEachMatchStartingWithDigits(text, CN_ID, 17, (match) => {
    if (chineseResidentIdValid(match[0]) && validDate(Number(match[2]), Number(match[3]), Number(match[4])))
      emit("national_id", match.index, match.index + match[0].length, "cn-resident-id", PRIORITY.checksum + 3);
  });
  // Six digits, then a space or a dash: tried only where a run of exactly six digits ends (digit-runs.ts).
  forEachMatchStartingWithDigits(
    text,
    CN_ID_GROUPED,
    6,
    (match) => {
      const compact = match[1]! + match[2]! + match[3]! + match[4]! + match[5]!;
      if (chineseResidentIdValid(compact) && validDate(Number(match[2]), Number(match[3]), Number(match[4])))
        emit("national_id", match.index, match.index + match[0].length, "cn-resident-id", PRIORITY.checksum + 3);
    },
    true,
  );
  if (containsAny(lower, KR_RRN_STEMS)) {
    KR_RRN.lastIndex = 0;
    for (let match = KR_RRN.exec(text); match !== null; match = KR_RRN.exec(text)) {
      const digits = match[0].replace(RUN_ASIAN_IDS_PATTERN_1, "");
      const century = "1290".includes(match[4]!) ? 1800 : "34".includes(match[4]!) ? 2000 : 1900;
      const dated = validDate(century + Number(match[1]), Number(match[2]), Number(match[3]));
      if (!dated || !keywordAround(text, match.index, match.index + match[0].length, KR_CONTEXT, 48) || isRepetitive(digits)) continue;
      emit("national_id", match.index, match.index + match[0].length, koreanRrnChecksumValid(digits) ? "kr-rrn" : "kr-rrn-post-2020", PRIORITY.checksum);
    }
  }
  // No keyword: the dashed number with its check digit right after a Hangul name in a list ("박서준 850315-1234566",
  // "표로 정리해 줘: 최유나 920702-2345671"): session 46, dev-70. Tried only where a run of exactly six digits ends.
  else
    forEachMatchStartingWithDigits(
      text,
      KR_RRN_DASHED,
      6,
      (match) => {
        const digits = match[1]! + match[2]! + match[3]! + match[4]! + match[5]!;
        const century = "1290".includes(match[4]!) ? 1800 : "34".includes(match[4]!) ? 2000 : 1900;
        if (!validDate(century + Number(match[1]), Number(match[2]), Number(match[3])) || !koreanRrnChecksumValid(digits) || isRepetitive(digits)) return;
        const before = text.slice(Math.max(0, match.index - 12), match.index);
        if (!KR_NAME_BEFORE.test(before) || KR_NOT_A_NAME.test(before)) return;
        emit("national_id", match.index, match.index + match[0].length, "kr-rrn-named", PRIORITY.checksum);
      },
      true,
    );
  if (containsAny(lower, JP_MY_NUMBER_STEMS)) {
    JP_MY_NUMBER.lastIndex = 0;
    for (let match = JP_MY_NUMBER.exec(text); match !== null; match = JP_MY_NUMBER.exec(text)) {
      const digits = match[0].replace(RUN_ASIAN_IDS_PATTERN_1, "");
      if (!myNumberValid(digits) || !keywordAround(text, match.index, match.index + match[0].length, JP_CONTEXT, 48)) continue;
      emit("national_id", match.index, match.index + match[0].length, "jp-my-number", PRIORITY.checksum + 1);
    }
  }
  PAN.lastIndex = 0;
  // Every PAN holds four digits and a capital (`/\d{4}[A-Z]/`): looked for at the ends of the text's digit runs (digit-runs.ts).
  const pans = someDigitRunFollowedBy(text, 4, isAsciiCapital);
  for (let match = pans ? PAN.exec(text) : null; match !== null; match = PAN.exec(text)) {
    if (RUN_ASIAN_IDS_PATTERN_2.test(match[0]) || RUN_ASIAN_IDS_PATTERN_3.test(match[0])) continue;
    emit("national_id", match.index, match.index + match[0].length, "in-pan", PRIORITY.checksum - 5);
  }
  if (text.includes("784")) {
    EMIRATES_ID.lastIndex = 0;
    for (let match = EMIRATES_ID.exec(text); match !== null; match = EMIRATES_ID.exec(text)) {
      if (luhnValid(match[0].replace(RUN_ASIAN_IDS_PATTERN_1, "")))
        emit("national_id", match.index, match.index + match[0].length, "ae-emirates-id", PRIORITY.checksum + 1);
    }
  }
  // SAUDI_CONTEXT's words on the lower-cased text (which has no upper-case ASCII letter), answered by the keyword pass.
  if (SAUDI_WORDS ? containsAny(lower, SAUDI_WORDS) : SAUDI_CONTEXT.test(lower)) {
    SAUDI_ID.lastIndex = 0;
    for (let match = SAUDI_ID.exec(text); match !== null; match = SAUDI_ID.exec(text)) {
      if (luhnValid(match[0]) && keywordAround(text, match.index, match.index + match[0].length, SAUDI_CONTEXT, 48))
        emit("national_id", match.index, match.index + match[0].length, "sa-national-id", PRIORITY.checksum);
    }
  }
  // The pattern starts with one of these words (scripts without case: the lower-cased text holds them as the text does).
  if (containsAny(lower, PASSPORT_WORDS)) {
    PASSPORT_CUE.lastIndex = 0;
    for (let match = PASSPORT_CUE.exec(text); match !== null; match = PASSPORT_CUE.exec(text)) {
      const digits = match[1]!.match(DIGIT)?.length ?? 0;
      if (digits < 6 || digits > 9 || NUMBER_WORD_LEAD.test(match[1]!)) continue;
      const start = match.index + match[0].length - match[1]!.length;
      emit("passport", start, start + match[1]!.length, "passport-after-local-keyword", PRIORITY.checksum - 2);
    }
  }
}

export const asianIdDetectors: Detector[] = [{ name: "asian-and-gulf-ids", run: runAsianIds }];
