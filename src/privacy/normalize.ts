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
 * common case: nothing does, and no map is built); otherwise one pass over the text that copies
 * runs of characters that stay as they are (a per-code-unit table says which) and normalises only
 * the other segments; the offset map records only those segments.
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

/**
 * Per BMP code unit, computed on first sight: bit 1 = known, bit 2 = a one-character segment of it
 * normalises to itself (most letters of most scripts), bit 4 = a combining mark at or above U+0300
 * (it joins the segment before it).
 */
const CODE_UNIT_FLAGS = new Uint8Array(65536);
const KNOWN = 1;
const STABLE = 2;
const MARK = 4;

function flagsOf(code: number): number {
  let flags = CODE_UNIT_FLAGS[code]!;
  if (flags !== 0) return flags;
  flags = KNOWN;
  const char = String.fromCharCode(code);
  if (code < 0x7f || normalizeSegment(char) === char) flags |= STABLE;
  if (code >= 0x300 && COMBINING_MARK.test(char)) flags |= MARK;
  CODE_UNIT_FLAGS[code] = flags;
  return flags;
}

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/**
 * The offset map, kept sparse: only the segments whose text changed or that span several code
 * units are recorded (as parallel arrays, in text order); every other character of the output is
 * the original character at the same distance from the end of the last recorded segment.
 */
class SegmentMap {
  readonly outStart: number[] = [];
  readonly outEnd: number[] = [];
  readonly originalStart: number[] = [];
  readonly originalEnd: number[] = [];

  add(outStart: number, outEnd: number, originalStart: number, originalEnd: number): void {
    this.outStart.push(outStart);
    this.outEnd.push(outEnd);
    this.originalStart.push(originalStart);
    this.originalEnd.push(originalEnd);
  }

  /** The original segment [start, end) that produced output character `position`. */
  segmentOf(position: number): [number, number] {
    // The last recorded segment starting at or before `position` (among segments with the same start,
    // the last: an emptied segment such as a removed format character precedes the one that fills it).
    let low = 0;
    let high = this.outStart.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if (this.outStart[middle]! <= position) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    if (found < 0) return [position, position + 1];
    if (position < this.outEnd[found]!) return [this.originalStart[found]!, this.originalEnd[found]!];
    const original = this.originalEnd[found]! + (position - this.outEnd[found]!);
    return [original, original + 1];
  }
}

export function normalizeForScan(original: string): NormalizedText {
  if (isPlainAscii(original)) return { text: original, toOriginal: IDENTITY, changed: false };
  if (original.normalize("NFKC") === original && !NEEDS_WORK.test(original)) {
    return { text: original, toOriginal: IDENTITY, changed: false };
  }
  // Segments are a code point and the combining marks after it; a one-code-unit segment that
  // normalises to itself is copied with the run it belongs to (a slice, no per-character work).
  const map = new SegmentMap();
  const pieces: string[] = [];
  let outLength = 0;
  let runStart = 0;
  let index = 0;
  const length = original.length;
  while (index < length) {
    const code = original.charCodeAt(index);
    if (!isSurrogate(code)) {
      const next = index + 1 < length ? original.charCodeAt(index + 1) : 0;
      const simpleNext = next < 0x300 || (!isSurrogate(next) && (flagsOf(next) & MARK) === 0);
      if (simpleNext && (code < 0x7f || (flagsOf(code) & STABLE) !== 0)) {
        index++;
        continue;
      }
    }
    // A segment that may change: flush the unchanged run before it, then normalise it.
    if (runStart < index) {
      pieces.push(original.slice(runStart, index));
      outLength += index - runStart;
    }
    const segmentStart = index;
    const first = original.codePointAt(index)!;
    index += first > 0xffff ? 2 : 1;
    while (index < length) {
      const next = original.codePointAt(index)!;
      if (next < 0x300 || !COMBINING_MARK.test(String.fromCodePoint(next))) break;
      index += next > 0xffff ? 2 : 1;
    }
    const segment = original.slice(segmentStart, index);
    const normalized = segment.length === 1 && segment.charCodeAt(0) < 0x7f ? segment : normalizeSegment(segment);
    if (normalized !== segment || segment.length > 1) map.add(outLength, outLength + normalized.length, segmentStart, index);
    pieces.push(normalized);
    outLength += normalized.length;
    runStart = index;
  }
  if (map.outStart.length === 0) return { text: original, toOriginal: IDENTITY, changed: false };
  if (runStart < length) {
    pieces.push(original.slice(runStart));
    outLength += length - runStart;
  }
  const output = pieces.join("");
  if (output === original) return { text: original, toOriginal: IDENTITY, changed: false };
  return {
    text: output,
    changed: true,
    toOriginal(start, end) {
      if (outLength === 0) return [0, 0];
      const originalStart = start < outLength ? map.segmentOf(start)[0] : original.length;
      const originalEnd = end > 0 ? map.segmentOf(Math.min(end, outLength) - 1)[1] : originalStart;
      return [originalStart, Math.max(originalStart, originalEnd)];
    },
  };
}
