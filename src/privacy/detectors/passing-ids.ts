/**
 * Identity and document numbers mentioned in passing (session 48, dev-76): inside a task about something else ("translate
 * this letter", "is this e-mail polite", "fix my formula") a user names the document with an abbreviation or a local word
 * and writes the number as it comes. Each rule is a cue, a short gap of label words, and a value of the document's shape,
 * confirmed by its check digits where it has them:
 * - a passport behind an abbreviation ("ppt #", "pass. n.", "pasap.", "pp no.");
 * - a passport named earlier in the clause and corrected ("my passport is wrong, the right one is …", "el bueno es …",
 *   "正しくは…", "правильно: …");
 * - a Russian passport after "загран" ("загран 75 1839264") or "пасп."; a Portuguese Cartão de Cidadão number (its check
 *   digit) after a document word ("doc.", "identificação", "CC");
 * - an Italian driving licence after "pat." or "patente", grouped ("RM 5123487 K") or not; an Italian electronic identity
 *   card (CIE, "CA48271FJ") after "carta d'identità" or "C.I.";
 * - an Italian codice fiscale typed in lower case (its check letter and birth date must hold: no cue needed), whole or in
 *   groups of four (session 49);
 * - a driving licence opening with its letter after a bare "lic." on a line about a car, a rental or driving (session 49);
 * - a Polish identity card number in lower case or with a space after "dowód", "nr dowodu", "seria i nr" (check digit);
 * - an Indian PAN with a space inside ("BQKPV 4827L") after "PAN" or "पैन"; a voter id (EPIC, three letters and seven
 *   digits) after "voter", "EPIC no.", "वोटर" or "मतदाता" on its line or under such a column header (session 50, dev-83:
 *   the Marathi, Bengali, Tamil and Gujarati words too: मतदार, ভোটার, வாக்காளர், મતદાર); a ration card number (8–20
 *   digits, maybe after a state or scheme prefix: "UP-2145-0067-3381", "RKSY-II 0183746529") after the card's word in
 *   six scripts; a UAN (12 digits from 10) after "UAN";
 * - a Japanese residence card number (two letters, eight digits, two letters) after 在留カード.
 * Every cue reads a bounded window after it (one line, at most 120 characters): linear in the text.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { COUNTING_DOWN, COUNTING_UP, isPlaceholderValue, isRepetitive } from "../context.js";
import { italianCfValid } from "./ids.js";
import { polishIdCardValid } from "./east-european.js";
import { digitRunLength, digitRunStart, forEachMatchAtDigitRunStarts } from "../digit-runs.js";

/**
 * The cue words each reader needs, answered by the scan's shared keyword pass (session 52: a `lower.includes` each read
 * the whole text, ~1–5 µs apiece on the bench's 2,000-token prompt). Every cue pattern's match holds one of them
 * lower-cased; the Italian licence's cue is "pat." or "patente" (its former gate, "pat", also held every "path").
 */
const RUSSIAN_TRAVEL_PASSPORT_STEMS: readonly string[] = ["загран", "пасп."];
const ITALIAN_LICENCE_STEMS: readonly string[] = ["pat.", "patente"];
const ITALIAN_ID_CARD_STEMS: readonly string[] = ["identit", "c.i.", "cie"];
const BARE_LICENCE_STEMS: readonly string[] = ["lic."];
const POLISH_ID_CARD_STEMS: readonly string[] = ["dow", "seria"];
const PAN_STEMS: readonly string[] = ["pan"];
const VOTER_STEMS: readonly string[] = ["voter"];

