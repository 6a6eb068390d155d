/**
 * Unicode normalisation before detection, with an offset map back to the original text.
 *
 * Evasions that this closes: zero-width and other format characters inside a value
 * (`4242\u200b4242…`), full-width digits and signs (`４２４２`, `＠`), mathematical and circled
 * letters and digits, and decimal digits of other scripts (Arabic-Indic `٤٢`, Devanagari `४२`).
 * Steps, per grapheme-like segment (a base character and the combining marks that follow it):
 * format characters (Unicode category Cf: ZWSP, ZWJ, ZWNJ, word joiner, BOM, soft hyphen, bidi
 * controls) are removed; the segment is NFKC-normalised; decimal digits of any script become
 * ASCII digits, and the Arabic thousands and decimal separators "٬" and "٫" become "," and ".".
 * Every character of the result remembers the original segment it came from, so a span found in
 * the normalised text maps back to the exact original characters (which is what redaction must
 * replace).
 * Cost: pure ASCII returns at once; otherwise one pass over the text steps over code units that stay
 * as they are (a per-code-unit table says which), looks up only segments with combining marks or
 * characters that may change (cached, by code units for two-unit segments), and copies the runs
 * between changed segments as slices; when no segment changed, nothing is built (no native
 * `normalize` over the whole text, which also ran a Unicode-property regex). The offset map records
 * only the segments of several code units or that changed.
 */

export interface NormalizedText {
  /** The text the detectors see. */
  text: string;
  /** Maps a span of `text` to the original text; identity when nothing changed. */
  toOriginal(start: number, end: number): [number, number];
  /** True when `text` differs from the original. */
  changed: boolean;
  /** `toOriginal(start, end)[0]`, with no array. */
  originalStart(start: number): number;
  /** `toOriginal(start, end)[1]`, with no array. */
  originalEnd(start: number, end: number): number;
}

const FORMAT_CHARACTER = /\p{Cf}/u;
const NEEDS_WORK = /\p{Cf}|[^\P{Nd}0-9]/u;
const COMBINING_MARK = /\p{M}/u;
/** Code points of the digit zero in scripts with decimal digits outside ASCII (NFKC keeps these). */
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0,
  0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
];

/**
 * A code unit above U+007E: the end of a stretch the walk below steps over. Found by V8's search, which reads a text
 * ~3 times faster than a character loop (session 51: the bench's 2,000-token prompt is ~96% ASCII).
 */
const NOT_PLAIN = /[\u007f-\uffff]/;
const NEXT_NOT_PLAIN = /[\u007f-\uffff]/g;
/** ASCII stretches at least this long are crossed by NEXT_NOT_PLAIN (a search per shorter stretch costs more). */
const LONG_STRETCH = 16;

/** Pure ASCII printable text and tabs/newlines: nothing to normalise. */
function isPlainAscii(text: string): boolean {
  return !NOT_PLAIN.test(text);
}

/** The first offset at or after `from` of a code unit above U+007E, or `text.length`. */
function nextNotPlain(text: string, from: number): number {
  NEXT_NOT_PLAIN.lastIndex = from;
  return NEXT_NOT_PLAIN.test(text) ? NEXT_NOT_PLAIN.lastIndex - 1 : text.length;
}

function asciiDigit(codePoint: number): string | undefined {
  if (codePoint < 0x0660) return undefined;
  for (const zero of DIGIT_ZEROS) if (codePoint >= zero && codePoint <= zero + 9) return String(codePoint - zero);
  return undefined;
}

const IDENTITY: NormalizedText["toOriginal"] = (start, end) => [start, end];
const SAME_START: NormalizedText["originalStart"] = (start) => start;
const SAME_END: NormalizedText["originalEnd"] = (_start, end) => end;
/** The result for a text that needs no change (one object per call: callers may keep it). */
const unchanged = (original: string): NormalizedText => ({
  text: original,
  toOriginal: IDENTITY,
  changed: false,
  originalStart: SAME_START,
  originalEnd: SAME_END,
});

const SEGMENT_CACHE = new Map<string, string>();
const SEGMENT_CACHE_LIMIT = 4096;

/** The Arabic thousands and decimal separators (U+066C, U+066B), written only inside numbers: "٤٬٥٠٠" reads "4,500". */
const ARABIC_NUMBER_SEPARATORS: Readonly<Record<string, string>> = { "\u066c": ",", "\u066b": "." };

