/**
 * Language and script hints for national phone numbers (written without a country code): which
 * countries to try first when validating with libphonenumber, phone words in more languages, and
 * the number types that belong to businesses rather than people (toll-free, shared-cost, premium
 * rate, universal access numbers such as 0771-…, 1500 …, 1588-…, 444 …, 1900 …). Each hint is one
 * cheap test per scan (a character class or a short word list), never per candidate.
 */
import type { CountryCode, NumberType } from "libphonenumber-js/max";
import { containsAny, containsAnyAtWordStart, type PatternGate } from "../detector.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const LOCAL_MOBILE_FORM_PATTERN_1 = /^\(?0\s?\(?5\d{2}\)?[\s.-]?\d{3}[\s.-]?\d{2}[\s.-]?\d{2}$/;
const LOCAL_MOBILE_FORM_PATTERN_2 = /^0[35789]\d{1,2}[\s.-]\d{3}[\s.-]?\d{3,4}$/;
const LOCAL_MOBILE_FORM_PATTERN_3 = /^08\d{2}[\s-]\d{3,4}[\s-]\d{3,5}$/;
const LOCAL_MOBILE_FORM_PATTERN_4 = /^01[016789][\s-]\d{3,4}[\s-]\d{4}$/;
const LOCAL_MOBILE_FORM_PATTERN_5 = /^1[3-9]\d[\s-]\d{4}[\s-]\d{4}$/;
const LOCAL_MOBILE_FORM_PATTERN_6 = /^0[789]0[\s-]\d{4}[\s-]\d{4}$/;
/** Session 45 (dev-65): Greek mobiles 69x xxx xxxx; Ukrainian mobiles 0xx xxx xx xx (operator codes 39, 50, 63-68, 73, 91-99). */
const LOCAL_MOBILE_FORM_PATTERN_7 = /^69\d[\s-]\d{3}[\s-]?\d{4}$/;
const LOCAL_MOBILE_FORM_PATTERN_8 = /^0(?:39|50|6[3678]|73|9[1-9])[\s-]\d{3}[\s-]\d{2}[\s-]\d{2}$/;

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

/**
 * `INDONESIAN_HINT.test(text)` and `NORDIC_HINT.test(text)` without the leading look-behind, which
 * makes V8 try the pattern at every position (~140 µs on 2,000 tokens for the Nordic one once its
 * gate passes, e.g. on "migration"): the words with their look-ahead, whose first letters V8 scans
 * for, then the look-behind's condition on the character before each occurrence (with the pattern's
 * flags: under `iu`, `\p{L}` also matches U+0345). An occurrence with a letter before it is passed
 * over and the search goes on from the next position, so an occurrence is found exactly when the
 * pattern matches there (`test/unit/privacy-phone-hints.test.ts` compares both).
 */
const INDONESIAN_WORD = new RegExp(`(?:${INDONESIAN_WORDS.join("|")})(?![\\p{L}])`, "giu");
const NORDIC_WORD = new RegExp(`(?:${NORDIC_WORDS.join("|")})(?![\\p{L}])`, "gu");
const LETTER_CASELESS = /\p{L}/iu;
const LETTER = /\p{L}/u;

/** True when the code point that ends right before `index` matches `letter`. */
function letterBefore(text: string, index: number, letter: RegExp): boolean {
  if (index === 0) return false;
  const code = text.charCodeAt(index - 1);
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
  if (code >= 0xdc00 && code <= 0xdfff && high >= 0xd800 && high <= 0xdbff) return letter.test(text.slice(index - 2, index));
  return letter.test(text[index - 1]!);
}

/** Whether `words` (global, a look-ahead after the words) matches where no `letter` precedes it. */
function wordAfterNonLetter(text: string, words: RegExp, letter: RegExp): boolean {
  words.lastIndex = 0;
  for (let match = words.exec(text); match !== null; match = words.exec(text)) {
    if (!letterBefore(text, match.index, letter)) return true;
    words.lastIndex = match.index + 1;
  }
  return false;
}

/** Same answer as `pattern.test(text)` for the two word hints. */
export function wordHintMatches(pattern: RegExp, text: string): boolean {
  if (pattern === INDONESIAN_HINT) return wordAfterNonLetter(text, INDONESIAN_WORD, LETTER_CASELESS);
  if (pattern === NORDIC_HINT) return text.includes("å") || text.includes("Å") || wordAfterNonLetter(text, NORDIC_WORD, LETTER);
  return pattern.test(text);
}