/** The label words between a cue and its number: "#", "no.", "nº", "nr", "n.", "number", "is", "=", ":", a quote. */
const GAP = /^["'\s:=#.\-–—]{0,5}(?:(?:n[º°o]?\.?|nr\.?|no\.?|num\.?|number|número|numero|nummer|#)[\s:=#.]{0,3})?(?:(?:is|es|é|è|ist)\s+)?["'“„«]?/iu;

/** A gap holding a label word or sign ("n.", "no", "nr", "#", ":"), not only blanks. */
const LABELLED_GAP = /[#:=\p{L}]/u;

/** The text after `from` up to the line's end, at most `length` characters. */
function lineAfter(text: string, from: number, length: number): string {
  const window = text.slice(from, from + length);
  const lineBreak = window.indexOf("\n");
  return lineBreak < 0 ? window : window.slice(0, lineBreak);
}

/** The line around `at`, at most `reach` characters on each side. */
function lineAround(text: string, at: number, reach: number): string {
  const window = text.slice(Math.max(0, at - reach), at);
  const lineBreak = window.lastIndexOf("\n");
  return (lineBreak < 0 ? window : window.slice(lineBreak + 1)) + lineAfter(text, at, reach);
}

/** The value `shape` (anchored at its start) right after the cue's label words, as [start, value]. */
function valueAfterCue(text: string, cueEnd: number, shape: RegExp): [number, string] | undefined {
  const window = lineAfter(text, cueEnd, 48);
  const gap = GAP.exec(window)![0].length;
  const value = shape.exec(window.slice(gap))?.[0];
  return value === undefined ? undefined : [cueEnd + gap, value];
}

/**
 * A value typed one character at a time right after the cue's signs, in either case ("ppt n 5 2 1 9 0 3": N521903,
 * session 49): six to eleven single characters with one space between, closed up and upper-cased, must have `shape`;
 * or the same value already closed up by the letter-spacing reader (a run of eight tokens or more, a dash after it
 * counted) with its letters in lower case ("n521903"), which the label words' "n" would otherwise take.
 */
const NOT_DIGIT = /\D/gu;
const SPACED_CHARACTERS = /^["'\s:=#.\-–—]{0,5}((?:[A-Za-z0-9] ){5,10}[A-Za-z0-9]|[a-z]{1,3}\d{6,8})(?![A-Za-z0-9])/u;

function spacedValueAfterCue(text: string, cueEnd: number, shape: RegExp): [number, string] | undefined {
  const run = SPACED_CHARACTERS.exec(lineAfter(text, cueEnd, 40));
  if (run === null) return undefined;
  const compact = run[1]!.replaceAll(" ", "").toUpperCase();
  const digits = compact.replace(NOT_DIGIT, "");
  // Digits counted up or down ("p 1 2 3 4 5 6", a page or slide list) are no number anyone was given.
  if (!shape.test(compact) || COUNTING_UP.includes(digits) || COUNTING_DOWN.includes(digits)) return undefined;
  return [cueEnd + run[0].length - run[1]!.length, run[1]!];
}

// --- Passports ----------------------------------------------------------------------------------------------------
/** A passport number: 1–3 letters and 6–8 digits, nine digits (maybe in groups of three), or a German C and eight characters. */
const PASSPORT_SHAPE = /^(?:[A-Z]{1,3} ?\d{6,8}|\d{9}|\d{3} \d{3} \d{3}|C[CFGHJKLMNPRTVWXYZ0-9]{8})(?![A-Za-z0-9])/u;
/** "ppt", "pass.", "pasap.", "passap.", "paszp.", "pasp.", "pp no.", "pp#": a passport abbreviation. */
const PASSPORT_ABBREVIATION = /(?<![\p{L}\p{N}])(?:ppt(?![\p{L}\p{N}])|pp(?=\s?(?:#|no\.|nr\.?\s))|pass\.|pasap\.|passap\.|paszp\.|pasp\.)/giu;
const ABBREVIATION_STEMS = ["ppt", "pp", "pass.", "pasap.", "passap.", "paszp.", "pasp."];
/** Words of a slide deck on the line of a "ppt" ("20 slides", "deck", "presentation", "PowerPoint", "Folien"). */
const SLIDE_WORDS = /(?<![\p{L}])(?:slides?|deck|presentation|powerpoint|pptx|keynote|folien|diapositiv\p{L}*|slajd\p{L}*)(?![\p{L}])/iu;

const PASSPORT_WORD = /passport|pasaporte|passaporte|passaporto|passeport|reisepass|paszport|паспорт|旅券|パスポート|护照|護照|पासपोर्ट/giu;
const PASSPORT_STEMS = [
  "passport",
  "pasaporte",
  "passaporte",
  "passaporto",
  "passeport",
  "reisepass",
  "paszport",
  "паспорт",
  "旅券",
  "パスポート",
  "护照",
  "護照",
  "पासपोर्ट",
];
/** A correction after the passport word: "the right one is", "el bueno es", "il corretto è", "正しくは", "правильно". */
const CORRECTION =
  /(?<![\p{L}])(?:correct(?: one| number)?|right one|should be|bueno|correcto|correcta|corretto|giusto|correto|certo|richtig\p{L}*|prawidłow\p{L}*|poprawn\p{L}*|правильн\p{L}*|верн\p{L}*|sahi(?: wala)?)(?![\p{L}])|正しくは|正しい番号は|正确的是|正確的是|सही/giu;

function runPassports(text: string, emit: Emit, lower: string): void {
  if (containsAny(lower, ABBREVIATION_STEMS)) {
    PASSPORT_ABBREVIATION.lastIndex = 0;
    for (let cue = PASSPORT_ABBREVIATION.exec(text); cue !== null; cue = PASSPORT_ABBREVIATION.exec(text)) {
      const cueEnd = cue.index + cue[0].length;
      const found = valueAfterCue(text, cueEnd, PASSPORT_SHAPE) ?? spacedValueAfterCue(text, cueEnd, PASSPORT_SHAPE);
      if (!found || isRepetitive(found[1])) continue;
      // "pass." also ends a sentence ("Let it pass. 123456789 people …"): bare digits after it only behind a label word.
      if (cue[0].toLowerCase() === "pass." && /^\d/u.test(found[1]) && !LABELLED_GAP.test(text.slice(cueEnd, found[0]))) continue;
      // "ppt" is also a PowerPoint file: an order number on a line about slides is a design job's (session 49).
      if (cue[0].toLowerCase() === "ppt" && SLIDE_WORDS.test(lineAround(text, cue.index, 120))) continue;
      emit("passport", found[0], found[0] + found[1].length, "passport-abbreviation", PRIORITY.checksum - 2);
    }
  }
  if (!containsAny(lower, PASSPORT_STEMS)) return;
  PASSPORT_WORD.lastIndex = 0;
  for (let word = PASSPORT_WORD.exec(text); word !== null; word = PASSPORT_WORD.exec(text)) {
    const wordEnd = word.index + word[0].length;
    const clause = lineAfter(text, wordEnd, 80);
    CORRECTION.lastIndex = 0;
    const correction = CORRECTION.exec(clause);
    if (!correction) continue;
    const found = valueAfterCue(text, wordEnd + correction.index + correction[0].length, PASSPORT_SHAPE);
    if (found && !isRepetitive(found[1])) emit("passport", found[0], found[0] + found[1].length, "passport-corrected", PRIORITY.checksum - 2);
  }
}

/**
 * A Russian passport after an abbreviation or a travel-passport word: "загран", "загранпаспорт" (two digits and seven),
 * "пасп." (the internal one: series of four digits, number of six; the full word has its own rule).
 */
const RUSSIAN_TRAVEL_PASSPORT = /(?<![\p{L}])(?:загран\p{L}*|пасп\.)/giu;
const RUSSIAN_TRAVEL_PASSPORT_SHAPE = /^(?:\d{2} ?\d{7}|\d{2} ?\d{2} ?\d{6})(?![\p{L}\p{N}])/u;

function runRussianTravelPassports(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, RUSSIAN_TRAVEL_PASSPORT_STEMS)) return;
  RUSSIAN_TRAVEL_PASSPORT.lastIndex = 0;
  for (let cue = RUSSIAN_TRAVEL_PASSPORT.exec(text); cue !== null; cue = RUSSIAN_TRAVEL_PASSPORT.exec(text)) {
    const found = valueAfterCue(text, cue.index + cue[0].length, RUSSIAN_TRAVEL_PASSPORT_SHAPE);
    if (found && !isRepetitive(found[1])) emit("passport", found[0], found[0] + found[1].length, "ru-travel-passport", PRIORITY.checksum - 2);
  }
}

// --- Portuguese Cartão de Cidadão -------------------------------------------------------------------------------
/** The card's number: eight digits, a check digit, two letters (the version), a check digit; spaces as printed. */
const CARTAO_CIDADAO = /(?<![\p{L}\p{N}])\d{8} ?\d ?[A-Z]{2} ?\d(?![\p{L}\p{N}])/gu;
/** A document word within 40 characters before it: "doc.", "documento de identificação", "cartão", "CC", "BI". */
const CARTAO_CIDADAO_CUE = /(?<![\p{L}])(?:doc\p{L}*\.?|identifica\p{L}*|cart[ãa]o|CC|BI)(?![\p{L}])/iu;

/** Luhn over the letters' values (A = 10 … Z = 35), doubled from the second character on the right. */
function cartaoCidadaoValid(compact: string): boolean {
  let sum = 0;
  for (let index = compact.length - 1, position = 0; index >= 0; index--, position++) {
    const code = compact.charCodeAt(index);
    const value = code <= 57 ? code - 48 : code - 55;
    sum += position % 2 === 0 ? value : value * 2 > 9 ? value * 2 - 9 : value * 2;
  }
  return sum % 10 === 0;
}

/**
 * Every match opens a run of ASCII digits (no digit may precede it) of eight digits (a space after them) or nine: the
 * pattern is tried at the starts of such runs only, not at every position of the text (~15–25 µs on the bench's
 * 2,000-token prompt, session 50; digit-runs.ts).
 */
const cartaoCidadaoMayStart = (_text: string, run: number): boolean => digitRunLength(run) === 8 || digitRunLength(run) === 9;

function runCartaoCidadao(text: string, emit: Emit): void {
  forEachMatchAtDigitRunStarts(text, CARTAO_CIDADAO, cartaoCidadaoMayStart, (match) => {
    if (!cartaoCidadaoValid(match[0].replaceAll(" ", "")) || !CARTAO_CIDADAO_CUE.test(text.slice(Math.max(0, match.index - 40), match.index))) return;
    emit("national_id", match.index, match.index + match[0].length, "pt-cartao-cidadao", PRIORITY.checksum);
  });
}

// --- Italian licence and identity card ----------------------------------------------------------------------------
/** An Italian licence: province letters, seven digits, a letter ("RM 5123487 K"), or U1, seven characters, a letter. */
const ITALIAN_LICENCE_SHAPE = /^(?:[A-Z]{2} ?\d{7} ?[A-Z]|U1 ?[A-Z0-9]{7} ?[A-Z])(?![A-Za-z0-9])/u;
/** "pat." in lower case (an English "Pat." is a patent or a name), "patente". */
const ITALIAN_LICENCE_CUE = /(?<![\p{L}])(?:pat\.|[Pp]atente)/gu;
/** The electronic identity card (CIE): two letters, five digits, two letters; a paper card: two letters and seven digits. */
const ITALIAN_ID_CARD_SHAPE = /^(?:[A-Z]{2}\d{5}[A-Z]{2}|[A-Z]{2} ?\d{7})(?![A-Za-z0-9])/u;
const ITALIAN_ID_CARD_CUE = /carta d['’]identit[àa]|(?<![\p{L}])(?:C\.I\.|CIE)(?![\p{L}])/giu;
/** The other senses of "C.I.": continuous integration (its build words) and a confidence interval. */
const CI_OTHER_SENSE =
  /continuous integration|confidence interval|(?<![\p{L}])(?:pipeline|runner|build|workflow|jenkins|github actions|gitlab|integrazione continua)(?![\p{L}])/iu;

function runItalianDocuments(text: string, emit: Emit, lower: string): void {
  if (containsAny(lower, ITALIAN_LICENCE_STEMS)) {
    ITALIAN_LICENCE_CUE.lastIndex = 0;
    for (let cue = ITALIAN_LICENCE_CUE.exec(text); cue !== null; cue = ITALIAN_LICENCE_CUE.exec(text)) {
      const found = valueAfterCue(text, cue.index + cue[0].length, ITALIAN_LICENCE_SHAPE);
      if (found && !isPlaceholderValue(found[1])) emit("driver_license", found[0], found[0] + found[1].length, "it-licence-after-cue", PRIORITY.checksum + 8);
    }
  }
  if (containsAny(lower, ITALIAN_ID_CARD_STEMS)) {
    ITALIAN_ID_CARD_CUE.lastIndex = 0;
    for (let cue = ITALIAN_ID_CARD_CUE.exec(text); cue !== null; cue = ITALIAN_ID_CARD_CUE.exec(text)) {
      const found = valueAfterCue(text, cue.index + cue[0].length, ITALIAN_ID_CARD_SHAPE);
      if (!found || isRepetitive(found[1])) continue;
      // "C.I." is also continuous integration and a confidence interval: not on a line about builds (session 49).
      if (cue[0] === "C.I." && CI_OTHER_SENSE.test(lineAround(text, cue.index, 120))) continue;
      emit("national_id", found[0], found[0] + found[1].length, "it-id-card", PRIORITY.checksum);
    }
  }
}

/**
 * A codice fiscale in lower case: the 16 positions with plain digits (no omocodia letters) and a month letter; whole or
 * in four groups of four with one space between ("glls fn71 d12d 612z", session 49).
 */
const LOWER_CASE_CF = /(?<![A-Za-z0-9])[a-z]{4}( ?)[a-z]{2}\d\d\1[abcdehlmprst]\d\d[a-z]\1\d{3}[a-z](?![A-Za-z0-9])/g;

/**
 * Where a lower-case codice fiscale's first digits start: a run of exactly two ASCII digits (the year) six characters
 * into the code whole, seven in groups of four; the pattern matches nowhere else (session 50).
 */
const CF_YEAR_AT = [6, 7] as const;

const isLowerAscii = (code: number): boolean => code >= 97 && code <= 122;

/**
 * What the pattern requires around the year's run at `year`, the code `before` characters earlier: lower-case ASCII
 * letters before it (four, a space and two when grouped), a space (grouped) or a month letter after it.
 */
function cfYearMayStand(text: string, year: number, before: number): boolean {
  if (year < before) return false;
  for (let index = year - before; index < year; index++)
    if (before === 7 && index === year - 3 ? text.charCodeAt(index) !== 32 : !isLowerAscii(text.charCodeAt(index))) return false;
  return before === 7 ? text.charCodeAt(year + 2) === 32 : CF_MONTHS.includes(text[year + 2] ?? " ");
}

const CF_MONTHS = "abcdehlmprst";

/**
 * The matches of the `LOWER_CASE_CF.exec` loop, without its try at every position of the text (~20–40 µs on the bench's
 * 2,000-token prompt, session 50): every match opens with six letters (four, a space and two when grouped), then the
 * year's two digits, then a month letter or a space, so its year is a whole run of two digits; the pattern is tried
 * six and seven characters before such runs only. Matches cannot overlap (each is bounded by characters that are no
 * ASCII letter or digit, and no group after the first is four letters), so the matches of both offsets, in text order,
 * are the loop's.
 */
function lowerCaseCfMatches(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  for (const before of CF_YEAR_AT)
    forEachMatchAtDigitRunStarts(
      text,
      LOWER_CASE_CF,
      (_text, run) => digitRunLength(run) === 2 && cfYearMayStand(text, digitRunStart(run), before),
      (match) => void matches.push(match),
      before,
    );
  return matches.length < 2 ? matches : matches.sort((left, right) => left.index - right.index);
}

function runLowerCaseCodiceFiscale(text: string, emit: Emit): void {
  for (const match of lowerCaseCfMatches(text)) {
    const code = match[0].replaceAll(" ", "").toUpperCase();
    const day = Number(code.slice(9, 11));
    if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71)) || !italianCfValid(code)) continue;
    emit("national_id", match.index, match.index + match[0].length, "it-codice-fiscale-lower-case", PRIORITY.checksum);
  }
}

// --- A driving licence behind a bare "lic." ---------------------------------------------------------------------------
/** "lic." alone: a driving licence or a software licence ("lic. no. 44821936 of the software seat"). */
const BARE_LICENCE_CUE = /(?<![\p{L}])[Ll]ic\./gu;
/** A licence number that opens with its letter ("D5530172", "WB1234567"): one or two letters, six to nine digits. */
const LETTERED_LICENCE_SHAPE = /^[A-Z]{1,2}\d{6,9}(?![A-Za-z0-9])/u;
/** A vehicle, a rental desk or driving on the cue's line: the licence is a driver's (session 49). */
const DRIVING_WORDS = /(?<![\p{L}])(?:driv\p{L}*|rental|rent-a-car|car|cars|vehicle|dmv|dvla|motor\p{L}*|traffic|parking)(?![\p{L}])/iu;

function runBareLicences(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, BARE_LICENCE_STEMS)) return;
  BARE_LICENCE_CUE.lastIndex = 0;
  for (let cue = BARE_LICENCE_CUE.exec(text); cue !== null; cue = BARE_LICENCE_CUE.exec(text)) {
    const found = valueAfterCue(text, cue.index + cue[0].length, LETTERED_LICENCE_SHAPE);
    if (!found || isRepetitive(found[1]) || !DRIVING_WORDS.test(lineAround(text, cue.index, 120))) continue;
    emit("driver_license", found[0], found[0] + found[1].length, "licence-after-lic", PRIORITY.checksum - 5);
  }
}

