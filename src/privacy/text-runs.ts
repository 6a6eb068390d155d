/**
 * One character pass over a scan's text, shared by the detectors whose loops each walked the whole
 * text to find runs of one kind of character (issue #15): letter runs (`\p{L}`, by code point:
 * spoken-digits.ts), Latin and Cyrillic word runs (medical-morphology.ts) and runs of printable ASCII
 * (passwords-in-use.ts). The runs are found once per text, on first demand, and kept in reused index
 * arrays (no allocation per scan); the scanner forgets the text after each scan (forgetTextRuns).
 * Each consumer then visits only the runs, not the characters, with the same answers as its own loop.
 */
import { isLetterCodePoint } from "./code-units.js";
import { doubled } from "./digit-runs.js";

/** Runs [starts[i], ends[i]) for i < count, in text order. */
export interface Runs {
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

const newRuns = (): Runs => ({ starts: new Int32Array(256), ends: new Int32Array(256), count: 0 });
/** Maximal runs of code points that are letters (`/\p{L}/u`; a surrogate pair is one code point). */
const LETTER_RUNS = newRuns();
/** Maximal runs of isWordLetter code units (ASCII letters, Latin-1 to Latin Extended-B letters, U+0400–U+04FF). */
const WORD_RUNS = newRuns();
/** Maximal runs of printable ASCII (`[!-~]`). */
const PRINTABLE_RUNS = newRuns();

/** A letter of a Latin or Cyrillic word (ASCII, Latin-1 to Latin Extended-B, Cyrillic): medical-morphology.ts's word letters. */
const isWordLetter = (code: number): boolean =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
  (code >= 0x400 && code < 0x500);

/** A code unit's classes, as bits (KNOWN once computed): one table look-up per character in the pass. */
const KNOWN = 8;
const LETTER = 1;
const WORD = 2;
const PRINTABLE = 4;
/** A high surrogate: its classes are those of the pair it starts, or its own when no low surrogate follows. */
const HIGH_SURROGATE = 16;
const CLASSES = new Uint8Array(65536);

/** A code unit's own classes (a lone surrogate's too), computed once. */
function ownClasses(code: number): number {
  return (isLetterCodePoint(code) ? LETTER : 0) | (isWordLetter(code) ? WORD : 0) | (code >= 33 && code <= 126 ? PRINTABLE : 0);
}

/** The table entry of a code unit not seen yet: KNOWN, its own classes, and HIGH_SURROGATE for U+D800–U+DBFF. */
function learn(code: number): number {
  const entry = KNOWN | ownClasses(code) | (code >= 0xd800 && code <= 0xdbff ? HIGH_SURROGATE : 0);
  CLASSES[code] = entry;
  return entry;
}

let runsFor: string | undefined;

function push(runs: Runs, start: number, end: number): void {
  if (runs.count === runs.starts.length) {
    runs.starts = doubled(runs.starts);
    runs.ends = doubled(runs.ends);
  }
  runs.starts[runs.count] = start;
  runs.ends[runs.count++] = end;
}

/** The three kinds of runs, in one pass: per code unit one table look-up, and work only where its classes change. */
function findRuns(text: string): void {
  if (runsFor === text) return;
  LETTER_RUNS.count = 0;
  WORD_RUNS.count = 0;
  PRINTABLE_RUNS.count = 0;
  let letterStart = -1;
  let wordStart = -1;
  let printableStart = -1;
  // The classes of the previous code point: a run opens or closes only where they change.
  let previous = 0;
  const length = text.length;
  for (let index = 0; index < length; index++) {
    let entry = CLASSES[text.charCodeAt(index)]!;
    // The common case: a known code unit of the previous one's classes (KNOWN set, HIGH_SURROGATE clear).
    if ((entry ^ previous) === KNOWN) continue;
    const at = index;
    if (entry === 0) entry = learn(text.charCodeAt(index));
    let classes = entry & 7;
    if ((entry & HIGH_SURROGATE) !== 0 && index + 1 < length) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        // A surrogate pair is one code point (a letter or not), never a word letter or printable ASCII.
        classes = isLetterCodePoint((text.charCodeAt(index) - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000) ? LETTER : 0;
        index++;
      }
    }
    const changed = classes ^ previous;
    if (changed === 0) continue;
    if ((changed & LETTER) !== 0) {
      if ((classes & LETTER) !== 0) letterStart = at;
      else push(LETTER_RUNS, letterStart, at);
    }
    if ((changed & WORD) !== 0) {
      if ((classes & WORD) !== 0) wordStart = at;
      else push(WORD_RUNS, wordStart, at);
    }
    if ((changed & PRINTABLE) !== 0) {
      if ((classes & PRINTABLE) !== 0) printableStart = at;
      else push(PRINTABLE_RUNS, printableStart, at);
    }
    previous = classes;
  }
  if ((previous & LETTER) !== 0) push(LETTER_RUNS, letterStart, length);
  if ((previous & WORD) !== 0) push(WORD_RUNS, wordStart, length);
  if ((previous & PRINTABLE) !== 0) push(PRINTABLE_RUNS, printableStart, length);
  runsFor = text;
}

/** The maximal `\p{L}` runs of `text` (code points; a run's length counted in code units). */
export function letterRuns(text: string): Runs {
  findRuns(text);
  return LETTER_RUNS;
}

/** The maximal isWordLetter runs of `text`. */
export function wordRuns(text: string): Runs {
  findRuns(text);
  return WORD_RUNS;
}

/** The maximal printable-ASCII (`[!-~]`) runs of `text`. */
export function printableRuns(text: string): Runs {
  findRuns(text);
  return PRINTABLE_RUNS;
}

/** Called by the scanner after each scan: the last text is not kept alive. */
export function forgetTextRuns(): void {
  runsFor = undefined;
}
