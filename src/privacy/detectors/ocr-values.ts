/**
 * Checksummed values as OCR and copy-from-PDF deliver them (session 42, dev-45), each read only where its check proves
 * it, so the confusions a reader tolerates cannot make a random string a value:
 * - `ocr-card`: four groups of four (or Amex 4-6-5) of digits and the letters OCR reads for them (O, I, l, S, B), at
 *   least one such letter (a clean number is numbers.ts's), Luhn-valid once folded, a card brand's first digit (2–6),
 *   in a text with a card word;
 * - `ocr-iban`: after an account label (IBAN, rachunku, rekening, Konto, compte, cuenta, conto, hesap) — glued to it or
 *   not, as a PDF's collapsed columns write it — a country code and the country's length of characters, read across
 *   single spaces, a hyphen at a line end, a line break, and at most one whole line between (a page header or footer
 *   inside the statement), mod 97 as written or with O, I, l, S, B beside a digit read as digits; the value may run on
 *   into the next column's word;
 * - `ocr-labelled-id`: after a DNI/NIE, PESEL, Steuer-ID/Identifikationsnummer, BSN or social-security label, the
 *   number with OCR letters folded and glued to the next column's word allowed, valid by its own check (DNI letter,
 *   PESEL weights, MOD 11,10 and the digit-count rule, elfproef, the SSN's ranges and its 3-2-4 form);
 * - `wifi-key-label`: the key printed on a Wi-Fi card or router sticker after its label ("Network key", "WLAN-
 *   Netzwerkschlüssel", "Clé de sécurité", "WPA key", "Pre-shared key" …): 8–63 characters with a letter and a digit,
 *   or groups of digits of 16 or more (FRITZ!Box keys); a word after the label ("finden Sie …", "voir l'étiquette")
 *   is no value.
 * - `pdf-pay-columns`: a payslip's columns collapsed by a PDF copy ("Gross pay£4,215.00Tax£651.20Net pay£3,351.32"):
 *   a pay label glued to its amount, on a line with another such seam (a letter right before a digit or currency),
 *   in a text naming its employee (field-values.ts `NAMED_FIELD`); the line-start pay fields stay field-values.ts's.
 * Our own code. Each reader is gated by the shared keyword pass and reads a bounded window after each label.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { ibanValid, germanTaxIdValid, luhnValid, spanishIdValid } from "../checksums.js";
import { isRepetitive } from "../context.js";
import { IBAN_LENGTHS } from "./iban.js";
import { bsnValid, ssnValid } from "./numbers.js";
import { peselValid } from "./east-european.js";
import { isPublicTestValue } from "../judgement/test-values.js";
import { AMOUNT, FIELD_LABEL_GATES, NAMED_FIELD, PAY_LABELS, PAY_STEMS } from "./field-values.js";

const AS_DIGIT: Readonly<Record<string, string>> = { O: "0", o: "0", I: "1", l: "1", S: "5", B: "8" };
const fold = (value: string) => value.replace(/[OoIlSB]/g, (char) => AS_DIGIT[char]!);
const isDigit = (char: string | undefined) => char !== undefined && char >= "0" && char <= "9";

const CARD_STEMS = [
  "card",
  "visa",
  "mastercard",
  "amex",
  "american express",
  "carte",
  "karte",
  "tarjeta",
  "cartão",
  "carta",
  "kaart",
  "cvv",
  "cvc",
  "卡",
  "カード",
  "카드",
];
const OCR_CARD = /(?<![\p{L}\p{N}])(?:[0-9OIlSB]{4}(?: {1,3}[0-9OIlSB]{4}){3}|[0-9OIlSB]{4} {1,3}[0-9OIlSB]{6} {1,3}[0-9OIlSB]{5})(?![\p{L}\p{N}])/gu;
const OCR_LETTER = /[OIlSB]/;

function runOcrCards(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, CARD_STEMS)) return;
  OCR_CARD.lastIndex = 0;
  for (let match = OCR_CARD.exec(text); match !== null; match = OCR_CARD.exec(text)) {
    if (!OCR_LETTER.test(match[0])) continue;
    const digits = fold(match[0]).replace(/ /g, "");
    if ((match[0].match(/\d/g) ?? []).length < 10 || !"23456".includes(digits[0]!) || isRepetitive(digits) || !luhnValid(digits)) continue;
    // A documented test card read with OCR letters is still the test card.
    if (isPublicTestValue("payment_card", digits)) continue;
    // Session 42 review: a value the line itself calls a demo or an example ("the Luhn demo value SOlO 1234 …") is
    // judged by the scanner (judgement/documentation-cues.ts, session 44).
    emit("payment_card", match.index, match.index + match[0].length, "ocr-card", PRIORITY.checksum);
  }
}

const ACCOUNT_STEMS = ["iban", "rachunk", "rekening", "konto", "compte", "cuenta", "conto", "hesap"];
const ACCOUNT_LABEL = /iban|rachunk\p{L}*|rekening\p{L}*|konto\p{L}*|compte|cuenta|conto|hesap/giu;
const LABEL_TAIL = /^[\s:.#°º№-]{0,4}(?:(?:nr|no|n°|number|nummer|numer)\.?[\s:.#-]{0,3})?/iu;
const IBAN_CHAR = /[A-Za-z0-9]/;
/** The longest line taken as a page header or footer inside a value. */
const SEAM_LINE = 100;