/** The hints in order: a pattern and the countries it suggests (exported for the equivalence test). */
export const PHONE_HINTS: ReadonlyArray<[RegExp, readonly CountryCode[]]> = [
  [/[ăơưđĂƠƯĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u, ["VN"]],
  [/[ğışİĞŞ]/u, ["TR"]],
  [/[іїєґІЇЄҐ]/u, ["UA"]],
  [/[\p{Script=Hangul}]/u, ["KR"]],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, ["JP"]],
  [/[\p{Script=Han}]/u, ["CN", "TW", "HK"]],
  [/[\p{Script=Arabic}]/u, ["SA", "AE", "EG"]],
  [/[\p{Script=Devanagari}]/u, ["IN"]],
  [/[\p{Script=Thai}]/u, ["TH"]],
  // Session 45 (dev-65): Greek mobiles (69x xxx xxxx) and landlines (2x…) written without +30.
  [/[\p{Script=Greek}]/u, ["GR"]],
  [INDONESIAN_HINT, ["ID", "MY"]],
  [NORDIC_HINT, ["SE", "NO", "DK", "FI"]],
  [/[ñ¿¡]/u, ["ES", "MX", "AR", "CO"]],
];

/**
 * The character-class hints (every hint but the two word lists) answered by one walk over the text's
 * code units instead of one pattern pass each (ten passes, ~150 µs on 2,000 tokens): `HINT_BITS[code]`
 * holds bit i when PHONE_HINTS[i]'s pattern matches that character alone, worked out with the pattern itself
 * on the first sight of the code unit (`UNKNOWN` until then). A surrogate pair is tested as its code
 * point (a small cache); a lone surrogate matches none of the classes. Same answer as
 * `pattern.test(text)` for each class pattern: a class matches the text when it matches one of its
 * characters.
 */
const CLASS_HINTS: number[] = PHONE_HINTS.flatMap(([pattern], index) => (GATE_OF.has(pattern) ? [] : [index]));
const UNKNOWN = 0xffff;
const HINT_BITS = new Uint16Array(65536).fill(UNKNOWN);
const ASTRAL_BITS = new Map<number, number>();
const ASTRAL_LIMIT = 4096;
const ALL_CLASS_BITS = CLASS_HINTS.reduce((bits, index) => bits | (1 << index), 0);

function bitsOf(char: string): number {
  let bits = 0;
  for (const index of CLASS_HINTS) if (PHONE_HINTS[index]![0].test(char)) bits |= 1 << index;
  return bits;
}

/** No class hint matches a code unit below this one (¡, U+00A1, today): those are stepped over. */
const FIRST_HINT_CODE = (() => {
  for (let code = 0; code < 0x100; code++) if (bitsOf(String.fromCharCode(code)) !== 0) return code;
  return 0x100;
})();

/** Bit i set when PHONE_HINTS[i] is a class hint that matches a character of `text`. */
function classHintBits(text: string): number {
  let found = 0;
  const length = text.length;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code < FIRST_HINT_CODE) continue;
    let bits = HINT_BITS[code]!;
    if (bits === UNKNOWN) {
      if (code >= 0xd800 && code <= 0xdfff) {
        const next = text.charCodeAt(index + 1);
        if (code > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) continue; // a lone surrogate
        const point = text.codePointAt(index)!;
        index++;
        let astral = ASTRAL_BITS.get(point);
        if (astral === undefined) {
          astral = bitsOf(String.fromCodePoint(point));
          if (ASTRAL_BITS.size >= ASTRAL_LIMIT) ASTRAL_BITS.clear();
          ASTRAL_BITS.set(point, astral);
        }
        bits = astral;
      } else {
        bits = bitsOf(String.fromCharCode(code));
        HINT_BITS[code] = bits;
      }
    }
    found |= bits;
    if (found === ALL_CLASS_BITS) break;
  }
  return found;
}

