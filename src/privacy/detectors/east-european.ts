/**
 * Polish and Russian personal data (our own, from the issuers' public specifications):
 * - Polish PESEL (weights 1-3-7-9, birth date with the century in the month), NIP (mod 11),
 *   identity-card number (dowód osobisty: three letters, six digits, weighted check digit).
 * - Russian SNILS (weighted sum mod 101), INN (10 or 12 digits, mod 11 checks), internal passport
 *   (series + number after паспорт), OMS health-insurance policy (16 digits after полис).
 * - Russian and Ukrainian street addresses (ул./улица/проспект … д./дом … кв.), dates of birth after
 *   local labels in Polish and Russian (with month names).
 * Bare numbers need their keyword nearby unless their written form is distinctive (SNILS 123-456-789 01).
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { isRepetitive, keywordAround } from "../context.js";
import { LOCAL_PERSONAL_ADDRESS_CUE, localBusinessCue } from "./lexicon.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const PESEL_VALID_PATTERN_1 = /^\d{11}$/;
const NIP_VALID_PATTERN_1 = /^\d{10}$/;
const POLISH_ID_CARD_VALID_PATTERN_1 = /^[A-Z]{3}\d{6}$/;
const POLISH_ID_CARD_VALID_PATTERN_2 = /\d/;
const INN_VALID_PATTERN_1 = /^\d{12}$/;
const RUN_NUMBERS_PATTERN_1 = /\d{3}-\d{3}-\d{3}[ -]\d{2}/;
const RUN_NUMBERS_PATTERN_2 = /\D/g;
const RUN_NUMBERS_PATTERN_3 = /^\d{3}-\d{3}-\d{3}[ -]\d{2}$/;
const RUN_RUSSIAN_ADDRESSES_PATTERN_1 = /(?:д\.|дом|буд\.|будинок)\s*\d/u;
const RUN_RUSSIAN_ADDRESSES_PATTERN_2 = /(?:кв\.|квартира|оф\.)/u;
const RUN_RUSSIAN_ADDRESSES_PATTERN_3 = /^(?:\d{6},\s*)?(?:г\.|город|м\.|місто)/u;
const RUN_DATES_OF_BIRTH_PATTERN_1 = /^(?:urodzon|родил|народ)/iu;
const RUN_DATES_OF_BIRTH_PATTERN_2 = /\d{4}/;

function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let index = 0; index < weights.length; index++) sum += (digits.charCodeAt(index) - 48) * weights[index]!;
  return sum;
}

export function peselValid(digits: string): boolean {
  if (!PESEL_VALID_PATTERN_1.test(digits)) return false;
  const check = (10 - (weightedSum(digits, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
  if (check !== digits.charCodeAt(10) - 48) return false;
  const month = Number(digits.slice(2, 4)) % 20;
  const day = Number(digits.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

export function nipValid(digits: string): boolean {
  if (!NIP_VALID_PATTERN_1.test(digits)) return false;
  const check = weightedSum(digits, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
  return check !== 10 && check === digits.charCodeAt(9) - 48;
}

export function polishIdCardValid(value: string): boolean {
  if (!POLISH_ID_CARD_VALID_PATTERN_1.test(value)) return false;
  const weights = [7, 3, 1, 0, 7, 3, 1, 7, 3];
  let sum = 0;
  for (let index = 0; index < 9; index++) {
    const char = value[index]!;
    const number = POLISH_ID_CARD_VALID_PATTERN_2.test(char) ? Number(char) : char.charCodeAt(0) - 55;
    sum += number * weights[index]!;
  }
  return sum % 10 === Number(value[3]);
}

export function snilsValid(digits: string): boolean {
  if (!PESEL_VALID_PATTERN_1.test(digits)) return false;
  const sum = weightedSum(digits, [9, 8, 7, 6, 5, 4, 3, 2, 1]);
  const check = sum < 100 ? sum : sum % 101 === 100 ? 0 : sum % 101;
  return check === Number(digits.slice(9));
}

export function innValid(digits: string): boolean {
  const checkDigit = (weights: number[]) => (weightedSum(digits, weights) % 11) % 10;
  if (NIP_VALID_PATTERN_1.test(digits)) return checkDigit([2, 4, 10, 3, 5, 9, 4, 6, 8]) === digits.charCodeAt(9) - 48;
  if (!INN_VALID_PATTERN_1.test(digits)) return false;
  return (
    checkDigit([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === digits.charCodeAt(10) - 48 && checkDigit([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === digits.charCodeAt(11) - 48
  );
}

const NUMBER = /\d(?<![\p{L}\p{N}]\d)[\d -]{8,18}\d(?![\p{N}])/gu;
/** PESEL's name, and its official one ("numer ewidencyjny", "nr ewid."): session 43, dev-50. */
const PESEL_CONTEXT = /pesel|(?<![\p{L}])nr\.?\s?ewid|numer ewidencyjny/iu;
const NIP_CONTEXT = /(?<![\p{L}])nip(?![\p{L}])/iu;
/** A NIP beside a REGON or KRS number or a company's legal form is the company's (session 47, dev-72). */
const PL_COMPANY_CONTEXT = /(?<![\p{L}])(?:regon|krs|s\.a\.|sp\.\s?z\s?o\.\s?o\.?|spółk\p{L}*|nazwa firmy)(?![\p{L}])/iu;
/**
 * A NIP whose label says whose it is — a firm's, an employer's, a seller's, an enterprise's ("NIP firmy", "NIP
 * pracodawcy:", "Sprzedawca NIP"; session 51) — in the 48 characters before it; a firm named further away ("NIP mojej
 * żony …, prowadzi firmę?") does not own it, and a sole trader's firm ("NIP firmy jednoosobowej") is its owner's.
 */