/**
 * The IBAN starting at `start` read to `length` characters, from `at` on, across single spaces, a hyphen at a line
 * end and line breaks; `skipLine` once lets a whole line between two parts be passed over. Returns [compact, end].
 */
function readAcross(text: string, start: number, length: number, skipLine: boolean): [string, number] | undefined {
  let compact = "";
  let index = start;
  let skipped = !skipLine;
  while (compact.length < length && index < text.length && index - start < 200) {
    const char = text[index]!;
    if (IBAN_CHAR.test(char)) {
      compact += char.toUpperCase();
      index++;
    } else if ((char === " " || char === "\u00a0") && IBAN_CHAR.test(text[index + 1] ?? "")) index++;
    else if (char === "-" && text[index + 1] === "\n") index += 2;
    else if (char === "\n" || (char === " " && text[index + 1] === "\n")) {
      index = text.indexOf("\n", index) + 1;
      if (!skipped) {
        // One whole line of at most SEAM_LINE characters (looked for within them only: the scan stays linear).
        let next = index;
        while (next < text.length && next - index <= SEAM_LINE && text[next] !== "\n") next++;
        if (text[next] !== "\n" || next - index > SEAM_LINE) return undefined;
        index = next + 1;
        skipped = true;
      }
    } else break;
  }
  return compact.length === length ? [compact, index] : undefined;
}

/** O, I, l, S, B read as digits where a digit stands beside them (RABO of a Dutch IBAN stays letters). */
function foldBesideDigits(compact: string): string {
  let out = compact.slice(0, 2);
  for (let index = 2; index < compact.length; index++) {
    const char = compact[index]!;
    const digit = AS_DIGIT[char];
    out +=
      digit !== undefined && (isDigit(out[out.length - 1]) || isDigit(compact[index + 1]) || AS_DIGIT[compact[index + 1] ?? ""] !== undefined) ? digit : char;
  }
  return out;
}

function runOcrIbans(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, ACCOUNT_STEMS)) return;
  ACCOUNT_LABEL.lastIndex = 0;
  for (let label = ACCOUNT_LABEL.exec(text); label !== null; label = ACCOUNT_LABEL.exec(text)) {
    const at = label.index + label[0].length + LABEL_TAIL.exec(text.slice(label.index + label[0].length, label.index + label[0].length + 16))![0].length;
    const country = text.slice(at, at + 2);
    const length = IBAN_LENGTHS[country];
    if (length === undefined || !/^[0-9OIlSB]{2}$/.test(text.slice(at + 2, at + 4))) continue;
    for (const skipLine of [false, true]) {
      const read = readAcross(text, at, length, skipLine);
      if (read === undefined) continue;
      const [compact, end] = read;
      const valid = ibanValid(compact) ? compact : foldBesideDigits(compact);
      // A published example IBAN (the ECBS and banks' examples) read across a seam or with OCR letters is still one.
      if (isRepetitive(compact.slice(4)) || !ibanValid(valid) || isPublicTestValue("iban", valid)) continue;
      let last = end;
      while (last > at && !IBAN_CHAR.test(text[last - 1]!)) last--;
      emit("iban", at, last, "ocr-iban", PRIORITY.checksum + 10);
      ACCOUNT_LABEL.lastIndex = Math.max(ACCOUNT_LABEL.lastIndex, last);
      break;
    }
  }
}

