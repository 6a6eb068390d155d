/**
 * Leetspeak condition words (session 47, issue #15, dev-71): "my colleague Priya has d1abetes", "b1p0lar", "d1ab3t3",
 * "sug4r", "c4ncer" — digits for letters, written so that a word list misses the diagnosis. Before detection a word of
 * ASCII letters and digits (4–24 characters, at least three letters, no 2, 6, 8 or 9) with a digit beside a letter is
 * read with 0→o, 1→i, 3→e, 4→a, 5→s, 7→t; when that reading starts with a condition stem (diabet, bipolar, cancer,
 * schizo, epilep, hepatit, sugar …) the word is replaced in place (same length: no offsets change). Any other word stays
 * as written, so passwords, codes and keys (`Tr0ub4dor`, `v2`, `sha256`) reach the detectors unchanged; the health
 * rules then read the word as they read the plain one (a named person, a relation word …). Each word is read once from
 * its first digit run (at most 24 characters each way), so the fold is linear.
 */
import { someDigitRunStart } from "./digit-runs.js";

const LEET_LETTER: Readonly<Record<string, string>> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t" };
/** Condition stems, read at the start of a de-leeted word (English, and the Dutch, Italian, Polish, Portuguese forms). */
const CONDITION_STEMS = [
  "diabet",
  "bipolar",
  "cancer",
  "cancro",
  "kanker",
  "tumor",
  "tumour",
  "chemo",
  "leuk",
  "depress",
  "depresj",
  "schizo",
  "epilep",
  "autis",
  "anorex",
  "bulim",
  "hepatit",
  "tubercul",
  "dementia",
  "alzheim",
  "parkinson",
  "sugar",
  "suiker",
  "herpes",
  "syphil",
  "chlamyd",
  "gonorr",
  "cirrhos",
  "dialys",
  "psychos",
  "asthma",
  "hiv",
];
const LONGEST = 24;

const isDigitCode = (code: number) => code >= 48 && code <= 57;
const isLetterCode = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isWordCode = (code: number) => isDigitCode(code) || isLetterCode(code);

/**
 * The word [start, end) read with letters for its leet characters when it is a condition word, else undefined. A word
 * with a digit that reads as no letter (2, 6, 8, 9: a code, a date, a hash) or with fewer than three letters is turned
 * down from its character codes, before any string is built.
 */
function conditionReading(text: string, start: number, end: number): string | undefined {
  let letters = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 50 || code === 54 || code === 56 || code === 57) return undefined;
    if (code >= 65) letters++;
  }
  if (letters < 3 || conditionStem(text, start, end) === undefined) return undefined;
  let reading = "";
  for (let index = start; index < end; index++) reading += LEET_LETTER[text[index]!] ?? text[index]!;
  return reading;
}