function normalizeSegment(segment: string): string {
  const cached = SEGMENT_CACHE.get(segment);
  if (cached !== undefined) return cached;
  let output = "";
  for (const char of segment.normalize("NFKC")) {
    if (FORMAT_CHARACTER.test(char)) continue;
    output += asciiDigit(char.codePointAt(0)!) ?? ARABIC_NUMBER_SEPARATORS[char] ?? char;
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
 * The offset map, kept sparse: only the segments whose text changed or that span several code units are recorded (in
 * text order); every other character of the output is the original character at the same distance from the end of the
 * last recorded segment. Four numbers a segment (output start and end, original start and end). Written into one shared
 * scratch array while the text is walked, then copied into a plain array of its exact size (`seal`): four arrays grown
 * by `push` cost ~4 KB of young-generation space a scan of the bench prompt (session 41), and a typed array grown by
 * doubling gave every scan two ArrayBuffers for the young generation's collector to sweep (session 47).
 */
let scratch = new Int32Array(256);
/** A map of more numbers is copied into a typed array (4 bytes a number, not a heap slot of 8: long texts of marks). */
const PLAIN_MAP_LIMIT = 1024;
/** Past this many numbers the scratch array is dropped once read: one long text does not keep its size alive. */
const SCRATCH_KEPT = 65_536;

class SegmentMap {
  private data: ArrayLike<number> = [];
  /** The number of segments recorded. */
  count = 0;

  add(outStart: number, outEnd: number, originalStart: number, originalEnd: number): void {
    let at = this.count * 4;
    if (at === scratch.length) {
      const grown = new Int32Array(scratch.length * 2);
      grown.set(scratch);
      scratch = grown;
    }
    scratch[at++] = outStart;
    scratch[at++] = outEnd;
    scratch[at++] = originalStart;
    scratch[at] = originalEnd;
    this.count++;
  }

  /** Copies the recorded segments out of the shared scratch array: called once, after the last `add`, before any look-up. */
  seal(): void {
    const length = this.count * 4;
    if (length > PLAIN_MAP_LIMIT) this.data = scratch.slice(0, length);
    else {
      const data = new Array<number>(length);
      for (let index = 0; index < length; index++) data[index] = scratch[index]!;
      this.data = data;
    }
    if (scratch.length > SCRATCH_KEPT) scratch = new Int32Array(256);
  }

  /** The original segment [start, end) that produced output character `position`. */
  segmentOf(position: number): [number, number] {
    return [this.segmentStart(position), this.segmentEnd(position)];
  }

  /** `segmentOf(position)[0]`, with no array. */
  segmentStart(position: number): number {
    const found = this.lastStartingAtOrBefore(position) * 4;
    if (found < 0) return position;
    const outEnd = this.data[found + 1]!;
    if (position < outEnd) return this.data[found + 2]!;
    return this.data[found + 3]! + (position - outEnd);
  }

  /** `segmentOf(position)[1]`, with no array. */
  segmentEnd(position: number): number {
    const found = this.lastStartingAtOrBefore(position) * 4;
    if (found < 0) return position + 1;
    const outEnd = this.data[found + 1]!;
    if (position < outEnd) return this.data[found + 3]!;
    return this.data[found + 3]! + (position - outEnd) + 1;
  }

  /**
   * The last recorded segment starting at or before `position` (among segments with the same start,
   * the last: an emptied segment such as a removed format character precedes the one that fills it); -1 if none.
   */
  private lastStartingAtOrBefore(position: number): number {
    let low = 0;
    let high = this.count - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if (this.data[middle * 4]! <= position) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }
}

/** End of the segment that starts at `index`: the code point there and the combining marks after it. */
function segmentEnd(original: string, index: number, length: number): number {
  const first = original.codePointAt(index)!;
  let end = index + (first > 0xffff ? 2 : 1);
  while (end < length) {
    const next = original.charCodeAt(end);
    if (next < 0x300) break;
    if (isSurrogate(next)) {
      const point = original.codePointAt(end)!;
      if (!COMBINING_MARK.test(String.fromCodePoint(point))) break;
      end += point > 0xffff ? 2 : 1;
    } else {
      if ((flagsOf(next) & MARK) === 0) break;
      end++;
    }
  }
  return end;
}

/** Whether two-code-unit segments (a letter and one mark, mostly) normalise to themselves, by their code units. */
const PAIR_STABLE = new Map<number, boolean>();

/** True when the segment [start, end) normalises to itself. */
function segmentStable(original: string, start: number, end: number): boolean {
  if (end - start === 1) return (flagsOf(original.charCodeAt(start)) & STABLE) !== 0;
  if (end - start === 2) {
    const key = original.charCodeAt(start) * 65536 + original.charCodeAt(start + 1);
    let stable = PAIR_STABLE.get(key);
    if (stable === undefined) {
      const segment = original.slice(start, end);
      stable = normalizeSegment(segment) === segment;
      if (PAIR_STABLE.size >= SEGMENT_CACHE_LIMIT) PAIR_STABLE.clear();
      PAIR_STABLE.set(key, stable);
    }
    return stable;
  }
  const segment = original.slice(start, end);
  return normalizeSegment(segment) === segment;
}

export function normalizeForScan(original: string): NormalizedText {
  if (isPlainAscii(original)) return unchanged(original);
  // A long text before this one that left its map unsealed (it changed nothing) hands back its large scratch array.
  if (scratch.length > SCRATCH_KEPT) scratch = new Int32Array(256);
  // Segments are a code point and the combining marks after it. A code unit that is a segment of its
  // own and stays as it is (ASCII or a stable character, no mark after it: most of them) is stepped
  // over; runs of segments that stay are copied as slices when something else changes. A segment of
  // several code units is recorded in the map even when it stays (a span inside it maps to all of
  // it); `shift` is output minus original length so far.
  const length = original.length;
  const map = new SegmentMap();
  const pieces: string[] = [];
  let shift = 0;
  let runStart = 0;
  // A lone code point that NFKC changes has NFKC_Quick_Check = No: it appears in no NFKC-normalised
  // text, so once such a segment changed, the whole text is not normalised (no whole-text NFKC below).
  let wholeTextChanges = false;
  let index = 0;
  let code = original.charCodeAt(0); // the code unit at `index`
  // ASCII code units stepped over in a row: past LONG_STRETCH, the rest of the stretch is crossed at once (up to its
  // last ASCII code unit, which a mark after it may join).
  let plain = 0;
  while (index < length) {
    const next = index + 1 < length ? original.charCodeAt(index + 1) : 0;
    if (next < 0x300 || (!isSurrogate(next) && ((CODE_UNIT_FLAGS[next] || flagsOf(next)) & MARK) === 0)) {
      if (code < 0x7f || (!isSurrogate(code) && ((CODE_UNIT_FLAGS[code] || flagsOf(code)) & STABLE) !== 0)) {
        index++;
        code = next;
        if (code >= 0x7f) plain = 0;
        else if (++plain >= LONG_STRETCH && index < length) {
          plain = 0;
          index = nextNotPlain(original, index) - 1;
          code = original.charCodeAt(index);
        }
        continue;
      }
    }
    const end = segmentEnd(original, index, length);
    if (segmentStable(original, index, end)) {
      if (end - index > 1) map.add(index + shift, end + shift, index, end);
      index = end;
      code = index < length ? original.charCodeAt(index) : 0;
      continue;
    }
    const segment = original.slice(index, end);
    const normalized = normalizeSegment(segment);
    if (end - index === 1 || (end - index === 2 && original.codePointAt(index)! > 0xffff)) wholeTextChanges = true;
    map.add(index + shift, index + shift + normalized.length, index, end);
    if (runStart < index) pieces.push(original.slice(runStart, index));
    pieces.push(normalized);
    shift += normalized.length - segment.length;
    runStart = end;
    index = end;
    code = index < length ? original.charCodeAt(index) : 0;
  }
  // Nothing changed, or the text is already normalised as a whole (a segment may differ alone).
  if (runStart === 0) return unchanged(original);
  if (!wholeTextChanges && original.normalize("NFKC") === original && !NEEDS_WORK.test(original)) {
    return unchanged(original);
  }
  const outLength = length + shift;
  if (map.count === 0) return unchanged(original);
  map.seal();
  if (runStart < length) pieces.push(original.slice(runStart));
  const output = pieces.join("");
  if (output === original) return unchanged(original);
  const originalStart = (start: number): number => {
    if (outLength === 0) return 0;
    return start < outLength ? map.segmentStart(start) : original.length;
  };
  const originalEnd = (start: number, end: number): number => {
    if (outLength === 0) return 0;
    const from = originalStart(start);
    return Math.max(from, end > 0 ? map.segmentEnd(Math.min(end, outLength) - 1) : from);
  };
  return {
    text: output,
    changed: true,
    toOriginal: (start, end) => [originalStart(start), originalEnd(start, end)],
    originalStart,
    originalEnd,
  };
}
