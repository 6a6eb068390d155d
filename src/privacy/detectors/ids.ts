/**
 * National identifiers with letters, and passport numbers in context (our own: each has a short
 * published format and check; none of the JS validator libraries scan free text for spans).
 * - UK National Insurance number: HMRC prefix rules (no D F I Q U V first, no BG GB NK KN TN NT ZZ).
 * - French NIR/INSEE: sex, year, month, department (incl. 2A/2B), key = 97 - (number mod 97).
 * - Spanish DNI/NIE: letter = number mod 23.
 * - Italian codice fiscale: 16 characters with its odd/even check letter.
 * - German pension insurance number (Sozialversicherungsnummer): weighted cross-sum check digit.
 * - Passport numbers only next to a passport keyword (any language), or a passport MRZ line.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny, type PatternGate } from "../detector.js";
import { inseeValid, spanishIdValid } from "../checksums.js";
import { isRepetitive, keywordBefore } from "../context.js";
import { asciiWordBefore, digitChainHolds, forEachMatchAtDigitRunStarts, matchesStartingWithDigits, someDigitRunStart } from "../digit-runs.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const ITALIAN_CF_VALID_PATTERN_1 = /\d/;
const RUN_NATIONAL_IDS_PATTERN_1 = /^(?:BG|GB|NK|KN|TN|NT|ZZ)$/;
const RUN_NATIONAL_IDS_PATTERN_2 = /[ .]/g;
const RUN_NATIONAL_IDS_PATTERN_3 = /[- ]/g;
const RUN_NATIONAL_IDS_PATTERN_4 = /\D/g;
const RUN_PASSPORTS_PATTERN_1 = /\s+[A-Za-z]+$/;
const RUN_PASSPORTS_PATTERN_2 = /\s/g;
const RUN_PASSPORTS_PATTERN_3 = /^(\w)\1+$/;
const RUN_PASSPORTS_PATTERN_4 = /X{3,}|x{3,}/;

const UK_NINO = /(?<![\p{L}\p{N}])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[ -]?(\d{2})[ -]?(\d{2})[ -]?(\d{2})[ -]?([A-D])(?![\p{L}\p{N}])/uy;
const isAsciiUpper = (code: number) => code >= 65 && code <= 90;

/**
 * UK_NINO's matches in order, as a global `exec` loop from 0 found them (session 54): a match's first two digits open a
 * run of ASCII digits (the scan's shared runs) right after its two capitals, or after them and one space or hyphen, so
 * the sticky pattern is tried at that one place before each such run only, not at every position of the text.
 */
function forEachUkNino(text: string, found: (match: RegExpExecArray) => void): void {
  let resume = 0;
  someDigitRunStart(text, (runStart) => {
    const gap = text.charCodeAt(runStart - 1) === 32 || text.charCodeAt(runStart - 1) === 45 ? 1 : 0;
    const at = runStart - 2 - gap;
    if (at < resume || !isAsciiUpper(text.charCodeAt(at)) || !isAsciiUpper(text.charCodeAt(at + 1))) return false;
    UK_NINO.lastIndex = at;
    const match = UK_NINO.exec(text);
    if (match === null) return false;
    resume = UK_NINO.lastIndex;
    found(match);
    return false;
  });
}
const INSEE =
  /([12378])(?<![\p{L}\p{N}][12378])[ .]?(\d{2})[ .]?(0[1-9]|1[0-2]|[2-9]\d)[ .]?(\d{2}|2[ABab])[ .]?(\d{3})[ .]?(\d{3})[ .]?(\d{2})(?![\p{L}\p{N}])/gu;
const SPANISH_ID = /(?<![\p{L}\p{N}])([XYZxyz]?[- ]?\d{7,8})[- ]?([A-Za-z])(?![\p{L}\p{N}])/gu;
/**
 * Every SPANISH_ID match holds a run of exactly 7 or 8 digits followed by a letter (a dash or space
 * between): a pass that starts only at digits (~6 µs on 2,000 tokens), where SPANISH_ID tries every
 * space and dash too (~65 µs).
 */
const SPANISH_ID_DIGITS = /\d(?<!\d\d)\d{6,7}[- ]?[A-Za-z]/;
export const SPANISH_ID_GATE: PatternGate = {
  name: "es-dni-nie",
  pattern: SPANISH_ID,
  mayMatch: (text) => matchesStartingWithDigits(text, SPANISH_ID_DIGITS, 7),
};
const ITALIAN_CF = /(?<![A-Za-z0-9])([A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z])(?![A-Za-z0-9])/g;