const PL_FIRM_NIP_LABEL =
  /(?<![\p{L}])(?:nip[ \t]+(?:firm(?:y|owy)(?![ \t]+jednoosobow)|pracodawc[ya]|sprzedawc[ya]|nabywc[ya]|przedsiębiorstwa|kontrahenta)|(?:firmowy|sprzedawca|nabywca|pracodawca)[ \t]{0,3}(?::[ \t]{0,3})?nip)(?![\p{L}])/iu;
const SNILS_CONTEXT = /снилс|snils/i;
const INN_CONTEXT = /(?<![\p{L}])(?:инн|inn)(?![\p{L}])/iu;
const OMS_CONTEXT = /полис|омс|oms/i;
/**
 * A ten-digit ИНН is an organisation's (a person's has twelve digits): beside company words it is not personal. The
 * registry numbers only an organisation has and the company forms are read in Latin letters too, as an English
 * invoice writes them ("INN 7707083893, KPP 773601001", "OGRN", "OOO", "LLC": session 49).
 */
const COMPANY_CONTEXT = /юр\.?\s?лиц|юрлиц|огрн|кпп|(?<![\p{L}])(?:ооо|пао|зао|ао|kpp|ogrn|ooo|llc)(?![\p{L}])|организаци|компани/iu;
const ID_CARD = /(?<![A-Za-z0-9])([A-Z]{3})\s?(\d{6})(?![A-Za-z0-9])/g;
const ID_CARD_CONTEXT = /dow[óo]d|dowodu|osobist|id card|identity card|nr dokumentu|numer dokumentu/i;
/** RU_PASSPORT's word, answered by the scan's shared keyword pass (session 52: no `lower.includes` over the text). */
const RU_PASSPORT_STEMS: readonly string[] = ["паспорт"];
const RU_PASSPORT = /паспорт\p{L}{0,30}[^\n\d]{0,30}?(?:серия\s*)?(\d{2}\s?\d{2})\s*(?:№|номер|n|no\.?)?\s*(\d{6})(?![\p{N}])/giu;

/** Keyword pre-filter stems (made once: an array literal at the call is a new list each scan). */
const ID_CARD_STEMS: readonly string[] = ["dow", "osobist", "id card", "identity card", "dokumentu"];