/** The lower-cased reading of one ASCII character of a word: a mark (`!`, `@`) or a leet digit as its letter. */
function readCode(code: number): number {
  switch (code) {
    case 33: // !
    case 49: // 1
      return 105; // i
    case 64: // @
    case 52: // 4
      return 97; // a
    case 48: // 0
      return 111; // o
    case 51: // 3
      return 101; // e
    case 53: // 5
      return 115; // s
    case 55: // 7
      return 116; // t
  }
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/**
 * The first condition stem the word [start, end) of ASCII letters, digits and marks starts with, read as readCode reads
 * it: the lower-cased leet reading's `startsWith`, compared code by code (no string built for the many words that are
 * no condition word: e-mail addresses around their `@`).
 */
function conditionStem(text: string, start: number, end: number): string | undefined {
  for (let which = 0; which < CONDITION_STEMS.length; which++) {
    const stem = CONDITION_STEMS[which]!;
    if (stem.length > end - start) continue;
    let index = 0;
    while (index < stem.length && readCode(text.charCodeAt(start + index)) === stem.charCodeAt(index)) index++;
    if (index === stem.length) return stem;
  }
  return undefined;
}

const LEET_MARK: Readonly<Record<string, string>> = { "!": "i", "@": "a" };
const isMarkCode = (code: number) => code === 33 || code === 64;

function hasMark(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (isMarkCode(text.charCodeAt(index))) return true;
  return false;
}

/**
 * A condition word with `!` for i or `@` for a among its letters ("d!abetes", "d1@betes", "c@ncer"; session 48): the
 * word of letters, digits and these marks around a mark between two word characters, read with the marks and leet
 * digits as letters, when a mark falls inside the condition stem it starts with. An e-mail (`sugar@mail`: the `@`
 * after the stem) and an exclamation ("Diabetes!") stay as written. Each word is read once, at most 24 characters
 * each way: linear.
 */
function foldLeetMarks(text: string): string {
  if (!text.includes("!") && !text.includes("@")) return text;
  let pieces: string[] | undefined;
  let copied = 0;
  let readTo = 0;
  // Each mark found by a native search per mark character (a regex exec per mark cost ~13 µs on the bench prompt).
  let nextBang = text.indexOf("!");
  let nextAt = text.indexOf("@");
  while (nextBang >= 0 || nextAt >= 0) {
    const at = nextAt < 0 || (nextBang >= 0 && nextBang < nextAt) ? nextBang : nextAt;
    if (at === nextBang) nextBang = text.indexOf("!", at + 1);
    else nextAt = text.indexOf("@", at + 1);
    if (at < readTo || !isWordCode(text.charCodeAt(at - 1)) || !isWordCode(text.charCodeAt(at + 1))) continue;
    let start = at;
    while (start > 0 && at - start < LONGEST && (isWordCode(text.charCodeAt(start - 1)) || isMarkCode(text.charCodeAt(start - 1)))) start--;
    let end = at + 1;
    while (end < text.length && end - start <= LONGEST && (isWordCode(text.charCodeAt(end)) || isMarkCode(text.charCodeAt(end)))) end++;
    readTo = end;
    if (end - start < 4 || end - start > LONGEST) continue;
    // Turned down from the character codes before any string is built: a 2, 6, 8 or 9, fewer than three ASCII letters,
    // no condition stem at the start, no mark inside the stem.
    let letters = 0;
    let noLetterDigit = false;
    for (let index = start; index < end; index++) {
      const code = text.charCodeAt(index);
      if (code === 50 || code === 54 || code === 56 || code === 57) noLetterDigit = true;
      else if (isLetterCode(code)) letters++;
    }
    if (noLetterDigit || letters < 3) continue;
    const stem = conditionStem(text, start, end);
    if (stem === undefined || !hasMark(text, start, start + stem.length)) continue;
    let reading = "";
    for (const char of text.slice(start, end)) reading += LEET_MARK[char] ?? LEET_LETTER[char] ?? char;
    (pieces ??= []).push(text.slice(copied, start), reading);
    copied = end;
  }
  if (pieces === undefined) return text;
  pieces.push(text.slice(copied));
  return pieces.join("");
}

/**
 * `text` with its leetspeak condition words read as letters (same length). The candidates are the runs of digits
 * (digit-runs.ts: found once per text and kept for the detectors when the text comes out unchanged) with a letter
 * right before or after them.
 */
export function foldLeetWords(text: string): string {
  return foldLeetMarks(foldLeetDigits(text));
}

function foldLeetDigits(text: string): string {
  let pieces: string[] | undefined;
  let copied = 0;
  let readTo = 0;
  someDigitRunStart(text, (at) => {
    if (at < readTo) return false;
    let runEnd = at + 1;
    while (isDigitCode(text.charCodeAt(runEnd))) runEnd++;
    if (!isLetterCode(text.charCodeAt(at - 1)) && !isLetterCode(text.charCodeAt(runEnd))) return false;
    let start = at;
    while (start > 0 && at - start < LONGEST && isWordCode(text.charCodeAt(start - 1))) start--;
    let end = runEnd;
    while (end < text.length && end - start <= LONGEST && isWordCode(text.charCodeAt(end))) end++;
    readTo = end;
    if (end - start < 4 || end - start > LONGEST || (start > 0 && isWordCode(text.charCodeAt(start - 1)))) return false;
    const reading = conditionReading(text, start, end);
    if (reading === undefined) return false;
    (pieces ??= []).push(text.slice(copied, start), reading);
    copied = end;
    return false;
  });
  if (pieces === undefined) return text;
  pieces.push(text.slice(copied));
  return pieces.join("");
}
