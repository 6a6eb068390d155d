/**
 * Digit-based identifiers confirmed by their check digits or valid ranges: payment cards (Luhn +
 * issuer prefix), US SSN (SSA valid ranges), Indian Aadhaar (Verhoeff), German Steuer-IdNr
 * (ISO 7064 MOD 11,10), UK NHS numbers (mod 11), Dutch BSN (elfproef), Canadian SIN (Luhn),
 * Brazilian CPF, US ABA routing numbers, and bank account numbers next to an account keyword.
 * Our own code: no maintained JS library covers these together with exact spans in free text, and
 * each check is a few lines (see ../checksums.ts). Numbers that fail their check are not reported.
 */
import type { Detector, Emit } from "../detector.js";
import { isCloudAccount } from "../judgement/infrastructure.js";
import { PRIORITY, containsAny } from "../detector.js";
import { abaRoutingValid, canadianSinValid, germanTaxIdValid, luhnValid, nhsNumberValid, verhoeffValid } from "../checksums.js";
import { isRepetitive, keywordAround, keywordBefore } from "../context.js";
import { asciiWordBefore, digitChainHolds, doubled, forEachMatchSpanAtDigitRunStarts, forEachMatchStartingWithDigits } from "../digit-runs.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const MAJOR_CARD_PREFIX_PATTERN_1 = /^(?:4|5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)|3[47]|6(?:011|5))/;
const CARD_PREFIX_PLAUSIBLE_PATTERN_1 =
  /^(?:4|5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)|3[47]|3(?:0[0-5]|[689])|6(?:011|5|4[4-9]|2)|35(?:2[89]|[3-8])|50|5[6-9]|6[037]|9792|8)/;
const SSN_VALID_PATTERN_1 = /^98765432\d$/;
const BSN_VALID_PATTERN_1 = /^\d{9}$/;
const CPF_VALID_PATTERN_1 = /^\d{11}$/;
const CPF_VALID_PATTERN_2 = /^(\d)\1+$/;
const CLASSIFY_RUN_PATTERN_1 = /^[2-9]/;
const CLASSIFY_RUN_PATTERN_2 = /^\d{3}\.\d{3}\.\d{3}-\d{2}$/;

/**
 * Runs of digits joined by single separators (space, dash, dot, slash). Linear: each step eats a digit.
 * Digit first, then the look-behind on the characters before it (the same condition): fewer starts tried.
 * A letter, digit, "_", ".", "/" or "-" right before the run means an identifier or a longer number,
 * except a Han, Kana or Hangul character: those scripts write no space before a number
 * (信用卡5412 1883 7719 2806, 口座番号1234567).
 */
const DIGIT_RUN =
  /\d(?<!(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{N}_.\/-]|[.,\/-]\d)\d)(?:[ \u00a0.\/-]?\d){5,30}(?![\p{N}_]|[.,\/-]\d)/gu;

// Made once (a regex literal in a loop is a new object each time); `replace` resets a global pattern's lastIndex.
const NON_DIGITS = /\D/g;
const DIGIT = /\d/;

/**
 * The digit groups of the run being classified, [groupStarts[i], groupEnds[i]) for i < groupCount:
 * reused from run to run (one classification at a time, no object per group).
 */
let groupStarts = new Int32Array(32);
let groupEnds = new Int32Array(32);
let groupCount = 0;

function findGroups(text: string, start: number, end: number): void {
  groupCount = 0;
  let index = start;
  while (index < end) {
    const groupStart = index;
    while (index < end && text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57) index++;
    if (groupCount === groupStarts.length) {
      groupStarts = doubled(groupStarts);
      groupEnds = doubled(groupEnds);
    }
    groupStarts[groupCount] = groupStart;
    groupEnds[groupCount++] = index;
    index++; // separator
  }
}

/** The group lengths joined by "-" ("3-2-4"). */
function groupShape(): string {
  let shape = "";
  for (let index = 0; index < groupCount; index++) shape += (index > 0 ? "-" : "") + (groupEnds[index]! - groupStarts[index]!);
  return shape;
}

