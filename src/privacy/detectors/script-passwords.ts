/**
 * Passwords and PINs after a password word of a non-Latin script, in the word orders those languages use:
 * - Persian, Urdu, Hindi, Bengali and Tamil put the copula after the value and often name the service between
 *   the word and the value: "رمز اینترنت بانک Sara@1370tehran هست", "ফেসবুকের পাসওয়ার্ড Sumi@Dhaka22",
 *   "كلمة سر حساب البنك Fahad@7788", "пароль від Приват24 Oksana_1987kyiv". The value is the first ASCII token
 *   within 32 characters of the word (no sentence end between) that looks chosen as a secret: 6–64 characters,
 *   a letter, and a digit or symbol, and not an e-mail address, URL, path or hash (a hex digest, a `$2b$…` crypt
 *   string; a token running past the window is read whole). Service names in the script of the text (Приват24) are
 *   not ASCII and are passed over. Hebrew writes the word with its prefixes and the copula after the place it is for:
 *   "הסיסמה למחשב במשרד היא Yam_Kinneret55" (session 37; ה/ו/ב/ל/ש before סיסמה, סיסמא, סיסמת, סיסמאות).
 * - A PIN word of these scripts (পিন, پن, پین, รหัส ATM, पिन, பின்) followed by 4–6 digits: "বিকাশের পিন ৪৭১৯২",
 *   "ایزی پیسہ کا پن 8426 ہے". A "PIN code" (পিন কোড, पिन कोड, پن کوڈ) is a postal code in South Asia and is not
 *   read.
 * - Japanese and Chinese secrets written in their own characters (session 36): after パスワード, 暗証番号, 暗証, 密码,
 *   密碼 or 口令, a particle or colon and perhaps a quote, a run of katakana, kanji numerals (〇一二…九) and ASCII
 *   letters and digits that holds a digit of either kind and a katakana or kanji numeral ("パスワードは「サクラ二〇一九」",
 *   "ハヤブサ二〇二四"), or after a PIN word (暗証番号, 暗証, 密码) four to eight kanji numerals ("暗証番号は一九四七") or single
 *   digits spaced one by one ("暗証番号は4 7 1 9"). A katakana word without a numeral ("パスワードはランダムに") is none.
 * Keyword-gated by the scan's keyword pass; linear (bounded windows after each keyword).
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";

/**
 * The password words of the scripts; the Han and kana ones (密码, 密碼, パスワード) with no boundary before them and only a
 * Han or kana letter ending them, since those scripts write no spaces: "初始密码Jw2024#xq" (session 49, dev-80).
 */
/** Review-b: Arabic "رمز" is any code; a discount, promo, coupon or gift code after it ("رمز الخصم SALE30") is no password. */
const PASSWORD_WORD =
  /(?<![\p{L}\p{M}])(?:[وف](?=كلمة|رمز))?(?:رمز(?:\s?عبور)?(?!\s(?:ال)?(?:خصم|تخفيض|ترويج|قسيمة|كوبون|هدية)(?![\p{L}\p{M}]))|کلمه\s?(?:ی\s)?عبور|پسورد|پاس\s?ورڈ|پاسورڈ|كلمة\s(?:ال)?سر|كلمة\s(?:ال)?مرور|পাসওয়ার্ড|கடவுச்சொல்|पासवर्ड|пароль|Пароль|باسورد|รหัสผ่าน|κωδικός|κωδικό|(?:[הובלש]{1,2})?סיסמ(?:ה|א|ת|אות|ות))(?![\p{L}\p{M}])|(?:密码|密碼|パスワード)(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])/gu;