/** Keyword pre-filter stems (made once: an array literal at the call is a new list each scan). */
const PL_RU_NUMBER_STEMS: readonly string[] = ["pesel", "ewid", "nip", "снилс", "snils", "инн", "inn", "полис", "омс", "oms"];

function runNumbers(text: string, emit: Emit, lower: string): void {
  const keywords = containsAny(lower, PL_RU_NUMBER_STEMS);
  if (keywords || RUN_NUMBERS_PATTERN_1.test(text)) {
    NUMBER.lastIndex = 0;
    for (let match = NUMBER.exec(text); match !== null; match = NUMBER.exec(text)) {
      const raw = match[0].trimEnd();
      const digits = raw.replace(RUN_NUMBERS_PATTERN_2, "");
      const start = match.index;
      const end = start + raw.length;
      const near = (pattern: RegExp) => keywords && keywordAround(text, start, end, pattern, 48);
      if (isRepetitive(digits)) continue;
      if (digits.length === 11 && snilsValid(digits) && (RUN_NUMBERS_PATTERN_3.test(raw) || near(SNILS_CONTEXT)))
        emit("national_id", start, end, "ru-snils", PRIORITY.checksum + 4);
      // An indirect label ("ID no.", "national identification number") beside a PESEL: national-ids.ts.
      else if (digits.length === 11 && peselValid(digits) && near(PESEL_CONTEXT)) emit("national_id", start, end, "pl-pesel", PRIORITY.checksum + 4);
      else if (digits.length === 10 && nipValid(digits) && near(NIP_CONTEXT)) {
        if (near(PL_COMPANY_CONTEXT) || PL_FIRM_NIP_LABEL.test(text.slice(Math.max(0, start - 48), start))) continue;
        emit("national_id", start, end, "pl-nip", PRIORITY.checksum + 4);
      } else if ((digits.length === 10 || digits.length === 12) && innValid(digits) && near(INN_CONTEXT)) {
        if (digits.length === 10 && near(COMPANY_CONTEXT)) continue;
        emit("national_id", start, end, "ru-inn", PRIORITY.checksum + 4);
      } else if (digits.length === 16 && near(OMS_CONTEXT)) emit("national_id", start, end, "ru-oms-policy", PRIORITY.checksum + 4);
    }
  }
  if (containsAny(lower, ID_CARD_STEMS)) {
    ID_CARD.lastIndex = 0;
    for (let match = ID_CARD.exec(text); match !== null; match = ID_CARD.exec(text)) {
      const compact = match[1]! + match[2]!;
      if (polishIdCardValid(compact) && keywordAround(text, match.index, match.index + match[0].length, ID_CARD_CONTEXT, 48))
        emit("national_id", match.index, match.index + match[0].length, "pl-id-card", PRIORITY.checksum);
    }
  }
  if (containsAny(lower, RU_PASSPORT_STEMS)) {
    RU_PASSPORT.lastIndex = 0;
    for (let match = RU_PASSPORT.exec(text); match !== null; match = RU_PASSPORT.exec(text)) {
      const start = match.index + match[0].indexOf(match[1]!);
      emit("passport", start, match.index + match[0].length, "ru-passport", PRIORITY.checksum + 2);
    }
  }
}

// --- Russian and Ukrainian addresses --------------------------------------------------------------
/** The postal index is six digits of its own: not the tail of a company's ОГРН before the city (session 48). */
const RU_ADDRESS =
  /(?:(?:(?<!\d)\d{6},\s*)?(?:г\.|город|м\.|місто)\s*[А-ЯЁІЇЄ][\p{L}-]{1,30},\s*)?(?:(?:ул\.|улица|вул\.|вулиця|пр-т|просп\.|проспект|пер\.|переулок|провулок|б-р|бульвар|ш\.|шоссе|наб\.|набережная|пл\.|площадь|мкр\.?|микрорайон)\s*[А-ЯЁІЇЄ0-9][\p{L}\d .-]{1,40}?|[А-ЯЁІЇЄ][\p{L}-]{1,20}(?:\s[А-ЯЁІЇЄ][\p{L}-]{1,20})?\s(?:проспект|бульвар|шоссе|переулок|провулок))\s*,?\s*(?:(?:д\.|дом|буд\.|будинок)\s*)?\d{1,4}[а-яёіїє]?(?![\p{L}\p{N}])(?:\/\d{1,3})?(?:\s*,?\s*(?:корп\.|к\.|стр\.)\s*\d{1,3})?(?:\s*,?\s*(?:кв\.|квартира|оф\.)\s*\d{1,4})?/gu;

