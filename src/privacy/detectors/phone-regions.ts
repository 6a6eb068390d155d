/**
 * Language and script hints for national phone numbers (written without a country code): which
 * countries to try first when validating with libphonenumber, phone words in more languages, and
 * the number types that belong to businesses rather than people (toll-free, shared-cost, premium
 * rate, universal access numbers such as 0771-…, 1500 …, 1588-…, 444 …, 1900 …). Each hint is one
 * cheap test per scan (a character class or a short word list), never per candidate.
 */
import type { CountryCode, NumberType } from "libphonenumber-js/max";
import { containsAny, containsAnyAtWordStart, type PatternGate } from "../detector.js";

const INDONESIAN_WORDS = ["saya", "nomor", "hubungi", "alamat", "rumah", "kami", "untuk", "dengan", "tidak", "atas nama"];
const INDONESIAN_HINT = new RegExp(`(?<![\\p{L}])(?:${INDONESIAN_WORDS.join("|")})(?![\\p{L}])`, "iu");
const NORDIC_WORDS = ["och", "är", "ring", "mig", "kundtjänst", "vardagar"];
const NORDIC_HINT = new RegExp(`[åÅ]|(?<![\\p{L}])(?:${NORDIC_WORDS.join("|")})(?![\\p{L}])`, "u");
const NORDIC_LETTER = ["å"];

/**
 * The two word hints, answered by the keyword pass first (each pattern tries every position: ~106 and
 * ~33 µs on 2,000 tokens): one of the words at a word start of the lower-cased text (ASCII letters
 * only under `i`: exact after NFKC), or å anywhere.
 */
export const PHONE_HINT_GATES: readonly PatternGate[] = [
  { name: "indonesian-hint", pattern: INDONESIAN_HINT, mayMatch: (_text, lower) => containsAnyAtWordStart(lower, INDONESIAN_WORDS) },
  {
    name: "nordic-hint",
    pattern: NORDIC_HINT,
    mayMatch: (_text, lower) => containsAny(lower, NORDIC_LETTER) || containsAnyAtWordStart(lower, NORDIC_WORDS),
  },
];
const GATE_OF = new Map<RegExp, PatternGate>(PHONE_HINT_GATES.map((gate) => [gate.pattern, gate]));

const HINTS: ReadonlyArray<[RegExp, readonly CountryCode[]]> = [
  [/[ăơưđĂƠƯĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u, ["VN"]],
  [/[ğışİĞŞ]/u, ["TR"]],
  [/[іїєґІЇЄҐ]/u, ["UA"]],
  [/[\p{Script=Hangul}]/u, ["KR"]],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, ["JP"]],
  [/[\p{Script=Han}]/u, ["CN", "TW", "HK"]],
  [/[\p{Script=Arabic}]/u, ["SA", "AE", "EG"]],
  [/[\p{Script=Devanagari}]/u, ["IN"]],
  [/[\p{Script=Thai}]/u, ["TH"]],
  [INDONESIAN_HINT, ["ID", "MY"]],
  [NORDIC_HINT, ["SE", "NO", "DK", "FI"]],
  [/[ñ¿¡]/u, ["ES", "MX", "AR", "CO"]],
];

/** Countries to try first for national numbers in this text (in hint order), possibly none. */
export function phoneRegionHints(text: string, lower: string): CountryCode[] {
  const regions: CountryCode[] = [];
  for (const [pattern, countries] of HINTS) {
    const gate = GATE_OF.get(pattern);
    if ((gate === undefined || gate.mayMatch(text, lower)) && pattern.test(text)) regions.push(...countries);
  }
  return regions;
}

/** Numbers of these types reach a business or a service, not a person. */
const BUSINESS_TYPES: ReadonlySet<NumberType> = new Set<NumberType>(["TOLL_FREE", "SHARED_COST", "PREMIUM_RATE", "UAN"]);

export function businessLineType(type: NumberType | undefined): boolean {
  return type !== undefined && BUSINESS_TYPES.has(type);
}

/** Phone words of Vietnamese, Indonesian/Malay, Turkish, Nordic, Ukrainian, Chinese, Japanese, Korean and Arabic, with suffixes. */
export const LOCAL_PHONE_KEYWORDS =
  /(?<![\p{L}])(?:s[ốo] điện thoại|so dien thoai|điện thoại|dien thoai|đt|sđt|sdt|di động|di dong|nomor (?:hp|telepon|telpon|wa|whatsapp)|no\.? ?(?:hp|telp|tlp|wa)|hp|telp|telepon|ponsel|handphone|cep(?: telefonu\p{L}*|im|iniz)?|gsm|mobilnummer|mobilnr|telefonnummer|puhelinnumero|mobiili|номер телефону|моб\.? ?тел)(?![\p{L}])|手机号|手機號|电话号码|電話番号|携帯番号|携帯電話|携帯|연락처|휴대폰|핸드폰|휴대전화|전화번호|جوال\p{L}*|هاتف\p{L}*|موبايل|رقم الجوال/iu;

/**
 * National mobile numbers in the way they are written in Turkey (0 5xx xxx xx xx), Vietnam
 * (09x xxx xxxx), Indonesia (08xx-xxxx-xxxx), Korea (010-xxxx-xxxx), China (1xx xxxx xxxx) and
 * Japan (090-xxxx-xxxx): distinctive enough to be checked without a phone word (libphonenumber
 * must still validate them).
 */
export function localMobileForm(value: string): boolean {
  return (
    /^\(?0\s?\(?5\d{2}\)?[\s.-]?\d{3}[\s.-]?\d{2}[\s.-]?\d{2}$/.test(value) ||
    /^0[35789]\d{1,2}[\s.-]\d{3}[\s.-]?\d{3,4}$/.test(value) ||
    /^08\d{2}[\s-]\d{3,4}[\s-]\d{3,5}$/.test(value) ||
    /^01[016789][\s-]\d{3,4}[\s-]\d{4}$/.test(value) ||
    /^1[3-9]\d[\s-]\d{4}[\s-]\d{4}$/.test(value) ||
    /^0[789]0[\s-]\d{4}[\s-]\d{4}$/.test(value)
  );
}