const ASCII_TOKEN = /(?<![!-~])[!-~]{6,64}(?![!-~])/g;
const SENTENCE_END = /[.!?。؟।\n]\s/u;
const LETTER = /[A-Za-z]/;
const DIGIT_OR_SYMBOL = /[\d!#$%&*+=?@^_~-]/;
const NOT_A_SECRET = /^(?:https?:|www\.)|^[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$|[/\\]|^\d+$|^[a-f0-9]{32,}$|^\$(?:2[aby]?|argon2\w*|[156])\$/i;
/** The rest of a token cut by the window's end (read whole, so a hash is seen as one). */
const TOKEN_REST = /^[!-~]*/;
/** Quotes and brackets around the value; a colon or equals sign before it is the separator ("密码：…" normalised). */
const EDGE_PUNCTUATION = /^[("'«“:=]+|[)"'»”.,;:!?،]+$/g;

const PIN =
  /(?:(?<![\p{L}\p{M}])(?:পিন|پِن|پن|پین|पिन|பின்|પિન)|รหัส\s?ATM|รหัสเอทีเอ็ม)(?!\s?(?:কোড|कोड|کوڈ|کد|code|নম্বর\s?কোড|કોડ))\s?(?:نمبر|নম্বর|नंबर|નંબર|ہے|است|هست|হল|है|છે|คือ|[:：])?\s*(\d{4,6})(?!\d)/gu;

/**
 * Session 50 (dev-83): a one-time password told in an Indian script — OTP, ओटीपी, ওটিপি, ஓடிபி, ઓટીપી; session 51: Telugu
 * ఓటీపీ, Kannada ಒಟಿಪಿ, Malayalam ഒടിപി, Punjabi ਓਟੀਪੀ and Odia ଓଟିପି — then at most
 * three short words of those scripts ("OTP आया वो 582047 है", "ઓટીપી છે 371508") and four to eight digits.
 */
const OTP =
  /(?<![\p{L}\p{M}])(?:OTP|ओटीपी|ওটিপি|ஓடிபி|ઓટીપી|ఓటీపీ|ఓటిపి|ಒಟಿಪಿ|ಓಟಿಪಿ|ഒടിപി|ഓടിപി|ਓਟੀਪੀ|ଓଟିପି)(?:\s[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Gujarati}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Gurmukhi}\p{Script=Oriya}\p{M}]{1,8}){0,3}\s?(?:[:：]\s?)?(\d{4,8})(?!\d)/gu;
const OTP_STEMS: readonly string[] = ["otp", "ओटीपी", "ওটিপি", "ஓடிபி", "ઓટીપી", "ఓటీపీ", "ఓటిపి", "ಒಟಿಪಿ", "ಓಟಿಪಿ", "ഒടിപി", "ഓടിപി", "ਓਟੀਪੀ", "ଓଟିପି"];
/**
 * Told in an Indian script: the match holds a letter of those scripts, or one follows within 16 characters ("OTP 582047
 * है"); a Latin "OTP 2024 guidelines" in English is no OTP told. A four-digit year (1900 to 2099) after the word is a
 * rule's or a policy's date ("OTP नियम 2024 से लागू"), not a code (review b, session 50).
 */
const INDIC_LETTER =
  /[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Gujarati}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Gurmukhi}\p{Script=Oriya}]/u;