/** Countries to try first for national numbers in this text (in hint order), possibly none. */
export function phoneRegionHints(text: string, lower: string): CountryCode[] {
  const regions: CountryCode[] = [];
  const classBits = classHintBits(text);
  for (let index = 0; index < PHONE_HINTS.length; index++) {
    const [pattern, countries] = PHONE_HINTS[index]!;
    const gate = GATE_OF.get(pattern);
    const matches = gate === undefined ? (classBits & (1 << index)) !== 0 : gate.mayMatch(text, lower) && wordHintMatches(pattern, text);
    if (matches) regions.push(...countries);
  }
  return regions;
}

/** Numbers of these types reach a business or a service, not a person. */
const BUSINESS_TYPES: ReadonlySet<NumberType> = new Set<NumberType>(["TOLL_FREE", "SHARED_COST", "PREMIUM_RATE", "UAN"]);

export function businessLineType(type: NumberType | undefined): boolean {
  return type !== undefined && BUSINESS_TYPES.has(type);
}

/** Phone words of Vietnamese, Indonesian/Malay, Turkish, Nordic, Ukrainian, Czech, Polish, Greek, Hungarian, Romanian (session 46), Chinese, Japanese, Korean and Arabic, with suffixes. */
export const LOCAL_PHONE_KEYWORDS =
  /(?<![\p{L}])(?:s[ốo] điện thoại|so dien thoai|điện thoại|dien thoai|đt|sđt|sdt|di động|di dong|nomor (?:hp|telepon|telpon|wa|whatsapp)|no\.? ?(?:hp|telp|tlp|wa)|hp|telp|telepon|ponsel|handphone|cep(?: telefonu\p{L}*|im|iniz)?|gsm|mobilnummer|mobilnr|telefonnummer|telefoonnummer|bel (?:me|mij|mijn|even|gerust|op|naar)|mobiel(?:tje|nummer)?|vaste? (?:lijn|nummer)|puhelinnumero|mobiili|номер телефону|моб\.? ?тел|číslo na(?! (?:zákaznick\p{L}*|link\p{L}*|infolink\p{L}*|podporu|recepci|úřad\p{L}*|pobočk\p{L}*|pizzeri\p{L}*|restaurac\p{L}*|hospod\p{L}*|obchod\p{L}*|kancelář\p{L}*|taxi\p{L}*|servis\p{L}*|hotel\p{L}*|lékárn\p{L}*))|telefonní číslo|číslo mobilu|numer do(?! (?:infolinii|biura|firmy|urzędu|sklepu|obsługi|działu|recepcji|przychodni|apteki|pizzerii|restauracji|hotelu|serwisu|warsztatu|taksówek|taxi|kwiaciarni))|numer komórki|komórk[aię]|zadzwoń pod|κιν\.|κινητό\p{L}*|κινητού|telefonszám\p{L}*|számon|numărul (?:de telefon )?(?:lui|ei|meu|mea|bunicului|bunicii|mamei|tatălui)?|număr de telefon)(?![\p{L}])|手机号|手機號|电话号码|联系|聯絡|座机|固话|電話番号|携帯番号|携帯電話|携帯|연락처|휴대폰|핸드폰|휴대전화|전화번호|جوال\p{L}*|هاتف\p{L}*|موبايل|رقم الجوال/iu;

/**
 * National mobile numbers in the way they are written in Turkey (0 5xx xxx xx xx), Vietnam
 * (09x xxx xxxx), Indonesia (08xx-xxxx-xxxx), Korea (010-xxxx-xxxx), China (1xx xxxx xxxx),
 * Japan (090-xxxx-xxxx), Greece (69x xxx xxxx) and Ukraine (0xx xxx xx xx): distinctive enough to be checked without a phone word (libphonenumber
 * must still validate them).
 */
export function localMobileForm(value: string): boolean {
  return (
    LOCAL_MOBILE_FORM_PATTERN_1.test(value) ||
    LOCAL_MOBILE_FORM_PATTERN_2.test(value) ||
    LOCAL_MOBILE_FORM_PATTERN_3.test(value) ||
    LOCAL_MOBILE_FORM_PATTERN_4.test(value) ||
    LOCAL_MOBILE_FORM_PATTERN_5.test(value) ||
    LOCAL_MOBILE_FORM_PATTERN_6.test(value) ||
    LOCAL_MOBILE_FORM_PATTERN_7.test(value) ||
    LOCAL_MOBILE_FORM_PATTERN_8.test(value)
  );
}