const ID_STEMS = ["dni", "nie", "pesel", "steuer", "identifikationsnummer", "bsn", "burgerservice", "social security", "ssn"];
const ID_LABEL =
  /(?<![\p{L}])(?:(dni|nie)|(pesel)(?:\s+podatnika)?|(steuer-?id(?:entifikationsnummer)?|identifikationsnummer|steuerliche idnr\.?)|(bsn|burgerservicenummer)|(ssn|social security (?:number|no\.?)))[\s:.#]{0,3}/giu;
const ID_VALUE = /^[0-9OIlSB][0-9OIlSB .-]{7,12}[0-9OIlSB]?[A-Z]?/;

function runOcrLabelledIds(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, ID_STEMS)) return;
  ID_LABEL.lastIndex = 0;
  for (let label = ID_LABEL.exec(text); label !== null; label = ID_LABEL.exec(text)) {
    const start = label.index + label[0].length;
    const raw = ID_VALUE.exec(text.slice(start, start + 20))?.[0];
    if (raw === undefined) continue;
    const found = labelledValue(label, raw);
    if (found === undefined) continue;
    emit(found[0], start, start + found[1], "ocr-labelled-id", PRIORITY.checksum);
  }
}

/** The category and length of the value a label's check proves at the start of `raw`, if any. */
function labelledValue(label: RegExpExecArray, raw: string): [category: "national_id" | "us_ssn", length: number] | undefined {
  const folded = fold(raw);
  if (label[1] !== undefined) {
    const dni = /^(\d{8})([A-Z])/.exec(fold(raw.slice(0, 8)) + raw.slice(8));
    return dni !== null && spanishIdValid(dni[0]) ? ["national_id", 9] : undefined;
  }
  if (label[2] !== undefined) return /^\d{11}/.test(folded) && peselValid(folded.slice(0, 11)) ? ["national_id", 11] : undefined;
  if (label[3] !== undefined) {
    const digits = /^(?:\d ?){11}/.exec(folded)?.[0];
    return digits !== undefined && germanTaxIdValid(digits.replace(/ /g, "")) ? ["national_id", digits.trimEnd().length] : undefined;
  }
  if (label[4] !== undefined) {
    const digits = /^\d{4}\.?\d{2}\.?\d{3}/.exec(folded)?.[0];
    return digits !== undefined && bsnValid(digits.replace(/\./g, "")) ? ["national_id", digits.length] : undefined;
  }
  const ssn = /^(\d{3})-(\d{2})-(\d{4})/.exec(folded);
  return ssn !== null && ssnValid(ssn[1]!, ssn[2]!, ssn[3]!) ? ["us_ssn", 11] : undefined;
}

const WIFI_STEMS = [
  "network key",
  "netzwerkschlüssel",
  "wlan-schlüssel",
  "wlan-key",
  "clé de sécurité",
  "clé wi",
  "wpa",
  "pre-shared",
  "wireless key",
  "chiave di rete",
  "netwerksleutel",
  "ネットワークキー",
  "暗号化キー",
];
const WIFI_LABEL =
  /(?:network key|(?:wlan-)?netzwerkschlüssel|wlan-schlüssel|wlan-key|clé de sécurité(?: wi-?fi)?|clé wi-?fi|clé wpa2?|wpa2?(?:-psk)? (?:key|passphrase)|wpa2?-psk|pre-shared key|wireless key|chiave di rete|netwerksleutel|ネットワークキー|暗号化キー)\s*(?:\([^)\n]{0,20}\)\s*)?[:：=]?\s*/giu;
/** A Wi-Fi key label ending right before a value, on the value's line (WIFI_LABEL anchored at the end). */
const WIFI_LABEL_BEFORE = new RegExp(`(?:${WIFI_LABEL.source})$`, "iu");

/**
 * True when the value at `start` follows a Wi-Fi key label on its line (session 46): the scanner judges a manual's note
 * after it as for `wifi-key-label`, also when the label's own reader left the key to the standalone reader (a key that
 * names itself a placeholder, "Netzwerkschlüssel: Standardpasswort12").
 */
export function afterWifiKeyLabel(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 48), start);
  return WIFI_LABEL_BEFORE.test(window.slice(window.lastIndexOf("\n") + 1));
}
const WIFI_VALUE = /^(?:\d{4}(?: \d{4}){3,5}(?![\d])|[!-~]{8,63}(?![!-~]))/;
const LETTER_AND_DIGIT = /^(?=.*[A-Za-z])(?=.*\d)/;
/** One comma, semicolon or full stop ending the value: the sentence's, not the key's. */
const SENTENCE_MARK_AFTER = /[,;.]$/;
/** Session 42 review: a key that names itself a placeholder (a manual's note after the key is judged by the scanner). */
const PLACEHOLDER_KEY = /changeme|passwor|example|beispiel|exemple|default|standard|your-?own|placeholder/i;

