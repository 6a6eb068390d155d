/**
 * Numbers dictated or typed digit by digit in words ("my PIN is four seven one two", "Geheimzahl null vier sieben
 * eins", "the account number is seven three one one …", "el pin es nueve tres cero uno", "密码是五三九一二八"): a run of at
 * least four digit words of English, German, Spanish, Portuguese, French, Italian or Dutch (or of Chinese numerals),
 * whose category comes from the last cue word before it on the same line (within 64 characters): a PIN, code or
 * password word → password (up to 12 digits); an account, sort-code or routing word → bank_account (6+ digits); a card
 * word → payment_card (13–19 digits passing Luhn); a licence word → driver_license (5+ digits); an SSN or social
 * security word → us_ssn (nine digits in the valid ranges, session 39); a TFN, SIN, BSN (session 47) or Aadhaar word →
 * national_id (its check digit). A phone or call word
 * after those cues names no category: phone numbers in words were tried and dropped, because they raised a development
 * set's false-positive rate (docs/privacy.md, session 34); a bare "number" names none either. No cue, no finding; a
 * counting run (one two three four) or one repeated digit is not a value, nor a run of Chinese numerals followed by 年 (a
 * year). Our own code.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { COUNTING_DOWN, COUNTING_UP, isRepetitive } from "../context.js";
import { canadianSinValid, luhnValid, verhoeffValid } from "../checksums.js";
import { australianTfnValid } from "./national-ids.js";
import { bsnValid, ssnValid } from "./numbers.js";
import { letterRuns } from "../text-runs.js";
import { WESTERN_DIGIT_WORDS } from "./digit-words.js";

const CJK_DIGITS = "零〇一二三四五六七八九";
const DIGIT_OF = new Map<string, number>(WESTERN_DIGIT_WORDS.flatMap((words, digit) => words.map((word) => [word, digit] as const)));
const WORD_ALTERNATION = [...DIGIT_OF.keys()].sort((a, b) => b.length - a.length).join("|");
/**
 * "double three", "triple seven" inside a run (session 45: "my aadhaar is two double three four …"): the next digit
 * said two or three times. Only between digit words (a run starts and ends with a digit word).
 */
const REPEATS = new Map([
  ["double", 2],
  ["doppio", 2],
  ["triple", 3],
]);
const REPEAT_ALTERNATION = [...REPEATS.keys()].join("|");
/** A dash read out between groups ("five four one dash two two dash …", session 46): no digit. */
const SPOKEN_DASHES = ["dash", "hyphen"];
/**
 * Four to nineteen digit words in a row (spaces, commas, dots or hyphens between), tried only where a letter run
 * starts (no letter before it: found by a loop over the characters), or four to nineteen Chinese numerals. One pattern
 * with a `(?<![\p{L}])` look-behind before a 70-word alternation, run over the whole text, cost ~110 µs on the
 * 2,000-token bench prompt (session 34).
 */
const LATIN_RUN = new RegExp(
  `(?:${WORD_ALTERNATION})(?:[\\s,.-]{1,3}(?:(?:${REPEAT_ALTERNATION}|${SPOKEN_DASHES.join("|")})[\\s,.-]{1,3})?(?:${WORD_ALTERNATION})){3,18}(?![\\p{L}])`,
  "iuy",
);
export const CJK_RUN = new RegExp(`[${CJK_DIGITS}]{4,19}`, "giu");
/** A run's first word is a whole letter run (a separator must follow it): at most 7 letters, starting as a digit word does. */
const LONGEST_WORD = Math.max(...[...DIGIT_OF.keys()].map((word) => word.length));
const FIRST_LETTER = new RegExp(`^[${[...new Set([...DIGIT_OF.keys()].map((word) => word[0]))].join("")}]`, "iu");

/**
 * The first six letters of a run of ASCII letters, lower-cased, packed 5 bits each (an integer, no string), or -1
 * when the run holds another character. Under `/iu` an ASCII letter of the text matches only ASCII letters of the
 * digit words, so such a run can start LATIN_RUN only if it is one of the ASCII digit words.
 */
