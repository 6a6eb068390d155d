/**
 * Unicode normalisation before detection, with an offset map back to the original text.
 *
 * Evasions that this closes: zero-width and other format characters inside a value
 * (`4242\u200b4242…`), full-width digits and signs (`４２４２`, `＠`), mathematical and circled
 * letters and digits, and decimal digits of other scripts (Arabic-Indic `٤٢`, Devanagari `४२`).
 * Steps, per grapheme-like segment (a base character and the combining marks that follow it):
 * format characters (Unicode category Cf: ZWSP, ZWJ, ZWNJ, word joiner, BOM, soft hyphen, bidi
 * controls) are removed; the segment is NFKC-normalised; decimal digits of any script become
 * ASCII digits. Every character of the result remembers the original segment it came from, so a
 * span found in the normalised text maps back to the exact original characters (which is what
 * redaction must replace).
 * Cost: one native `normalize` over the whole text decides whether anything changes at all (the
 * common case: nothing does, and no map is built); otherwise one pass over the text.
 */

export interface NormalizedText {
  /** The text the detectors see. */
  text: string;
  /** Maps a span of `text` to the original text; identity when nothing changed. */
  toOriginal(start: number, end: number): [number, number];
  /** True when `text` differs from the original. */
  changed: boolean;
}

const FORMAT_CHARACTER = /\p{Cf}/u;
const NEEDS_WORK = /\p{Cf}|[^\P{Nd}0-9]/u;
const COMBINING_MARK = /\p{M}/u;
/** Code points of the digit zero in scripts with decimal digits outside ASCII (NFKC keeps these). */
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0,
  0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
];

/** Pure ASCII printable text and tabs/newlines: nothing to normalise. */
function isPlainAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7e) return false;
  return true;
}

function asciiDigit(codePoint: number): string | undefined {
  if (codePoint < 0x0660) return undefined;
  for (const zero of DIGIT_ZEROS) if (codePoint >= zero && codePoint <= zero + 9) return String(codePoint - zero);
  return undefined;
}

const IDENTITY: NormalizedText["toOriginal"] = (start, end) => [start, end];

const SEGMENT_CACHE = new Map<string, string>();
const SEGMENT_CACHE_LIMIT = 4096;

function normalizeSegment(segment: string): string {
  const cached = SEGMENT_CACHE.get(segment);
  if (cached !== undefined) return cached;
  let output = "";
  for (const char of segment.normalize("NFKC")) {
    if (FORMAT_CHARACTER.test(char)) continue;
    output += asciiDigit(char.codePointAt(0)!) ?? char;
  }
  if (SEGMENT_CACHE.size >= SEGMENT_CACHE_LIMIT) SEGMENT_CACHE.clear();
  SEGMENT_CACHE.set(segment, output);
  return output;
}

export function normalizeForScan(original: string): NormalizedText {
  if (isPlainAscii(original)) return { text: original, toOriginal: IDENTITY, changed: false };
  if (original.normalize("NFKC") === original && !NEEDS_WORK.test(original)) {
    return { text: original, toOriginal: IDENTITY, changed: false };
  }
  // startOf[i] / endOf[i]: the original segment that produced normalised character i.
  const startOf: number[] = [];
  const endOf: number[] = [];
  let output = "";
  let index = 0;
  while (index < original.length) {
    const segmentStart = index;
    const first = original.codePointAt(index)!;
    index += first > 0xffff ? 2 : 1;
    while (index < original.length) {
      const next = original.codePointAt(index)!;
      if (next < 0x300 || !COMBINING_MARK.test(String.fromCodePoint(next))) break;
      index += next > 0xffff ? 2 : 1;
    }
    const segment = original.slice(segmentStart, index);
    const code = segment.charCodeAt(0);
    const normalized = segment.length === 1 && code < 0x7f ? segment : normalizeSegment(segment);
    output += normalized;
    for (let offset = 0; offset < normalized.length; offset++) {
      startOf.push(segmentStart);
      endOf.push(index);
    }
  }
  if (output === original) return { text: original, toOriginal: IDENTITY, changed: false };
  const length = output.length;
  return {
    text: output,
    changed: true,
    toOriginal(start, end) {
      if (length === 0) return [0, 0];
      const originalStart = start < length ? startOf[start]! : original.length;
      const originalEnd = end > 0 ? endOf[Math.min(end, length) - 1]! : originalStart;
      return [originalStart, Math.max(originalStart, originalEnd)];
    },
  };
}