/** True when a group of [first, last] has fewer than three digits. */
function hasShortGroup(first: number, last: number): boolean {
  for (let index = first; index <= last; index++) if (groupEnds[index]! - groupStarts[index]! < 3) return true;
  return false;
}

/** Visa, Mastercard, Amex, Discover: enough on their own; other issuers need a card keyword nearby. */
function majorCardPrefix(digits: string): boolean {
  return MAJOR_CARD_PREFIX_PATTERN_1.test(digits);
}

function cardPrefixPlausible(digits: string): boolean {
  return CARD_PREFIX_PLAUSIBLE_PATTERN_1.test(digits);
}

/**
 * A product barcode's label right before a number (EAN, JAN, GTIN, UPC, barcode, 条码, 바코드 …): with the
 * GS1 check digit, the number is an article's, not a card's, whatever Luhn says.
 */
const BARCODE_LABEL =
  /(?<![\p{L}])(?:ean(?:-?1[34]|-?8)?|jan(?:\s?コード)?|gtin(?:-?1[234]|-?8)?|upc(?:-?a)?|barcode|bar code|strichcode|code[- ]barres?|código de barras|codice a barre|streepjescode|kod kreskowy)(?![\p{L}])[^\n\d]{0,12}$|(?:条码|条形码|條碼|バーコード|바코드)[^\n\d]{0,6}$/iu;

/** The lengths of GS1 numbers: EAN-8, UPC-A, EAN-13, GTIN-14. */
const GS1_LENGTHS = /^(?:\d{8}|\d{12,14})$/;

/** The GS1 check digit (EAN-8, UPC-A, EAN-13, GTIN-14): weights 3 and 1 from the right, before the check digit. */
export function gs1CheckValid(digits: string): boolean {
  if (!GS1_LENGTHS.test(digits)) return false;
  let sum = 0;
  for (let index = digits.length - 2, weight = 3; index >= 0; index--, weight = 4 - weight) sum += (digits.charCodeAt(index) - 48) * weight;
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(digits.length - 1) - 48;
}

/** A labelled product barcode (see BARCODE_LABEL). */
export function isLabelledBarcode(text: string, start: number, digits: string): boolean {
  return gs1CheckValid(digits) && keywordBefore(text, start, BARCODE_LABEL, 32);
}

/** Words near a card number (a payment card's name, network or fields); joined-values.ts reads it too. */
export const CARD_CONTEXT =
  /card|karte|carte|tarjeta|carta|cartão|kaart|visa|master|amex|american express|discover|diners|jcb|maestro|\bcc\b|credit|debit|kredit|crédit|crédito|payment|zahlung|paiement|pago|bandeira|validade|cvv|cvc|bank ?kart|\bkart(?![a-z])|karta|kartu|thẻ|بطاق|カード|카드|卡(?![车拉通])|कार्ड|บัตร/i;

/** True when the groups [first, last] are joined by one and the same separator. */
function separatorsConsistent(text: string, first: number, last: number): boolean {
  for (let index = first + 1; index < last; index++) if (text.charCodeAt(groupEnds[index]!) !== text.charCodeAt(groupEnds[first]!)) return false;
  return true;
}