function asciiWordKey(text: string, start: number, end: number): number {
  let key = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index) | 32;
    if (code < 97 || code > 122) return -1;
    if (index - start < 6) key = key * 32 + (code - 96);
  }
  return key;
}
/** asciiWordKey of each ASCII digit word, by the word's length: a letter run not among them needs no LATIN_RUN. */
const ASCII_WORD_KEYS: Array<Set<number>> = Array.from({ length: LONGEST_WORD + 1 }, () => new Set<number>());
for (const word of DIGIT_OF.keys()) {
  const key = asciiWordKey(word, 0, word.length);
  if (key >= 0) ASCII_WORD_KEYS[word.length]!.add(key);
}
/** False when the letter run [start, end) cannot be LATIN_RUN's first word (ASCII and not a digit word). */
function mayBeDigitWord(text: string, start: number, end: number): boolean {
  const key = asciiWordKey(text, start, end);
  return key < 0 || ASCII_WORD_KEYS[end - start]!.has(key);
}
const SPOKEN_WORD = new RegExp(`${REPEAT_ALTERNATION}|${WORD_ALTERNATION}|[${CJK_DIGITS}]`, "giu");

/**
 * Cue words by what they name (regex alternatives): the last one before a run names its category; a phone word names
 * none and ends an earlier cue's reach; a bare `number` names none and is skipped. The cue pattern and its keyword
 * gate (each alternative's literal prefix) are both derived from this one table.
 */