// German pension insurance number (Rentenversicherungs-/Sozialversicherungsnummer): area(2) birth date(6) letter serial(2) check(1).
const DE_RVNR = /(\d(?<![\p{L}\p{N}]\d)\d)\s?(\d{6})\s?([A-Z])\s?(\d{2})\s?(\d)(?![\p{L}\p{N}])/gu;
/** Characters `\s` matches. */
const WHITESPACE = " \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
/** Where DE_RVNR can start: a run after no ASCII letter or digit, eight digits with the run after one space (2 + 6). */
const rvnrMayStart = (text: string, run: number) => !asciiWordBefore(text, run, "") && digitChainHolds(text, run, 8, WHITESPACE);
export const DE_RVNR_STARTS = { pattern: DE_RVNR, mayStart: rvnrMayStart };

function germanRvnrValid(area: string, birth: string, letter: string, serial: string, check: string): boolean {
  const day = Number(birth.slice(0, 2)) % 50;
  const month = Number(birth.slice(2, 4));
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  const digits = area + birth + String(letter.charCodeAt(0) - 64).padStart(2, "0") + serial;
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let index = 0; index < 12; index++) {
    const product = (digits.charCodeAt(index) - 48) * weights[index]!;
    sum += Math.floor(product / 10) + (product % 10);
  }
  return sum % 10 === Number(check);
}

const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** The codice fiscale's check letter: odd positions through CF_ODD, even ones as their value, sum mod 26. */
export function italianCfValid(code: string): boolean {
  let sum = 0;
  for (let index = 0; index < 15; index++) {
    const char = code[index]!;
    const value = ITALIAN_CF_VALID_PATTERN_1.test(char) ? Number(char) : char.charCodeAt(0) - 65;
    sum += index % 2 === 0 ? CF_ODD[value]! : value;
  }
  return String.fromCharCode(65 + (sum % 26)) === code[15];
}

const SPANISH_CONTEXT = /\b(?:dni|nie|nif|documento|identidad|id)\b/i;
/** The National Insurance number's own names, which keep a value read even in a product list. */
const NINO_CONTEXT = /\b(?:ni|nino|national insurance)\b/i;
/**
 * A product code's label right before a NINO-shaped value ("SKU AB123456C", "Part no. AB123456C", "item #…", German and Dutch "Artikelnummer", "Art.-Nr.", French "référence";
 * review-b): a code
 * in a catalogue, not a person's number, unless the number's own name is near (session 49). Anchored at the end of a
 * bounded slice: linear.
 */