/** Keyword pre-filter stems (made once: an array literal at the call is a new list each scan). */
const RUSSIAN_ADDRESSES_STEMS: readonly string[] = [
  "ул.",
  "улиц",
  "вул",
  "просп",
  "пр-т",
  "пер.",
  "переул",
  "бульв",
  "б-р",
  "шоссе",
  "наб.",
  "набереж",
  "пл.",
  "площад",
  "мкр",
  "микрорайон",
];

function runRussianAddresses(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, RUSSIAN_ADDRESSES_STEMS)) return;
  RU_ADDRESS.lastIndex = 0;
  for (let match = RU_ADDRESS.exec(text); match !== null; match = RU_ADDRESS.exec(text)) {
    const value = match[0];
    // Without a house word (д./буд.) the number must be followed by a flat or preceded by a city.
    if (!RUN_RUSSIAN_ADDRESSES_PATTERN_1.test(value) && !RUN_RUSSIAN_ADDRESSES_PATTERN_2.test(value) && !RUN_RUSSIAN_ADDRESSES_PATTERN_3.test(value)) continue;
    const end = match.index + value.length;
    const around = text.slice(Math.max(0, match.index - 60), Math.min(text.length, end + 60));
    if (localBusinessCue(around) && !LOCAL_PERSONAL_ADDRESS_CUE.test(around)) continue;
    emit("street_address", match.index, end, "address-ru", PRIORITY.contextual + 5);
  }
}

// --- Dates of birth after Polish and Russian labels ----------------------------------------------
const PL_RU_MONTHS =
  "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";
const PL_RU_DOB = new RegExp(
  `(?<![\\p{L}])(?:data urodzenia|urodzon(?:[ya]|ego|ej|ym)|ur\\.|дата рождения|родил(?:ся|ась)|рожд\\.|г\\.р\\.|дата[ _]народження|народився|народилася)["']?\\s*(?::|-|—|=)?\\s*["']?\\s*(?:w dniu\\s*|dnia\\s*)?(\\d{1,2}[./-]\\d{1,2}[./-]\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+(?:${PL_RU_MONTHS})\\s+\\d{4}(?:\\s?(?:г\\.|r\\.|года|roku))?)`,
  "giu",
);

/** Keyword pre-filter stems (made once: an array literal at the call is a new list each scan). */
const DATES_OF_BIRTH_STEMS: readonly string[] = ["urodz", "ur.", "рожд", "родил", "г.р.", "народж", "народил"];

function runDatesOfBirth(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, DATES_OF_BIRTH_STEMS)) return;
  PL_RU_DOB.lastIndex = 0;
  for (let match = PL_RU_DOB.exec(text); match !== null; match = PL_RU_DOB.exec(text)) {
    const date = match[1]!;
    // "Пушкин родился 6 июня 1799 года": a historical birth is a public fact.
    if (RUN_DATES_OF_BIRTH_PATTERN_1.test(match[0]) && Number(RUN_DATES_OF_BIRTH_PATTERN_2.exec(date)?.[0] ?? "2000") < 1925) continue;
    const start = match.index + match[0].length - date.length;
    emit("date_of_birth", start, start + date.length, "date-of-birth-pl-ru", PRIORITY.contextual + 10);
  }
}

export const eastEuropeanDetectors: Detector[] = [
  { name: "pl-ru-identifiers", run: runNumbers },
  { name: "ru-addresses", run: runRussianAddresses },
  { name: "pl-ru-dates-of-birth", run: runDatesOfBirth },
];
