/**
 * Machine-readable zones as OCR reads them (session 42, dev-45): a scanner or phone camera reads the filler `<` as `K`
 * or `«`, and confuses O/0, I/1/l, S/5 and B/8, so the exact-format readers (identifier-formats.ts `MRZ_LINE_2`,
 * ids.ts `MRZ`) miss the line. This reader takes each line of exactly 44 (passport, TD3 line 2) or 30 characters
 * (identity card, TD1 line 1 followed by its line 2) in the MRZ alphabet plus those confusions (and up to three single
 * spaces an OCR pass puts between fields, dropped before reading: session 43 review), folds each field by
 * what it must hold (digits in the dates and check digits, letters in the nationality, `<` for `«`), and reports the
 * line when the birth date's and the expiry date's check digits hold and some reading of the document number (each
 * confusable character taken as itself or its twin) matches the number's check digit. Specimens are nobody's: the ICAO
 * state `UTO`, and a name line or number of a published specimen (MUSTERMANN, ERIKSSON ANNA MARIA, SPECIMEN …).
 * Our own code from ICAO 9303.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY } from "../detector.js";
import { mrzCheck } from "./identifier-formats.js";
import { doubled } from "../digit-runs.js";

/** A character an MRZ line as OCR'd may hold: A–Z, 0–9, `<`, `«` and lower-case letters (mrzLine folds them; `l` is a read 1). */
const isMrzChar = (code: number) => (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 60 || code === 0xab || (code >= 97 && code <= 122);
const AS_DIGIT: Readonly<Record<string, string>> = { O: "0", D: "0", I: "1", l: "1", S: "5", B: "8", Z: "2" };
const AS_LETTER: Readonly<Record<string, string>> = { "0": "O", "1": "I", "5": "S", "8": "B", "«": "<", K: "<" };
/** Each confusable character of a document number and what it may stand for. */
const TWIN: Readonly<Record<string, string>> = { O: "0", "0": "O", I: "1", "1": "I", l: "1", S: "5", "5": "S", B: "8", "8": "B", K: "<", "«": "<" };
/** More confusable characters than this in a number: its check digit proves too little to read. */
const MAX_CONFUSABLE = 6;

/** `field` with every character read as a digit, or undefined when one cannot be. */
function digitsOf(field: string): string | undefined {
  let out = "";
  for (const char of field) {
    const digit = char >= "0" && char <= "9" ? char : AS_DIGIT[char];
    if (digit === undefined) return undefined;
    out += digit;
  }
  return out;
}

/** A date field (six digits) followed by its check digit, as OCR'd. */
function dateHolds(field: string): boolean {
  const digits = digitsOf(field);
  return digits !== undefined && mrzCheck(digits.slice(0, 6)) === Number(digits[6]);
}

/** Some reading of the nine-character number (each confusable character as itself or its twin) matches `check`. */
function numberHolds(number: string, check: string): boolean {
  const digit = digitsOf(check);
  if (digit === undefined) return false;
  let readings = [""];
  let confusable = 0;
  for (const char of number) {
    const twin = TWIN[char];
    const plain = char === "l" ? "1" : char === "«" ? "<" : char;
    if (twin !== undefined && twin !== plain && ++confusable <= MAX_CONFUSABLE) readings = readings.flatMap((head) => [head + plain, head + twin]);
    else readings = readings.map((head) => head + plain);
  }
  if (confusable > MAX_CONFUSABLE) return false;
  return readings.some((reading) => mrzCheck(reading) === Number(digit));
}

const letters = (field: string) => [...field].map((char) => AS_LETTER[char] ?? char).join("");
/** A published specimen's name line, its `<` as OCR'd (`K`, `«` are folded to `<` only where the name has no K). */
const SPECIMEN_NAME = /SPECIMEN|SPECI20|MUSTERMANN|ERIKSSON[<K]{2}ANNA|[<K]{2}MODELO|[<K]{2}SAMPLE|[<K]{2}TESTE?[<K]|DE[<K]BRUIJN[<K]{2}WILLEKE/;
const nameOf = (field: string) => [...field].map((char) => (char === "K" ? char : (AS_LETTER[char] ?? char))).join("");
/** Published specimens' document numbers, read as letters (0 as O, 1 as I …) so an OCR'd one compares equal. */
const SPECIMEN_NUMBER = new Set(["L898902C3", "T22000129", "SPECI2014", "C01X00T47", "D23145890"].map((number) => letters(number)));

/** The trimmed line [start, end) of `text` around each line break, in order. */
function forEachLine(text: string, visit: (start: number, end: number, next: number) => void): void {
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    let from = start;
    let to = end;
    while (from < to && (text[from] === " " || text[from] === "\t")) from++;
    while (to > from && (text[to - 1] === " " || text[to - 1] === "\t" || text[to - 1] === "\r")) to--;
    visit(from, to, newline === -1 ? -1 : newline + 1);
    if (newline === -1) break;
    start = newline + 1;
  }
}

/** Spaces an OCR pass may put inside a zone's line ("5334755143 GBR8812049M…": session 43 review), at most. */
const MAX_SPACES = 3;

/**
 * The line [start, end) as an MRZ line of 44 or 30 characters, its spaces (at most `MAX_SPACES`) dropped, or undefined.
 * Reads at most 44 + `MAX_SPACES` characters of a line.
 */