// "my social is …", "social for the lease: …" (session 47, dev-71): "social" alone before is, for, number, no, a colon
// or an equals sign and a digit (`social = 2|8|7|…`, session 47 review; `social = true` is a setting).
const SSN_CONTEXT =
  /\b(?:ssn|social security|soc\.? sec|sozialversicherung|seguro social|sécurité sociale|tin|itin|taxpayer|social(?= (?:is|for|number|no)\b|:| ?= ?["']?(?:\d|$)))\b/i;
const ITIN_CONTEXT = /\bitin\b|taxpayer/i;
/** The ITIN's middle group: 50–65, 70–88, 90–92 or 94–99 (IRS, since 2011). */
const itinGroupValid = (group: number): boolean => (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
const AADHAAR_CONTEXT = /aadhaa?r|aadhar|uidai|\buid\b|आधार/i;
/**
 * Another kind of number named just before a 4-4-4 group with no Aadhaar word (session 50, dev-82: "número da
 * encomenda?" / "claro, 5521-0764-3318"): an order, invoice or tracking number passes Verhoeff one time in ten.
 */
const OTHER_NUMBER_BEFORE =
  /(?<![\p{L}])(?:order|orders|tracking|invoice|ticket|reference|booking|bestell\p{L}*|rechnung\p{L}*|sendung\p{L}*|commande|facture|pedido|factura|ordine|fattura|encomenda|fatura|bestel\p{L}*|factuur)(?![\p{L}])/iu;
const DE_TAX_CONTEXT = /steuer|\bidnr|identifikationsnummer|\btin\b|tax id|tax identification|steuer-?id/i;
const NHS_CONTEXT = /\bnhs\b|patient|health|gesundheit|hospital|medical|gp\b/i;
const ROUTING_CONTEXT = /routing|\baba\b|\brtn\b|transit number|bank code|wire/i;
const ACCOUNT_CONTEXT =
  /(?:account|acct|a\/c|konto|kontonummer|compte|cuenta|conto|rekening|bankrekening|checking|savings|sort code|bsb|clabe|bank details|bankverbindung|numéro de compte|número de cuenta|numero di conto|blz|bankleitzahl|bank code|clearing)[^\n]{0,24}$/i;
/** A run written as a date (2025-03-14, 14.03.2025): never an account number. */
const DATE_FORM = /^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$/;
// Its English name on a bilingual BRP extract too (session 42, dev-48).
const BSN_CONTEXT = /\bbsn\b|burgerservicenummer|sofinummer|citizen(?:'s|’s)? service number/i;
const SIN_CONTEXT = /\bsin\b|social insurance|numéro d'assurance sociale|\bnas\b/i;
const CPF_CONTEXT = /\bcpf\b|cadastro de pessoas/i;
const PHONE_HINT = /\b(?:tel|phone|call|mobile|cell|fax|telefon|handy|téléphone|teléfono|móvil|whatsapp)\b/i;

/** A US SSN's parts in the issued ranges (no area 000, 666 or 9xx, no group 00, no serial 0000); spoken-digits.ts too. */
export function ssnValid(area: string, group: string, serial: string): boolean {
  const areaNumber = Number(area);
  if (areaNumber === 0 || areaNumber === 666 || areaNumber >= 900) return false;
  if (group === "00" || serial === "0000") return false;
  const full = area + group + serial;
  // Numbers the SSA voided after they appeared in advertising, and the famous sample value.
  if (full === "078051120" || full === "219099999" || SSN_VALID_PATTERN_1.test(full)) return false;
  return !isRepetitive(full);
}

export function bsnValid(digits: string): boolean {
  if (!BSN_VALID_PATTERN_1.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 8; index++) sum += (digits.charCodeAt(index) - 48) * (9 - index);
  sum -= digits.charCodeAt(8) - 48;
  return sum % 11 === 0 && sum !== 0;
}

export function cpfValid(digits: string): boolean {
  if (!CPF_VALID_PATTERN_1.test(digits) || CPF_VALID_PATTERN_2.test(digits)) return false;
  for (const length of [9, 10]) {
    let sum = 0;
    for (let index = 0; index < length; index++) sum += (digits.charCodeAt(index) - 48) * (length + 1 - index);
    const check = ((sum * 10) % 11) % 10;
    if (check !== digits.charCodeAt(length) - 48) return false;
  }
  return true;
}

function classifyRun(text: string, start: number, end: number, emit: Emit): void {
  findGroups(text, start, end);
  // Every check below reads six digits or more (bank accounts; the others 9 to 19): a run of fewer, counted from its
  // groups (which hold every ASCII digit of the run, as `\D` removes the rest), makes no string (session 41, allocation).
  let digitCount = 0;
  for (let group = 0; group < groupCount; group++) digitCount += groupEnds[group]! - groupStarts[group]!;
  if (digitCount < 6) return;
  const raw = text.slice(start, end);
  const digits = raw.replace(NON_DIGITS, "");
  // The group lengths ("3-2-4"), built only for the lengths whose checks read them (9 to 12 digits; no
  // closure per run).
  const shapeText = digits.length >= 9 && digits.length <= 12 ? groupShape() : "";
  const separator = groupCount > 1 ? text[groupEnds[0]!]! : "";

  // Payment cards: windows of whole groups holding 13-19 digits. Cheap shape checks come first;
  // the card keyword test runs at most once per run.
  let cardFound = false;
  let cardContext: boolean | undefined;
  // A run of fewer than 13 digits holds no window of 13 (most runs: dates, amounts, versions): the
  // loop, and the card keyword test it makes from its second group on, are skipped.
  for (let first = 0; digits.length >= 13 && first < groupCount && !cardFound; first++) {
    const firstLength = groupEnds[first]! - groupStarts[first]!;
    if (first > 0 && !(cardContext ??= keywordAround(text, start, end, CARD_CONTEXT, 64))) break;
    let count = 0;
    for (let last = first; last < groupCount; last++) {
      count += groupEnds[last]! - groupStarts[last]!;
      if (count > 19) break;
      if (count < 13) continue;
      const windowGroups = last - first + 1;
      // Card numbers are written whole or in groups that start with four digits (4-4-4-4, 4-6-5);
      // a window cut out of a longer number (order 112-4567890-1234567) needs a card keyword.
      if (windowGroups > 1 && firstLength !== 4 && !(cardContext ??= keywordAround(text, start, end, CARD_CONTEXT, 64))) continue;
      if (windowGroups > 1 && hasShortGroup(first, last) && !(cardContext ??= keywordAround(text, start, end, CARD_CONTEXT, 64))) continue;
      const windowStart = groupStarts[first]!;
      const windowEnd = groupEnds[last]!;
      const windowDigits = text.slice(windowStart, windowEnd).replace(NON_DIGITS, "");
      if (!luhnValid(windowDigits) || CPF_VALID_PATTERN_2.test(windowDigits) || !cardPrefixPlausible(windowDigits)) continue;
      if (text[groupStarts[first]! - 1] === "+") continue; // +4915112345678 is an E.164 phone number, never a card
      if (isLabelledBarcode(text, windowStart, windowDigits)) continue;

      if (!separatorsConsistent(text, first, last)) continue;
      if (!majorCardPrefix(windowDigits) && !(cardContext ??= keywordAround(text, start, end, CARD_CONTEXT, 64))) continue;
      emit("payment_card", windowStart, windowEnd, "luhn", PRIORITY.checksum + 5);
      cardFound = true;
      // Keep looking only for the longest window from this start.
      let longerEnd = windowEnd;
      for (let extra = last + 1; extra < groupCount; extra++) {
        count += groupEnds[extra]! - groupStarts[extra]!;
        if (count > 19) break;
        const longer = text.slice(windowStart, groupEnds[extra]!).replace(NON_DIGITS, "");
        if (longer.length >= 13 && luhnValid(longer) && cardPrefixPlausible(longer)) longerEnd = groupEnds[extra]!;
      }
      if (longerEnd !== windowEnd) emit("payment_card", windowStart, longerEnd, "luhn", PRIORITY.checksum + 6);
      break;
    }
  }
  if (cardFound) return;

  // US SSN: 3-2-4 with one separator, or nine digits next to an SSN keyword.
  if (
    (digits.length === 9 && shapeText === "3-2-4" && (separator === "-" || separator === " " || separator === ".")) ||
    (digits.length === 9 && groupCount === 1 && keywordBefore(text, start, SSN_CONTEXT, 48))
  ) {
    if (
      ssnValid(digits.slice(0, 3), digits.slice(3, 5), digits.slice(5)) &&
      (separator === "-" || keywordBefore(text, start, SSN_CONTEXT, 64) || !keywordBefore(text, start, PHONE_HINT, 32))
    ) {
      emit("us_ssn", start, end, "ssn-valid-range", PRIORITY.checksum);
      return;
    }
  }

  // US ITIN (session 54, dev-98: "my itin is 971-83-2020", an `itin` column or key): the IRS's number for taxpayers
  // without an SSN — area 9, group 50–65, 70–88, 90–92 or 94–99 — in any grouping after an ITIN or taxpayer word
  // ("my taxpayer id is 911-701234"); not after an order, invoice or tracking word. Never without the word: a bare
  // 9xx-xx-xxxx is an impossible SSN ("Is 952-59-4270 a possible SSN format?") or anything else ("a tin of … beads").
  if (
    digits.length === 9 &&
    digits.charCodeAt(0) === 57 &&
    itinGroupValid(Number(digits.slice(3, 5))) &&
    keywordBefore(text, start, ITIN_CONTEXT, 64) &&
    !isRepetitive(digits) &&
    !keywordBefore(text, start, OTHER_NUMBER_BEFORE, 48)
  ) {
    emit("national_id", start, end, "us-itin", PRIORITY.checksum);
    return;
  }

  // Aadhaar: 12 digits (4-4-4 or joined), first digit 2-9, Verhoeff check; joined form needs a keyword.
  if (
    digits.length === 12 &&
    CLASSIFY_RUN_PATTERN_1.test(digits) &&
    (shapeText === "4-4-4" || (shapeText === "12" && keywordAround(text, start, end, AADHAAR_CONTEXT, 64)))
  ) {
    const otherNumber = keywordBefore(text, start, OTHER_NUMBER_BEFORE, 80) && !keywordAround(text, start, end, AADHAAR_CONTEXT, 80);
    if (verhoeffValid(digits) && !isRepetitive(digits) && !otherNumber) {
      emit("national_id", start, end, "aadhaar-verhoeff", PRIORITY.checksum);
      return;
    }
  }

  // German Steuer-IdNr: 11 digits, written joined or 2-3-3-3, next to a tax keyword (or in 2-3-3-3 form).
  if (
    digits.length === 11 &&
    (shapeText === "11" || shapeText === "2-3-3-3") &&
    germanTaxIdValid(digits) &&
    (shapeText === "2-3-3-3" || keywordAround(text, start, end, DE_TAX_CONTEXT, 64))
  ) {
    emit("national_id", start, end, "de-steuer-idnr", PRIORITY.checksum);
    return;
  }

  // UK NHS number: 10 digits (3-3-4 or joined), mod 11, next to a health keyword.
  if (digits.length === 10 && (shapeText === "3-3-4" || shapeText === "10") && nhsNumberValid(digits) && keywordAround(text, start, end, NHS_CONTEXT, 64)) {
    emit("medical_record", start, end, "nhs-number", PRIORITY.checksum);
    return;
  }

  if (digits.length === 9 && groupCount <= 3) {
    if (keywordBefore(text, start, ROUTING_CONTEXT, 48) && abaRoutingValid(digits)) {
      emit("bank_account", start, end, "aba-routing", PRIORITY.checksum);
      return;
    }
    if (keywordBefore(text, start, BSN_CONTEXT, 48) && bsnValid(digits)) {
      emit("national_id", start, end, "nl-bsn", PRIORITY.checksum);
      return;
    }
    // 64 characters: the holder may stand between ("Le numéro d'assurance sociale de Mathieu Gagnon est …", session 54).
    // Session 55: a first digit 0 or 8 is no person's SIN (canadianSinValid).
    if (keywordBefore(text, start, SIN_CONTEXT, 64) && canadianSinValid(digits)) {
      emit("national_id", start, end, "ca-sin", PRIORITY.checksum);
      return;
    }
  }
  if (digits.length === 11 && (CLASSIFY_RUN_PATTERN_2.test(raw) || keywordBefore(text, start, CPF_CONTEXT, 48)) && cpfValid(digits)) {
    emit("national_id", start, end, "br-cpf", PRIORITY.checksum);
    return;
  }

  // Bank account numbers: 6-17 digits right after an account keyword (no checksum is universal).
  // The keyword's pattern last (it is the costly test): a date such as 2025-03-14 never gets there.
  if (digits.length >= 6 && digits.length <= 17 && !DATE_FORM.test(raw) && !isRepetitive(digits) && keywordBefore(text, start, ACCOUNT_CONTEXT, 40)) {
    if (!isCloudAccount(text, start, end)) emit("bank_account", start, end, "account-number-in-context", PRIORITY.contextual);
  }
}

/**
 * Where DIGIT_RUN can start: at a run of digits after no ASCII letter, digit, "_", ".", "/" or "-" (its
 * look-behind), holding with the runs joined to it by single separators at least six digits.
 */
const digitRunMayStart = (text: string, run: number) => !asciiWordBefore(text, run, "_./-") && digitChainHolds(text, run, 6, " \u00a0./-");
export const DIGIT_IDENTIFIER_STARTS = { pattern: DIGIT_RUN, mayStart: digitRunMayStart };

/** The sort-code keywords (lower-cased): answered by the scan's keyword pass, not a search of the text each. */
const SORT_CODE_STEMS = ["sort", "bsb"];

function runDigitRuns(text: string, emit: Emit, lower: string): void {
  forEachMatchSpanAtDigitRunStarts(text, DIGIT_RUN, digitRunMayStart, (start, matchEnd) => {
    let end = matchEnd;
    while (end > start && !DIGIT.test(text[end - 1]!)) end--;
    classifyRun(text, start, end, emit);
  });
  // UK sort code (12-34-56) next to its keyword.
  if (containsAny(lower, SORT_CODE_STEMS)) {
    const sortCode = /(?:sort ?code|BSB)[^\d\n]{0,16}(\d{2}[- ]?\d{2}[- ]?\d{2}|\d{3}-\d{3})(?!\d)/gi;
    for (let match = sortCode.exec(text); match !== null; match = sortCode.exec(text)) {
      const value = match[1]!;
      const start = match.index + match[0].length - value.length;
      emit("bank_account", start, start + value.length, "sort-code", PRIORITY.contextual);
    }
  }
}

/**
 * A card number in a scan's OCR text, its four groups of four digits with one gap at least wider than one space
 * ("Cartão  5412  5545  9479  6390": session 40, dev-38; mixed "5412 5545  9479  6390": session 40 review), which
 * DIGIT_RUN (single separators) does not join. Luhn-valid, a plausible prefix and a card word within 64 characters; not
 * a labelled barcode. Runs only when the text holds a card word.
 */
const OCR_CARD = /\d(?<!\p{N}\d)\d{3}(?:(?: {1,3}|\t)\d{4}){3}(?![\p{N}])/gu;
/** Tried with `endRun` (digit-runs.ts): four digits, then a space or tab (test/unit/privacy/digit-run-ends.test.ts). */
export const OCR_CARD_FORM = OCR_CARD;
const WIDE_GAP = / {2}|\t/u;
/** The card words of CARD_CONTEXT as literals (one of which every CARD_CONTEXT match holds), answered by the scan's keyword pass. */
const CARD_STEMS = [
  "card",
  "karte",
  "carte",
  "tarjeta",
  "carta",
  "cartão",
  "kaart",
  "visa",
  "master",
  "amex",
  "cvv",
  "cvc",
  "credit",
  "debit",
  "kredit",
  "crédit",
  "crédito",
  "payment",
  "zahlung",
  "paiement",
  "pago",
  "bandeira",
  "validade",
  "maestro",
  "jcb",
  "diners",
  "discover",
  "american express",
  "cc",
  "bankkart",
  "bank kart",
  "karta",
  "kartu",
  "thẻ",
  "بطاق",
  "カード",
  "카드",
  "卡",
  "kart",
  "कार्ड",
  "บัตร",
];

function runOcrCards(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, CARD_STEMS)) return;
  // Tried only where a run of four digits or more ends four digits on (a space or tab follows them; digit-runs.ts): the
  // text is not searched position by position.
  forEachMatchStartingWithDigits(
    text,
    OCR_CARD,
    4,
    (match) => {
      // One wide gap at least (session 40 review: "5412 5545  9479  6390"); single-spaced runs are DIGIT_RUN's.
      if (!WIDE_GAP.test(match[0])) return;
      const digits = match[0].replace(NON_DIGITS, "");
      if (!luhnValid(digits) || !cardPrefixPlausible(digits) || isLabelledBarcode(text, match.index, digits)) return;
      if (!keywordAround(text, match.index, match.index + match[0].length, CARD_CONTEXT, 64)) return;
      emit("payment_card", match.index, match.index + match[0].length, "luhn-ocr-spaced", PRIORITY.checksum + 5);
    },
    true,
  );
}

export const numberDetectors: Detector[] = [
  { name: "digit-identifiers", run: runDigitRuns },
  { name: "ocr-spaced-cards", run: runOcrCards },
];
