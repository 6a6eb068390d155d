/**
 * Unicode classes of BMP code units by table, for the character loops of the detectors: a class
 * regex tested on `String.fromCharCode(code)` allocates a new one-character string for every code
 * unit above U+00FF (each CJK, Devanagari or Cyrillic character of a prompt), and that garbage was a
 * visible share of a scan's allocation (docs/benchmarks.md, session 35). Each code unit's classes
 * are computed on first sight, with the same regexes, and kept (64 KB, once per process).
 */
const KNOWN = 1;
const LETTER = 2;
const NUMBER = 4;

const LETTER_PATTERN = /\p{L}/u;
const NUMBER_PATTERN = /\p{N}/u;
const CLASSES = new Uint8Array(65536);

function classesOf(code: number): number {
  const known = CLASSES[code]!;
  if (known !== 0) return known;
  const char = String.fromCharCode(code);
  const classes = KNOWN | (LETTER_PATTERN.test(char) ? LETTER : 0) | (NUMBER_PATTERN.test(char) ? NUMBER : 0);
  CLASSES[code] = classes;
  return classes;
}

/** `/\p{L}/u` for a code point (a code unit of the BMP by table; an astral code point by the pattern). */
export function isLetterCodePoint(code: number): boolean {
  if (code > 0xffff) return LETTER_PATTERN.test(String.fromCodePoint(code));
  return (classesOf(code) & LETTER) !== 0;
}

/** `/[\p{L}\p{N}]/u` for a code point. */
export function isLetterOrNumberCodePoint(code: number): boolean {
  if (code > 0xffff) {
    const char = String.fromCodePoint(code);
    return LETTER_PATTERN.test(char) || NUMBER_PATTERN.test(char);
  }
  return (classesOf(code) & (LETTER | NUMBER)) !== 0;
}
