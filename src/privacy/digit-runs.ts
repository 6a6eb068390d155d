/**
 * Patterns whose every match starts with several digits in a row (`\d{6}…`, after any look-behind)
 * can only start inside a run of at least that many ASCII digits. A global regex still tries every
 * position of the text (~10 µs per pattern on a 2,000-token prompt, whatever the flags); here the
 * text's digit runs are found once per text by a character loop, and a sticky copy of the pattern is
 * tried only at the positions where enough digits follow. Same matches, in the same order, as the
 * `pattern.exec` loop from position 0 (the leftmost match at or after the previous match's end is
 * the first candidate position where the sticky copy matches: no other position can start one).
 */

let runsFor: string | undefined;
/** Runs of digits in `runsFor`: [runStarts[i], runEnds[i]). */
let runStarts = new Int32Array(64);
let runEnds = new Int32Array(64);
let runCount = 0;

/** A reused index array grown to twice its length, its values kept. */
export function doubled(array: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

/**
 * An ASCII digit (`\d` without `u`), found by V8's own search (session 46): jumping from run to run this way cost
 * ~8 µs on the bench's 2,000-token prompt (177 runs), against ~21 µs for a loop reading every character. The next 16
 * characters after a run are read by the loop first, so that a text dense with short runs ("1 1 1 …", ~4 ms per MB)
 * does not pay a search per run (~14 ms per MB).
 */
const DIGIT = /\d/g;
const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;
/** Characters read by the loop before V8's search takes over. */
const NEAR = 16;

function findDigitRuns(text: string): void {
  if (runsFor === text) return;
  runCount = 0;
  const length = text.length;
  let index = 0;
  for (;;) {
    const stop = Math.min(length, index + NEAR);
    while (index < stop && !isAsciiDigit(text.charCodeAt(index))) index++;
    if (index === stop) {
      if (index >= length) break;
      DIGIT.lastIndex = index;
      if (!DIGIT.test(text)) break;
      index = DIGIT.lastIndex - 1;
    }
    const start = index;
    do index++;
    while (isAsciiDigit(text.charCodeAt(index)));
    if (runCount === runStarts.length) {
      runStarts = doubled(runStarts);
      runEnds = doubled(runEnds);
    }
    runStarts[runCount] = start;
    runEnds[runCount++] = index;
  }
  runsFor = text;
}

/** Called by the scanner after each scan: the last text is not kept alive. */
export function forgetDigitRuns(): void {
  runsFor = undefined;
}

const STICKY = new WeakMap<RegExp, RegExp>();

/** A sticky copy of `pattern` (its flags but `g`), made once per pattern (line-starts.ts's too). */
export function stickyCopy(pattern: RegExp): RegExp {
  let sticky = STICKY.get(pattern);
  if (sticky === undefined) {
    sticky = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, "")}y`);
    STICKY.set(pattern, sticky);
  }
  return sticky;
}

/**
 * Calls `found` with every match of `pattern` in `text`, in order: the matches of
 * `pattern.lastIndex = 0; while ((match = pattern.exec(text)))`, for a pattern every match of which
 * starts with at least `digits` ASCII digits (the caller's promise; look-behinds before them are fine).
 * `found` returns true to stop. `pattern`'s own lastIndex is left alone.
 * With `endRun` (a second promise: what follows those digits in every match is not an ASCII digit, e.g. `\d{6}\/`),
 * a match can start only where exactly `digits` digits of a run are left, and only that position of each run is tried.
 */
export function forEachMatchStartingWithDigits(
  text: string,
  pattern: RegExp,
  digits: number,
  found: (match: RegExpExecArray) => boolean | void,
  endRun = false,
): void {
  findDigitRuns(text);
  const sticky = stickyCopy(pattern);
  let resume = 0;
  for (let run = 0; run < runCount; run++) {
    const last = runEnds[run]! - digits;
    for (let position = Math.max(endRun ? last : runStarts[run]!, runStarts[run]!, resume); position <= last; position++) {
      sticky.lastIndex = position;
      const match = sticky.exec(text);
      if (match === null) continue;
      if (found(match) === true) return;
      resume = position + Math.max(1, match[0].length);
      // The next match starts at or after `resume`: possibly further on in this run.
      position = resume - 1;
    }
  }
}

/** `pattern.test(text)` for a pattern every match of which starts with at least `digits` ASCII digits (`endRun`: as above). */
export function matchesStartingWithDigits(text: string, pattern: RegExp, digits: number, endRun = false): boolean {
  let matched = false;
  forEachMatchStartingWithDigits(text, pattern, digits, () => (matched = true), endRun);
  return matched;
}

/**
 * Calls `found` with every match of `pattern` in `text`, in order (the matches of the `exec` loop from
 * position 0), for a pattern every match of which starts at the first digit of a run of ASCII digits
 * for which `mayStart(text, run)` is true (the caller's promise: a look-behind that no digit may
 * precede, and a cheap test of the runs that follow). The sticky copy runs only at those run starts.
 * `found` returns true to stop. With `before`, every match starts exactly that many characters before the first
 * digit of such a run ("S1234567D": a letter, then the run) and is tried there.
 */
export function forEachMatchAtDigitRunStarts(
  text: string,
  pattern: RegExp,
  mayStart: (text: string, run: number) => boolean,
  found: (match: RegExpExecArray) => boolean | void,
  before = 0,
): void {
  tryAtRunStarts(
    text,
    pattern,
    mayStart,
    (sticky, position) => {
      const match = sticky.exec(text);
      if (match === null) return NO_MATCH;
      return found(match) === true ? STOP : position + match[0].length;
    },
    before,
  );
}

/**
 * `forEachMatchAtDigitRunStarts` for a caller that needs only where each match starts and ends: the sticky copy's
 * `test` moves `lastIndex` to the match's end and builds no match array (nor the matched string).
 */
export function forEachMatchSpanAtDigitRunStarts(
  text: string,
  pattern: RegExp,
  mayStart: (text: string, run: number) => boolean,
  found: (start: number, end: number) => boolean | void,
): void {
  tryAtRunStarts(text, pattern, mayStart, (sticky, position) => {
    if (!sticky.test(text)) return NO_MATCH;
    return found(position, sticky.lastIndex) === true ? STOP : sticky.lastIndex;
  });
}

const NO_MATCH = -1;
const STOP = -2;

/**
 * The walk of the two above: `attempt` runs the sticky copy (its `lastIndex` set) `before` characters before each
 * run start `mayStart` accepts, at or after the previous match's end, and answers the match's end, NO_MATCH or STOP.
 */
function tryAtRunStarts(
  text: string,
  pattern: RegExp,
  mayStart: (text: string, run: number) => boolean,
  attempt: (sticky: RegExp, position: number) => number,
  before = 0,
): void {
  findDigitRuns(text);
  const sticky = stickyCopy(pattern);
  let resume = 0;
  for (let run = 0; run < runCount; run++) {
    const position = runStarts[run]! - before;
    if (position < resume || !mayStart(text, run)) continue;
    sticky.lastIndex = position;
    const end = attempt(sticky, position);
    if (end === STOP) return;
    if (end !== NO_MATCH) resume = Math.max(position + 1, end);
  }
}

/**
 * The spans of a global `pattern.exec` loop from position 0, for a pattern every match of which starts at the first
 * digit of a run of ASCII digits (a look-behind rules out a digit before it) or at most `prefixLength` characters
 * before one, all of them `isPrefix` characters ("+", "(" of a phone number). A sticky copy is tested at those
 * positions only, in order, and builds no match array. With `mayHold` (the caller's promise: false only where no match
 * can start at the run or at the prefix characters before it), the runs it rules out are not tried at all.
 */
export function forEachMatchSpanNearDigitRunStarts(
  text: string,
  pattern: RegExp,
  isPrefix: (code: number) => boolean,
  prefixLength: number,
  found: (start: number, end: number) => void,
  mayHold?: (text: string, runStart: number) => boolean,
): void {
  findDigitRuns(text);
  const sticky = stickyCopy(pattern);
  let resume = 0;
  for (let run = 0; run < runCount; run++) {
    const runStart = runStarts[run]!;
    if (mayHold !== undefined && !mayHold(text, runStart)) continue;
    let first = runStart;
    while (first > 0 && runStart - first < prefixLength && isPrefix(text.charCodeAt(first - 1))) first--;
    for (let position = Math.max(first, resume); position <= runStart; position++) {
      sticky.lastIndex = position;
      if (!sticky.test(text)) continue;
      found(position, sticky.lastIndex);
      resume = Math.max(position + 1, sticky.lastIndex);
      break;
    }
  }
}

/** True when `test(start)` holds for the start of some run of ASCII digits of `text` (tried in order, until one holds). */
export function someDigitRunStart(text: string, test: (start: number) => boolean): boolean {
  findDigitRuns(text);
  for (let run = 0; run < runCount; run++) if (test(runStarts[run]!)) return true;
  return false;
}

/**
 * True when some run of at least `digits` ASCII digits of `text` is followed by a code unit for which `after` holds
 * (NaN at the text's end): `/\d{N}X/.test(text)` for a one-character class X without digits, read off the runs (the
 * N digits before an X end a run, and a run of N or more digits ends with N of them) instead of a sticky try at every
 * position where N digits begin.
 */
export function someDigitRunFollowedBy(text: string, digits: number, after: (code: number) => boolean): boolean {
  findDigitRuns(text);
  for (let run = 0; run < runCount; run++) if (runEnds[run]! - runStarts[run]! >= digits && after(text.charCodeAt(runEnds[run]!))) return true;
  return false;
}

/** Where run `run` of the last text's runs starts (-1 past the last run). */
export const digitRunStart = (run: number): number => (run < runCount ? runStarts[run]! : -1);

/** Digits in run `run` of the last text's runs. */
export const digitRunLength = (run: number): number => (run < runCount ? runEnds[run]! - runStarts[run]! : 0);

/**
 * True when the runs from `run` on, each joined to the next by one character of `separators`, hold
 * at least `digits` digits (reads at most `digits` runs).
 */
export function digitChainHolds(text: string, run: number, digits: number, separators: string): boolean {
  let count = 0;
  for (let next = run; next < runCount; next++) {
    count += runEnds[next]! - runStarts[next]!;
    if (count >= digits) return true;
    const end = runEnds[next]!;
    if (next + 1 === runCount || runStarts[next + 1] !== end + 1 || !separators.includes(text[end]!)) return false;
  }
  return false;
}

/**
 * True when the character before run `run` is an ASCII letter or digit or one of `others`: a
 * look-behind such as `(?<![\p{L}\p{N}_.\/-])` rejects it. Any other character may pass it.
 */
export function asciiWordBefore(text: string, run: number, others: string): boolean {
  const start = runStarts[run]!;
  if (start === 0) return false;
  const code = text.charCodeAt(start - 1);
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || others.includes(text[start - 1]!);
}

/**
 * True when `pattern` matches at the first digit of some run of ASCII digits for which
 * `mayStart(text, start)` is true (tried there only, with its sticky copy): `pattern.test(text)` for a
 * pattern every match of which starts at a digit that `mayStart` lets through (the caller's promise).
 */
export function matchesAtDigitRunStart(text: string, pattern: RegExp, mayStart: (text: string, start: number) => boolean): boolean {
  findDigitRuns(text);
  const sticky = stickyCopy(pattern);
  for (let run = 0; run < runCount; run++) {
    const start = runStarts[run]!;
    if (!mayStart(text, start)) continue;
    sticky.lastIndex = start;
    if (sticky.test(text)) return true;
  }
  return false;
}