const YEAR = /^(?:19|20)\d\d$/;
/** A CJK secret word, its particle or colon, an opening quote; then the value run (see the module comment). */
const CJK_SECRET =
  /(?:パスワード|暗証番号|暗証|密码|密碼|口令)(?:(?:は|が|も|：|:|是|为|為)\s?[「『"“]?|\s?[「『"“]|\s)([\p{Script=Katakana}ー〇一二三四五六七八九A-Za-z0-9!#$%&*+=?@^_~.-]{4,32}|\d(?: \d){3,7})(?![\p{Script=Katakana}〇一二三四五六七八九A-Za-z0-9])/gu;
const KANJI_NUMERALS_ONLY = /^[〇一二三四五六七八九]{4,8}$/u;
const ONE_CHARACTER_REPEATED = /^(.)\1+$/u;
const NOT_ASCII = /[^\x20-\x7e]/;
const ANY_DIGIT = /[0-9〇一二三四五六七八九]/gu;
const SPACED_DIGITS = /^\d(?: \d){3,7}$/;
const LETTER_OR_KANA = /[\p{Script=Katakana}A-Za-z]/u;

/** A value after a CJK secret word: a PIN in kanji numerals or spaced digits, or a katakana/Latin and numeral mix with two digits. */
function cjkSecret(value: string): boolean {
  // One numeral repeated ("〇〇〇〇") is the Japanese blank to fill in, not a PIN.
  if (ONE_CHARACTER_REPEATED.test(value)) return false;
  if (SPACED_DIGITS.test(value) || KANJI_NUMERALS_ONLY.test(value)) return true;
  // Pure ASCII values are the other password rules' (they know placeholders and ordinary words).
  return NOT_ASCII.test(value) && LETTER_OR_KANA.test(value) && (value.match(ANY_DIGIT)?.length ?? 0) >= 2;
}

/** An example connector right after a CJK value ("「サクラ二〇一九」のような", "这样的"). */
const EXAMPLE_AFTER = /^[」』"”]?\s?(?:のような|のように|みたいな|などの?|といった|这样的|這樣的|之类的?|之類的?)/u;
/** Advice to avoid such a password, in the rest of its sentence ("は避けましょう", "使わないで", "避免", "不要用"). */
const AVOID_ADVICE = /避け|使わない|弱い|推測(?:され|し)やすい|危険|避免|不要(?:用|使用)|容易被猜|弱密码|弱密碼/u;
const CJK_SENTENCE_END = /[。！？!?\n]/u;

/** A value given as a weak password to avoid (review of session 36): an example, not a secret. */
function weakExampleToAvoid(text: string, valueEnd: number): boolean {
  const rest = text.slice(valueEnd, valueEnd + 60);
  const stop = CJK_SENTENCE_END.exec(rest);
  return EXAMPLE_AFTER.test(rest) && AVOID_ADVICE.test(stop === null ? rest : rest.slice(0, stop.index));
}

const STEMS: readonly string[] = [
  "رمز",
  "کلمه",
  "پسورد",
  "پاس",
  "كلمة",
  "পাসওয়ার্ড",
  "கடவுச்சொல்",
  "पासवर्ड",
  "пароль",
  "باسورد",
  "密码",
  "密碼",
  "パスワード",
  "暗証",
  "口令",
  "รหัสผ่าน",
  "κωδικ",
  "סיסמ",
  "পিন",
  "پن",
  "پین",
  "รหัส",
  "पिन",
  "பின்",
  "પિન",
  ...OTP_STEMS,
];

/** A token that looks chosen as a secret (see the module comment). */
function secretLooking(token: string): boolean {
  return LETTER.test(token) && DIGIT_OR_SYMBOL.test(token) && !NOT_A_SECRET.test(token);
}

function runScriptPasswords(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, STEMS)) return;
  PASSWORD_WORD.lastIndex = 0;
  for (let word = PASSWORD_WORD.exec(text); word !== null; word = PASSWORD_WORD.exec(text)) {
    const from = word.index + word[0].length;
    let window = text.slice(from, from + 40);
    const end = SENTENCE_END.exec(window);
    if (end) window = window.slice(0, end.index);
    ASCII_TOKEN.lastIndex = 0;
    for (let token = ASCII_TOKEN.exec(window); token !== null; token = ASCII_TOKEN.exec(window)) {
      const whole = token.index + token[0].length === window.length ? token[0] + TOKEN_REST.exec(text.slice(from + window.length, from + 200))![0] : token[0];
      const value = whole.replace(EDGE_PUNCTUATION, "");
      if (value.length < 6 || value.length > 64 || !secretLooking(value)) continue;
      const start = from + token.index + whole.indexOf(value);
      emit("password", start, start + value.length, "password-after-script-word", PRIORITY.secret - 5);
      break;
    }
  }
  CJK_SECRET.lastIndex = 0;
  for (let match = CJK_SECRET.exec(text); match !== null; match = CJK_SECRET.exec(text)) {
    if (!cjkSecret(match[1]!) || weakExampleToAvoid(text, match.index + match[0].length)) continue;
    const start = match.index + match[0].length - match[1]!.length;
    emit("password", start, start + match[1]!.length, "password-cjk-numerals", PRIORITY.secret - 5);
  }
  PIN.lastIndex = 0;
  for (let match = PIN.exec(text); match !== null; match = PIN.exec(text)) {
    const start = match.index + match[0].length - match[1]!.length;
    emit("password", start, start + match[1]!.length, "pin-after-script-word", PRIORITY.secret - 5);
  }
  if (!containsAny(lower, OTP_STEMS)) return;
  OTP.lastIndex = 0;
  for (let match = OTP.exec(text); match !== null; match = OTP.exec(text)) {
    const end = match.index + match[0].length;
    if (YEAR.test(match[1]!) || !(INDIC_LETTER.test(match[0]) || INDIC_LETTER.test(text.slice(end, end + 16)))) continue;
    const start = end - match[1]!.length;
    emit("password", start, start + match[1]!.length, "otp-after-script-word", PRIORITY.secret - 5);
  }
}

export const scriptPasswordDetectors: Detector[] = [{ name: "script-passwords", run: runScriptPasswords }];