// --- Polish identity card -----------------------------------------------------------------------------------------
const POLISH_ID_CARD_CUE = /(?<![\p{L}])(?:dow(?:ód|odu|odzie|\.)(?: osobist\p{L}*)?|seria i n(?:ume)?r|nr dow\.?)/giu;
/** Three letters and six digits, maybe a space between, in either case. */
const POLISH_ID_CARD_SHAPE = /^[A-Za-z]{3} ?\d{6}(?![A-Za-z0-9])/u;

function runPolishIdCards(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, POLISH_ID_CARD_STEMS)) return;
  POLISH_ID_CARD_CUE.lastIndex = 0;
  for (let cue = POLISH_ID_CARD_CUE.exec(text); cue !== null; cue = POLISH_ID_CARD_CUE.exec(text)) {
    const found = valueAfterCue(text, cue.index + cue[0].length, POLISH_ID_CARD_SHAPE);
    if (found && polishIdCardValid(found[1].replace(" ", "").toUpperCase()))
      emit("national_id", found[0], found[0] + found[1].length, "pl-id-card-after-cue", PRIORITY.checksum);
  }
}

// --- Indian PAN and voter id ------------------------------------------------------------------------------------
/** A PAN with a space inside: five letters (the fourth the holder's type), four digits, a letter. */
const SPACED_PAN_SHAPE = /^[A-Z]{3}[ABCFGHJLPT][A-Z](?: \d{4} ?| ?\d{4} )[A-Z](?![A-Za-z0-9])/u;
const PAN_CUE = /(?<![\p{L}])pan(?![\p{L}])|पैन/giu;
/** "voter", "EPIC no." (a bare "EPIC" is also the hospital record system in HL7 messages), Hindi "वोटर", "मतदाता". */
const EPIC_CUE = /(?<![\p{L}])(?:voter|EPIC(?= ?(?:no|number|#)))|वोटर|मतदाता|मतदार|ভোটার|வாக்காளர்|મતદાર/giu;
/** The voter words of the scripts (the Latin "voter" and the capital "EPIC" are tested apart). */
const EPIC_SCRIPT_STEMS: readonly string[] = ["वोटर", "मतदाता", "मतदार", "ভোটার", "வாக்காளர்", "મતદાર"];
/** A ration card's word, its label words (no digit, no sentence end) and its number. */
const RATION_CARD =
  /(?:(?<![\p{L}])ration card|राशन कार्ड|रेशन कार्ड|शिधापत्रिका|রেশন কার্ড|குடும்ப அட்டை|ஸ்மார்ட் கார்டு|રેશનકાર્ડ|રેશન કાર્ડ)[^\n\p{N}।?!]{0,24}?((?:[A-Z]{2,4}(?:-[A-Z]{1,3})?[ -]?)?\d[\d -]{6,22}\d)(?![\p{L}\p{N}])/giu;
const RATION_STEMS: readonly string[] = [
  "ration card",
  "राशन कार्ड",
  "रेशन कार्ड",
  "शिधापत्रिका",
  "রেশন কার্ড",
  "குடும்ப அட்டை",
  "ஸ்மார்ட் கார்டு",
  "રેશનકાર્ડ",
  "રેશન કાર્ડ",
];
const NOT_DIGIT_AT_ALL = /\D/gu;
/** A UAN (Universal Account Number of the provident fund) after its acronym, capitals only. */
const UAN = /(?<![\p{L}])UAN(?:\s?(?:no\.?|number|नंबर|क्रमांक|எண்|નંબર))?\s?[:：#=-]?\s?(10\d{10})(?!\d)/gu;
/** Three letters and seven digits, not a file name's stem ("ABC1234567.csv", session 48 review). */
/** The label words between "EPIC" and its number: "no.", "number", "#", ":", "is". */
const EPIC_GAP = /^\s?(?:no\.?|number|#)\s?[:#.=-]?\s?(?:is\s)?["'“]?\s?$/iu;
const EPIC_VALUE = /(?<![\p{L}\p{N}])[A-Z]{3}\d{7}(?![\p{L}\p{N}]|\.[A-Za-z])/gu;

function runIndianIds(text: string, emit: Emit, lower: string): void {
  if (containsAny(lower, PAN_STEMS) || text.includes("पैन")) {
    PAN_CUE.lastIndex = 0;
    for (let cue = PAN_CUE.exec(text); cue !== null; cue = PAN_CUE.exec(text)) {
      const found = valueAfterCue(text, cue.index + cue[0].length, SPACED_PAN_SHAPE);
      if (found) emit("national_id", found[0], found[0] + found[1].length, "in-pan-spaced", PRIORITY.checksum - 5);
    }
  }
  if (containsAny(lower, RATION_STEMS)) {
    RATION_CARD.lastIndex = 0;
    for (let match = RATION_CARD.exec(text); match !== null; match = RATION_CARD.exec(text)) {
      const digits = match[1]!.replace(NOT_DIGIT_AT_ALL, "");
      if (digits.length < 8 || digits.length > 20 || isRepetitive(digits)) continue;
      const start = match.index + match[0].length - match[1]!.length;
      emit("national_id", start, start + match[1]!.length, "in-ration-card", PRIORITY.checksum - 5);
    }
  }
  if (text.includes("UAN")) {
    UAN.lastIndex = 0;
    for (let match = UAN.exec(text); match !== null; match = UAN.exec(text))
      if (!isRepetitive(match[1]!.slice(2)))
        emit("national_id", match.index + match[0].length - 12, match.index + match[0].length, "in-uan", PRIORITY.checksum - 5);
  }
  if (!containsAny(lower, VOTER_STEMS) && !text.includes("EPIC") && !containsAny(lower, EPIC_SCRIPT_STEMS)) return;
  EPIC_CUE.lastIndex = 0;
  let scannedTo = 0;
  for (let cue = EPIC_CUE.exec(text); cue !== null; cue = EPIC_CUE.exec(text)) {
    // The cue's line and, under a column header, the rows below it: 120 characters on.
    const from = Math.max(scannedTo, cue.index + cue[0].length);
    const to = Math.min(text.length, cue.index + cue[0].length + 120);
    if (from >= to) continue;
    scannedTo = to;
    const window = text.slice(from, to);
    EPIC_VALUE.lastIndex = 0;
    // "EPIC no." names the number it labels right after it: a value further on its line belongs to something else ("EPIC
    // no. of the game release is …", session 49); rows below a column header stay read.
    const labelOnly = cue[0] === "EPIC";
    for (let value = EPIC_VALUE.exec(window); value !== null; value = EPIC_VALUE.exec(window)) {
      if (isRepetitive(value[0].slice(3))) continue;
      if (labelOnly && !window.slice(0, value.index).includes("\n") && !EPIC_GAP.test(text.slice(cue.index + cue[0].length, from + value.index))) continue;
      emit("national_id", from + value.index, from + value.index + value[0].length, "in-voter-id", PRIORITY.checksum - 5);
    }
  }
}

// --- Japanese residence card --------------------------------------------------------------------------------------
const RESIDENCE_CARD = /在留カード(?:番号)?[^\n\p{N}A-Z]{0,6}([A-Z]{2}\d{8}[A-Z]{2})(?![\p{L}\p{N}])/gu;

function runResidenceCards(text: string, emit: Emit): void {
  if (!text.includes("在留カード")) return;
  RESIDENCE_CARD.lastIndex = 0;
  for (let match = RESIDENCE_CARD.exec(text); match !== null; match = RESIDENCE_CARD.exec(text)) {
    const start = match.index + match[0].length - match[1]!.length;
    emit("national_id", start, start + match[1]!.length, "jp-residence-card", PRIORITY.checksum);
  }
}

function runPassingIds(text: string, emit: Emit, lower: string): void {
  runPassports(text, emit, lower);
  runRussianTravelPassports(text, emit, lower);
  runCartaoCidadao(text, emit);
  runItalianDocuments(text, emit, lower);
  runLowerCaseCodiceFiscale(text, emit);
  runBareLicences(text, emit, lower);
  runPolishIdCards(text, emit, lower);
  runIndianIds(text, emit, lower);
  runResidenceCards(text, emit);
}

export const passingIdDetectors: Detector[] = [{ name: "passing-ids", run: runPassingIds }];