function mrzLine(text: string, start: number, end: number): string | undefined {
  if (end - start < 30 || end - start > 44 + MAX_SPACES) return undefined;
  let spaces = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 32 && index > start && text.charCodeAt(index - 1) !== 32 && ++spaces <= MAX_SPACES) continue;
    if (!isMrzChar(code)) return undefined;
  }
  const length = end - start - spaces;
  if (length !== 44 && length !== 30) return undefined;
  const line = spaces === 0 ? text.slice(start, end) : text.slice(start, end).replaceAll(" ", "");
  // Session 45: a line typed or pasted in lower case ("5334755143gbr8812049m…") is read upper-cased, its `l` kept as a
  // read 1; a line mixing cases is none.
  if (!LOWER_LETTER.test(line)) return line;
  return UPPER_LETTER.test(line) ? undefined : line.replace(LOWER_NOT_L, (char) => char.toUpperCase());
}
const LOWER_LETTER = /[a-km-z]/;
const UPPER_LETTER = /[A-Z]/;
const LOWER_NOT_L = /[a-km-z]/g;

/** Reused line bounds of runOcrMrz (grown when a text has more lines). */
let lineStarts = new Int32Array(256);
let lineEnds = new Int32Array(256);

function runOcrMrz(text: string, emit: Emit): void {
  if (!text.includes("<") && !text.includes("«")) return;
  // The lines' bounds in reused arrays: a tuple per line was 8 KB a scan of the bench prompt (session 45).
  let count = 0;
  forEachLine(text, (start, end) => {
    if (count === lineStarts.length) {
      lineStarts = doubled(lineStarts);
      lineEnds = doubled(lineEnds);
    }
    lineStarts[count] = start;
    lineEnds[count++] = end;
  });
  for (let index = 0; index < count; index++) {
    const end = lineEnds[index]!;
    let start = lineStarts[index]!;
    let line = mrzLine(text, start, end);
    // Session 45: a line after a label on the same line ("my passport line: 5334755143GBR…"): the part after its colon.
    if (line === undefined && end - start > 47) {
      // Looked for within the 49 characters before the line's end (no search back to the text's start).
      let colon = end - 32;
      while (colon > end - 49 && !(text[colon] === ":" && text[colon + 1] === " ")) colon--;
      if (colon > end - 49) {
        start = colon + 2;
        line = mrzLine(text, start, end);
      }
    }
    if (line === undefined) continue;
    if (line.length === 44) {
      // TD3 line 2: number(9) check nationality(3) birth(6) check sex expiry(6) check optional(14) check composite.
      const nation = letters(line.slice(10, 13));
      if (nation === "UTO" || !/^[A-Z<]{3}$/.test(nation) || !"MFX<«K".includes(line[20]!)) continue;
      if (!dateHolds(line.slice(13, 20)) || !dateHolds(line.slice(21, 28)) || !numberHolds(line.slice(0, 9), line[9]!)) continue;
      // A published specimen (SPECIMEN_NAME, SPECIMEN_NUMBER) is reported too: isSpecimenMrz judges it, honouring testValues.
      emit("passport", start, end, "ocr-mrz-td3", PRIORITY.checksum);
    } else if (index + 1 < count && mrzLine(text, lineStarts[index + 1]!, lineEnds[index + 1]!)?.length === 30) {
      // TD1 line 1: document code(2) state(3) number(9) check optional(15); line 2: birth(6) check sex expiry(6) check …
      const second = mrzLine(text, lineStarts[index + 1]!, lineEnds[index + 1]!)!;
      if (!/^[IAC1][A-Z<«K]$/.test(line.slice(0, 2)) || letters(line.slice(2, 5)) === "UTO" || !"MFX<«K".includes(second[7]!)) continue;
      if (!dateHolds(second.slice(0, 7)) || !dateHolds(second.slice(8, 15)) || !numberHolds(line.slice(5, 14), line[14]!)) continue;
      emit("national_id", start, end, "ocr-mrz-td1", PRIORITY.checksum);
    }
  }
}

export const ocrMrzDetectors: Detector[] = [{ name: "ocr-mrz", run: runOcrMrz }];

/** The line after the one holding `index` (from its line break on), or "" when there is none. */
function lineAfter(text: string, index: number): [number, number] | undefined {
  const newline = text.indexOf("\n", index);
  if (newline === -1) return undefined;
  const next = text.indexOf("\n", newline + 1);
  return [newline + 1, next === -1 ? text.length : next];
}

/**
 * True for an MRZ finding of a published specimen (ICAO 9303's Anna Eriksson, Germany's Erika Mustermann, the `SPECIMEN`
 * name lines and numbers): a documented example, dropped by the scanner unless `privacy.testValues: sensitive`
 * (judgement/known-examples.ts). Reads the name line the reader read: the line before a TD3 line 2, two after a TD1 line 1.
 */
export function isSpecimenMrz(text: string, finding: { start: number; end: number; rule: string }): boolean {
  const line = mrzLine(text, finding.start, finding.end);
  if (line === undefined) return false;
  if (finding.rule === "ocr-mrz-td3") {
    const previousBreak = text.lastIndexOf("\n", finding.start - 1);
    const name = previousBreak === -1 ? "" : text.slice(text.lastIndexOf("\n", previousBreak - 1) + 1, previousBreak);
    return SPECIMEN_NAME.test(nameOf(name)) || SPECIMEN_NUMBER.has(letters(line.slice(0, 9)));
  }
  if (finding.rule !== "ocr-mrz-td1") return false;
  const second = lineAfter(text, finding.end);
  const third = second && lineAfter(text, second[1]);
  return SPECIMEN_NAME.test(third ? nameOf(text.slice(...third)) : "") || SPECIMEN_NUMBER.has(letters(line.slice(5, 14)));
}