function runWifiKeyLabels(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, WIFI_STEMS)) return;
  WIFI_LABEL.lastIndex = 0;
  for (let label = WIFI_LABEL.exec(text); label !== null; label = WIFI_LABEL.exec(text)) {
    const start = label.index + label[0].length;
    const read = WIFI_VALUE.exec(text.slice(start, start + 80))?.[0];
    // A sentence's comma, semicolon or full stop after the key is no part of it ("Kx7mPq29vLw4, bitte …"; session 47).
    const value = read !== undefined && read.length > 8 && !read.includes(" ") ? read.replace(SENTENCE_MARK_AFTER, "") : read;
    if (value === undefined || (!value.includes(" ") && !LETTER_AND_DIGIT.test(value)) || isRepetitive(value.replace(/ /g, ""))) continue;
    // A manual's placeholder ("CHANGEME1"); its note after the key ("… aus dem Handbuch ändern") is judged by the
    // scanner (judgement/documentation-cues.ts, session 44).
    if (PLACEHOLDER_KEY.test(value)) continue;
    emit("password", start, start + value.length, "wifi-key-label", PRIORITY.contextual + 5);
  }
}

const GLUED_PAY = new RegExp(`(?:${PAY_LABELS})(?=[^\\s\\p{L}])(${AMOUNT})`, "giu");
/**
 * A letter for the seam count, from its code alone (a `\p{L}` test per non-ASCII character cost the bench prompt's CJK
 * and Cyrillic text ~40 µs): Latin-1 letters and every code point past them except the punctuation, symbol and
 * currency blocks (U+2000–U+2BFF, U+3000–U+303F, the full-width punctuation U+FF00–U+FF20) and × ÷.
 */
function wordCharacter(code: number): boolean {
  if (code < 0xc0 || code === 0xd7 || code === 0xf7) return false;
  return !((code >= 0x2000 && code <= 0x2bff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xff20));
}
const CURRENCY = "$£€¥₹₩₽";

/** An amount right at a seam: a currency sign, or digits with a thousands group or cents. */
const SEAM_AMOUNT = /(?:[$£€¥₹₩₽]\s?)?(?:\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+[.,]\d{2})|[$£€¥₹₩₽]\s?\d/y;

/**
 * The lines holding two or more column seams — a word of two or more letters right before an amount ("pay£4,215.00",
 * "DEVENGADO2.610,45", "지급총액4,380,000") — in one pass over the characters (a regex pass with the pay labels over
 * the whole text cost the bench prompt ~40 µs).
 */
function seamLines(text: string): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let lineStart = 0;
  let seams = 0;
  let letters = 0;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 10;
    if (code === 10) {
      if (seams >= 2) lines.push([lineStart, index]);
      lineStart = index + 1;
      seams = 0;
      letters = 0;
      continue;
    }
    const letter = code < 0x80 ? (code | 32) >= 97 && (code | 32) <= 122 : wordCharacter(code);
    if (!letter && letters >= 2 && ((code >= 48 && code <= 57) || code === 36 || (code > 0x7f && CURRENCY.includes(text[index]!)))) {
      SEAM_AMOUNT.lastIndex = index;
      if (SEAM_AMOUNT.test(text)) seams++;
    }
    letters = letter ? letters + 1 : 0;
  }
  return lines;
}

function runPdfPayColumns(text: string, emit: Emit, lower: string): void {
  // The employee's name field first (~3 µs on the bench prompt, which names none), then the seams' character pass.
  if (!containsAny(lower, PAY_STEMS) || !FIELD_LABEL_GATES[1]!.mayMatch(text, lower) || !NAMED_FIELD.test(text)) return;
  for (const [lineStart, lineEnd] of seamLines(text)) {
    const line = text.slice(lineStart, lineEnd);
    GLUED_PAY.lastIndex = 0;
    for (let match = GLUED_PAY.exec(line); match !== null; match = GLUED_PAY.exec(line)) {
      const start = lineStart + match.index + match[0].length - match[1]!.length;
      emit("financial", start, start + match[1]!.trimEnd().length, "pdf-pay-columns", PRIORITY.contextual);
    }
  }
}

export const ocrValueDetectors: Detector[] = [
  { name: "pdf-pay-columns", run: runPdfPayColumns },
  { name: "ocr-card", run: runOcrCards },
  { name: "ocr-iban", run: runOcrIbans },
  { name: "ocr-labelled-id", run: runOcrLabelledIds },
  { name: "wifi-key-label", run: runWifiKeyLabels },
];