export const CUE_GROUPS: ReadonlyArray<readonly [SpokenCategory | "phone" | "number", readonly string[]]> = [
  [
    "bank_account",
    ["sort ?code", "account", "acc(?:t|ount)? no", "routing", "konto(?:nummer)?", "cuenta", "compte", "conta", "conto", "rekening(?:nummer)?", "iban"],
  ],
  [
    "password",
    [
      "pin(?:code)?",
      "passcode",
      "password",
      "passwort",
      "kennwort",
      "geheimzahl",
      "code",
      "codice",
      "código",
      "clave",
      "contraseña",
      "senha",
      "mot de passe",
      "wachtwoord",
      "密码",
      "密碼",
      "暗証番号",
    ],
  ],
  // Session 39: a social security number dictated in words ("my SSN is five three six, two two, …"): nine digits in the
  // number's valid ranges.
  ["us_ssn", ["ssn", "social security", "soc\\.? sec", "social(?= (?:as|is|number|no)|\\?)"]],
  // Session 44 (dev-56): a tax file, social insurance or Aadhaar number read out in a call ("my TFN is three one oh …"):
  // nine digits passing the TFN weights or Luhn (the SIN), or twelve passing Verhoeff (Aadhaar).
  // Session 45: the label spelled out in letters or dots ("your T F N is …", "my S.I.N. is …").
  [
    "national_id",
    ["tfn", "tax file number", "sin", "social insurance", "bsn", "burgerservicenummer", "aadhaa?r", "t f n", "s i n", "t\\.f\\.n\\.?", "s\\.i\\.n\\.?"],
  ],
  ["payment_card", ["card", "tarjeta", "carte", "karte", "cartão", "carta", "kaart", "卡号"]],
  ["driver_license", ["licen[cs]e", "führerschein", "permis", "licencia", "carnet", "patente", "rijbewijs"]],
  [
    "phone",
    [
      "phone",
      "mobile",
      "cell",
      "call",
      "ring",
      "text",
      "telefon\\p{L}*",
      "téléphone",
      "teléfono",
      "telefone",
      "handy",
      "portable",
      "móvil",
      "celular",
      "cellulare",
      "bel",
      "ligar?",
      "llama",
      "appelle",
      "ruf",
      "电话",
      "手机",
      "電話",
      "携帯",
    ],
  ],
  ["number", ["number", "nummer", "numéro", "número", "numero", "号码", "番号"]],
];
export const CUE = new RegExp(`(?<![\\p{L}])(?:${CUE_GROUPS.map(([, words]) => `(${words.join("|")})`).join("|")})(?![\\p{L}])`, "giu");
/** An alternative's literal start: up to its first group, class or escape, without a character a quantifier makes optional. */
const LITERAL_START = /^(?:[^([\\?*+{]|\\\.)*/;
function literalStem(word: string): string {
  const literal = LITERAL_START.exec(word)![0];
  // An escaped full stop is literal too ("s\\.i\\.n": the stem "s.i.n", not "s"); a character made optional is dropped.
  const stem = /^[?*{]/.test(word.slice(literal.length)) ? literal.slice(0, literal.endsWith("\\.") ? -2 : -1) : literal;
  return stem.replaceAll("\\.", ".");
}
const CUE_STEMS = [...new Set(CUE_GROUPS.flatMap(([, words]) => words.map(literalStem)))];
type SpokenCategory = "bank_account" | "password" | "payment_card" | "driver_license" | "us_ssn" | "national_id";

/** The digits a run spells ("seven three one one" → "7311", "four double seven two" → "4772"). */
export function spokenDigits(run: string): string {
  let digits = "";
  let times = 1;
  SPOKEN_WORD.lastIndex = 0;
  for (let word = SPOKEN_WORD.exec(run); word !== null; word = SPOKEN_WORD.exec(run)) {
    const lower = word[0].toLowerCase();
    if (SPOKEN_DASHES.includes(lower)) continue;
    const repeat = REPEATS.get(lower);
    if (repeat !== undefined) {
      times = repeat;
      continue;
    }
    digits += String(DIGIT_OF.get(lower) ?? CJK_DIGITS.indexOf(lower) - (CJK_DIGITS.indexOf(lower) > 0 ? 1 : 0)).repeat(times);
    times = 1;
  }
  return digits;
}

/** cueCategory's answer, in bits: the named category's CUE_GROUPS index plus one, shifted by one (0: none), and PASSWORD_CUE. */
export const PASSWORD_CUE = 1;
/** The category of a cueCategory answer (undefined when no cue names one). */
export const namedCategory = (cues: number): SpokenCategory | undefined => (cues > 1 ? (CUE_GROUPS[(cues >> 1) - 1]![0] as SpokenCategory) : undefined);

/**
 * The category named by the last cue before `start` on its line (a phone word names none, a bare "number" is skipped),
 * and whether a PIN or password cue came before it ("a senha do cartão … é três sete um nove": the card's PIN), as one
 * integer (session 43: no tuple per run; `namedCategory` and `PASSWORD_CUE` read it).
 */
export function cueCategory(text: string, start: number): number {
  // The line's start within the 64 characters before the run (session 42: `lastIndexOf` searched back to the text's
  // start for every run of a text without line breaks, quadratic on a long dictated run).
  let from = start;
  while (from > 0 && start - from < 64 && text[from - 1] !== "\n") from--;
  const own = windowCues(text.slice(from, start));
  if (own > 1 || from === 0 || text[from - 1] !== "\n") return own;
  // Session 46: an answer on the line after its question ("AGENT: and your social?\nCALLER: uh yeah it's five four
  // one …"): a question's cue names the answer's value when no cue on the answer's own line does.
  let questionEnd = from - 1;
  while (questionEnd > 0 && from - questionEnd < 8 && (text[questionEnd - 1] === " " || text[questionEnd - 1] === "\r")) questionEnd--;
  if (text[questionEnd - 1] !== "?" && text[questionEnd - 1] !== "？") return own;
  let questionStart = questionEnd;
  while (questionStart > 0 && questionEnd - questionStart < 64 && text[questionStart - 1] !== "\n") questionStart--;
  const asked = windowCues(text.slice(questionStart, questionEnd));
  return asked > 1 ? asked | (own & PASSWORD_CUE) : own;
}

/** A word before "code" that makes it an article's, a place's or a program's code (see windowCues). */
const PUBLIC_CODE_BEFORE =
  /(?:product|promo|discount|voucher|coupon|article|item|zip|postal|post|area|country|error|status|source|bar|qr|sku|colou?r|tracking) $/i;

/** cueCategory's answer for one line's window. */
function windowCues(window: string): number {
  let strong = -1;
  let password = 0;
  CUE.lastIndex = 0;
  for (let cue = CUE.exec(window); cue !== null; cue = CUE.exec(window)) {
    // The alternative that matched: its group's index (no array of the groups).
    let group = 0;
    while (cue[group + 1] === undefined) group++;
    let named = CUE_GROUPS[group]![0];
    // "product code", "promo code", "zip code" … (session 47, dev-71): a code that is nobody's secret names none.
    if (named === "password" && PUBLIC_CODE_BEFORE.test(window.slice(Math.max(0, cue.index - 16), cue.index))) named = "phone";
    // A phone word resets the category (none); a bare "number" leaves it as it was.
    if (named !== "number") strong = named === "phone" ? -1 : group;
    password = named === "phone" ? 0 : named === "password" ? PASSWORD_CUE : password;
  }
  return ((strong + 1) << 1) | password;
}

function acceptable(category: SpokenCategory, digits: string): boolean {
  if (isRepetitive(digits) || COUNTING_UP.includes(digits) || COUNTING_DOWN.includes(digits)) return false;
  if (category === "payment_card") return digits.length >= 13 && luhnValid(digits);
  if (category === "driver_license") return digits.length >= 5;
  if (category === "us_ssn") return digits.length === 9 && ssnValid(digits.slice(0, 3), digits.slice(3, 5), digits.slice(5));
  if (category === "bank_account") return digits.length >= 6;
  if (category === "national_id")
    return digits.length === 9 ? australianTfnValid(digits) || canadianSinValid(digits) || bsnValid(digits) : digits.length === 12 && verhoeffValid(digits);
  return digits.length <= 12;
}

/** The runs of a scan, reused (starts and ends; Latin runs first, then Chinese, each ascending): no tuple per run. */
let runStarts = new Int32Array(16);
let runEnds = new Int32Array(16);

function addRun(count: number, start: number, end: number): number {
  if (count === runStarts.length) {
    const starts = new Int32Array(count * 2);
    const ends = new Int32Array(count * 2);
    starts.set(runStarts);
    ends.set(runEnds);
    runStarts = starts;
    runEnds = ends;
  }
  runStarts[count] = start;
  runEnds[count] = end;
  return count + 1;
}

const CJK_DIGIT_CODES = new Set([...CJK_DIGITS].map((digit) => digit.charCodeAt(0)));
/**
 * Every two Chinese numerals in a row (121 stems): a run of four holds one. Asked of the keyword pass the scan makes
 * anyway (session 46: CJK_RUN tried at every position cost ~16 µs on the bench's 2,000-token prompt, whose one numeral
 * stands alone). Lower-casing neither makes nor changes a numeral, and CJK_RUN's `i` pairs them with nothing else.
 */
export const CJK_DIGIT_PAIRS = [...CJK_DIGITS].flatMap((first) => [...CJK_DIGITS].map((second) => first + second));

/**
 * CJK_RUN's next match from its `lastIndex` by `test` (no match array; session 42, allocation): its start, or -1 (its
 * end is `lastIndex`). The match is the first run of four or more digits at or after the search's start, at most 19
 * long: it starts where the digits before its end start, or at the search's start.
 */
export function nextCjkRun(text: string): number {
  const from = CJK_RUN.lastIndex;
  if (!CJK_RUN.test(text)) return -1;
  let start = CJK_RUN.lastIndex;
  while (start > from && CJK_DIGIT_CODES.has(text.charCodeAt(start - 1))) start--;
  return start;
}

function runSpokenDigits(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, CUE_STEMS)) return;
  // Latin and Chinese runs share no character, so they never overlap: the two scans find what one alternation did.
  let count = 0;
  let lastEnd = 0;
  // The letter runs come from the scan's shared character pass (text-runs.ts).
  const letters = letterRuns(text);
  for (let letterRun = 0; letterRun < letters.count; letterRun++) {
    const start = letters.starts[letterRun]!;
    const index = letters.ends[letterRun]!;
    if (start < lastEnd || index - start > LONGEST_WORD || !mayBeDigitWord(text, start, index) || !FIRST_LETTER.test(text[start]!)) continue;
    LATIN_RUN.lastIndex = start;
    // Sticky: a match starts at `start` and ends at `lastIndex`.
    if (!LATIN_RUN.test(text)) continue;
    lastEnd = LATIN_RUN.lastIndex;
    count = addRun(count, start, lastEnd);
  }
  const latin = count;
  CJK_RUN.lastIndex = 0;
  // A run followed by 年 is a year ("密码学…二零二四年", "公钥密码于一九七六年"), not a dictated value.
  if (containsAny(lower, CJK_DIGIT_PAIRS))
    for (let start = nextCjkRun(text); start >= 0; start = nextCjkRun(text))
      if (text.charCodeAt(CJK_RUN.lastIndex) !== 0x5e74) count = addRun(count, start, CJK_RUN.lastIndex);
  // The two ascending lists merged (what sorting the runs by start did: no two start alike).
  for (let left = 0, right = latin; left < latin || right < count;) {
    const run = right >= count || (left < latin && runStarts[left]! < runStarts[right]!) ? left++ : right++;
    const start = runStarts[run]!;
    const end = runEnds[run]!;
    const cues = cueCategory(text, start);
    const named = namedCategory(cues);
    if (named === undefined) continue;
    const passwordCue = (cues & PASSWORD_CUE) !== 0;
    const digits = spokenDigits(text.slice(start, end));
    // Session 42: a card or account word after a PIN word, and a PIN's length: the PIN of that card (dev-45).
    const category = !acceptable(named, digits) && passwordCue && named !== "password" ? "password" : named;
    if (!acceptable(category, digits)) continue;
    emit(category, start, end, `spoken-digits-${category}`, category === "password" ? PRIORITY.secret - 5 : PRIORITY.contextual);
  }
}

export const spokenDigitDetectors: Detector[] = [{ name: "spoken-digits", run: runSpokenDigits }];