const PRODUCT_CODE_LABEL =
  /(?<![\p{L}])(?:sku|item|part|product|article|artikel(?:nummer)?|art\.?-?nr|bestellnummer|référence|ref|referencia|referência|riferimento|numer katalogowy|model(?:o|lo|l|e)?|modèle|catalog(?:ue)?|p\/n|mpn|upc|ean|asin|style|lot|batch)(?:[ \t](?:no|nr)\.?|[ \t]number|[ \t]code|[ \t]id)?[ \t]?[:#.]?[ \t]?$/iu;

function runNationalIds(text: string, emit: Emit, lower: string): void {
  forEachUkNino(text, (match) => {
    const prefix = match[1]!;
    if (RUN_NATIONAL_IDS_PATTERN_1.test(prefix)) return;
    if (isRepetitive(match[2]! + match[3]! + match[4]!) && !keywordBefore(text, match.index, NINO_CONTEXT)) return;
    if (keywordBefore(text, match.index, PRODUCT_CODE_LABEL, 24) && !keywordBefore(text, match.index, NINO_CONTEXT)) return;
    emit("national_id", match.index, match.index + match[0].length, "uk-nino", PRIORITY.checksum - 5);
  });
  INSEE.lastIndex = 0;
  for (let match = INSEE.exec(text); match !== null; match = INSEE.exec(text)) {
    const compact = match[0].replace(RUN_NATIONAL_IDS_PATTERN_2, "");
    if (!inseeValid(compact)) continue;
    emit("national_id", match.index, match.index + match[0].length, "fr-insee", PRIORITY.checksum + 2);
  }
  SPANISH_ID.lastIndex = 0;
  const spanish = SPANISH_ID_GATE.mayMatch(text, lower);
  for (let match = spanish ? SPANISH_ID.exec(text) : null; match !== null; match = SPANISH_ID.exec(text)) {
    const compact = (match[1]! + match[2]!).replace(RUN_NATIONAL_IDS_PATTERN_3, "");
    if (!spanishIdValid(compact)) continue;
    const digits = compact.replace(RUN_NATIONAL_IDS_PATTERN_4, "");
    if (isRepetitive(digits) && !keywordBefore(text, match.index, SPANISH_CONTEXT)) continue;
    if (match[2] === match[2]!.toLowerCase() && !keywordBefore(text, match.index, SPANISH_CONTEXT)) continue;
    emit("national_id", match.index, match.index + match[0].length, "es-dni-nie", PRIORITY.checksum);
  }
  forEachMatchAtDigitRunStarts(text, DE_RVNR, rvnrMayStart, (match) => {
    if (germanRvnrValid(match[1]!, match[2]!, match[3]!, match[4]!, match[5]!))
      emit("national_id", match.index, match.index + match[0].length, "de-rvnr", PRIORITY.checksum);
  });
  ITALIAN_CF.lastIndex = 0;
  for (let match = ITALIAN_CF.exec(text); match !== null; match = ITALIAN_CF.exec(text)) {
    if (!italianCfValid(match[1]!)) continue;
    emit("national_id", match.index, match.index + match[0].length, "it-codice-fiscale", PRIORITY.checksum);
  }
}

/**
 * Session 47 (dev-73): one word between the passport word and its number word is the issuing country's adjective
 * ("passaporte português nº P482913", "pasaporte español n.º …", "paszport polski nr …").
 * Session 52: one word between the number word and a colon ("Reisepassnummer nochmal: fygl081f9", "passport number
 * again: …"; not an example's or a format's word); and "ist" tried before "is", which left the "t" of "ist" in the value.
 */
const PASSPORT =
  /(?:passport|passeport|pasaporte|passaporto|passaporte|reisepass|pass-?nr\.?|passnummer|paspoort|paszport|pas\.|pass no\.?|passport no\.?|n° de passeport|número de pasaporte)(?:\s+\p{L}{4,12}(?=\s*(?:n[º°o]\.?|nr\.?|n\.|número|numero|number)\s*(?:[:#]\s*)?[A-Z0-9]))?(?:\s*(?:nummer|numéro|número|numero|number|no\.?|nr\.?|num\.?|n\.|#|n°|nº|id)(?:\s(?!(?:examples?|sample|format|template|beispiel|muster|exemple|ejemplo|esempio|exemplo|voorbeeld)(?!\p{L}))\p{L}{3,10}(?=\s?:))?)?\s*(?:(?:ist|is|est|es|è|was|:|=|-|#)\s*)?(?:(?:de|del|du|der)\s+\w+\s+)?["']?([A-Z0-9](?:[A-Z0-9 ]{4,10})[A-Z0-9])["']?(?![\p{L}\p{N}])/giu;
/**
 * Session 38: the owner between the word and a colon ("passaporte da minha filha Beatriz Moura: FT482915", "passport of
 * my son Leo: 563829174"); the value is one upper-case run of letters and digits with a digit.
 */
const PASSPORT_OF_OWNER =
  /(?<![\p{L}])(?:passport|passeport|pasaporte|passaporto|passaporte|reisepass|paspoort|paszport)\s+(?:of|de|del|da|do|du|der|des|di|von|van)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+\s*[:：]\s*["']?([A-Z0-9]{6,10})(?![\p{L}\p{N}])/giu;
const PASSPORT_VALUE_DIGIT = /\d/;
const MRZ = /P[<A-Z][A-Z]{3}[A-Z<]{30,39}\s*\n?\s*[A-Z0-9<]{9}\d[A-Z]{3}\d{6}/g;
/** The part of the second line MRZ reads (number, check digit, nationality, birth date), and the whole line (sticky). */
const MRZ_LINE_TWO_HEAD = 19;
const MRZ_LINE_TWO = /[A-Z0-9<]{44}(?![A-Z0-9<])/y;

const PASSPORT_STEMS = ["pas", "reisep"];
/**
 * A word of four or more lower-case letters standing alone ("issued 2017"): prose, not a number. Letters run into digits
 * ("c4821lmnp", a number typed in lower case) stay a value (session 41 review).
 */
const LOWER_CASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}{4,}(?![\p{L}\p{N}])/u;
const LETTER_BEFORE = /\p{L}/u;
const GLUED_REST = /^[A-Z0-9][A-Z0-9 ]{4,9}[A-Z0-9]$/;

function runPassports(text: string, emit: Emit, lower: string): void {
  if (containsAny(lower, PASSPORT_STEMS)) {
    PASSPORT.lastIndex = 0;
    for (let match = PASSPORT.exec(text); match !== null; match = PASSPORT.exec(text)) {
      let value = match[1]!;
      const trailingWord = RUN_PASSPORTS_PATTERN_1.exec(value);
      if (trailingWord && ITALIAN_CF_VALID_PATTERN_1.test(value.slice(0, trailingWord.index))) value = value.slice(0, trailingWord.index);
      const compact = value.replace(RUN_PASSPORTS_PATTERN_2, "");
      if (compact.length < 6 || compact.length > 10) continue;
      const digitCount = compact.replace(RUN_NATIONAL_IDS_PATTERN_4, "").length;
      if (digitCount < 1 || RUN_PASSPORTS_PATTERN_3.test(compact) || RUN_PASSPORTS_PATTERN_4.test(compact)) continue;
      // A lower-case word is prose, not a number ("passport issued 2017": session 41, dev-41).
      if (LOWER_CASE_WORD.test(value)) continue;
      let start = match.index + match[0].indexOf(value, match[0].length - match[1]!.length - 1);
      // Session 53 (dev-94): a "value" glued to the keyword's last letter starts with the word's own ending ("passports
      // in 2023", "paszportu EA4829173"): the number, if any, is the upper-case run after its first space.
      if (start > 0 && LETTER_BEFORE.test(text[start - 1]!)) {
        const space = value.indexOf(" ");
        const rest = space === -1 ? "" : value.slice(space + 1);
        if (!GLUED_REST.test(rest) || !PASSPORT_VALUE_DIGIT.test(rest)) continue;
        start += space + 1;
        value = rest;
      }
      emit("passport", start, start + value.length, "passport-in-context", PRIORITY.checksum - 2);
    }
  }
  if (containsAny(lower, PASSPORT_STEMS)) {
    PASSPORT_OF_OWNER.lastIndex = 0;
    for (let match = PASSPORT_OF_OWNER.exec(text); match !== null; match = PASSPORT_OF_OWNER.exec(text)) {
      const value = match[1]!;
      if (value !== value.toUpperCase() || !PASSPORT_VALUE_DIGIT.test(value) || RUN_PASSPORTS_PATTERN_3.test(value)) continue;
      const start = match.index + match[0].length - value.length;
      emit("passport", start, start + value.length, "passport-of-owner", PRIORITY.checksum - 2);
    }
  }
  if (text.includes("<<")) {
    MRZ.lastIndex = 0;
    for (let match = MRZ.exec(text); match !== null; match = MRZ.exec(text)) {
      // UTO (Utopia) is the issuing state of ICAO 9303's specimen passport.
      if (match[0].slice(2, 5) === "UTO") continue;
      // A whole second line (44 characters) is its own finding, the name line another: one span ending in the middle of
      // the second line left its expiry and personal number (a PESEL, a CPF) unredacted (session 48, dev-76).
      const end = match.index + match[0].length;
      const lineTwo = end - MRZ_LINE_TWO_HEAD;
      MRZ_LINE_TWO.lastIndex = lineTwo;
      if (MRZ_LINE_TWO.test(text)) {
        const lineOneEnd = match.index + match[0].slice(0, match[0].length - MRZ_LINE_TWO_HEAD).trimEnd().length;
        emit("passport", match.index, lineOneEnd, "passport-mrz", PRIORITY.checksum);
        emit("passport", lineTwo, lineTwo + 44, "passport-mrz", PRIORITY.checksum);
      } else emit("passport", match.index, end, "passport-mrz", PRIORITY.checksum);
    }
  }
}

export const idDetectors: Detector[] = [
  { name: "national-ids", run: runNationalIds },
  { name: "passports", run: runPassports },
];
