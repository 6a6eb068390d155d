/**
 * `pattern.test(window)` for many windows cut from one long text, answered from one pass over the whole text.
 * The person checks (person-near.ts, personal.ts, care-person.ts, person-cues.ts) test a dozen look-behind-led
 * patterns on a sentence-sized window around every amount or condition: a text with an amount every 17 characters
 * tested each character ~40 times per pattern (~21 s per 1 MB of "I owe €300 …" with a new number each time).
 *
 * Here, per pattern, the offsets where the pattern starts a match in the whole text are collected once (every offset,
 * not only the leftmost of non-overlapping matches). A match inside a window is a match of the text at the same
 * offset unless one of its look-arounds, `^`, `$`, `\b` or `\B` reads past the window's edge, and that can only happen
 * when the match starts within `before` code units of the window's start or ends within `after` of its end (the
 * longest such reads, from the pattern's source: `measure`). Such a match is still a match of the pattern's loose
 * copy (its conditions dropped: it reads nothing but what it consumes) at the same offset of the text, so the offsets
 * where the loose copy starts are collected too, and a window holding no start of the pattern is tried only there,
 * with a sticky copy of the pattern on the window itself (a match of unbounded length: `(?<=pattern)` at each of the
 * last `after` offsets instead). When a window may match it is tested with the pattern itself, so every answer is the
 * pattern's own. A window whose edge splits a surrogate pair is always tested; so is every window of a pattern with
 * a back-reference or a look-around of unbounded length. A look-around inside a look-around reads at most its own
 * reads past the outer one's body (session 40; before, such a pattern was always tested: the name label's template
 * check made the slowest adversarial input test every window around every amount).
 *
 * The text pass is made only once the windows tested for a pattern add up to four times the text's length: a short
 * prompt with a few windows never pays for it, nor a text whose windows barely overlap (one sentence each: "varied
 * named diagnoses" was 15–50% slower when the pass was made at once the text's length), and a text whose windows
 * overlap many times over pays about a quarter more than the windows alone at most.
 */

/** The end (exclusive) of the character class opening at `start` (no `v` flag: a class has no nested class). */
function classEnd(source: string, start: number): number {
  let index = start + 1;
  if (source[index] === "^") index++;
  while (index < source.length) {
    if (source[index] === "\\") index += 2;
    else if (source[index] === "]") return index + 1;
    else index++;
  }
  return source.length;
}

/** The end (exclusive) of the group opening at `start`. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  for (let index = start; index < source.length;) {
    const char = source[index]!;
    if (char === "\\") index += 2;
    else if (char === "[") index = classEnd(source, index);
    else {
      if (char === "(") depth++;
      else if (char === ")" && --depth === 0) return index + 1;
      index++;
    }
  }
  return source.length;
}

const QUANTIFIER = /^(?:[*+?]|\{(\d+)(?:(,)(\d*))?\})/;
const LOOKAROUND = /^\(\?(?:=|!|<=|<!)/;
const GROUP_OPENING = /^\((?:\?(?::|<[A-Za-z_$][\w$]*>))?/;

/** Characters, not code units: a surrogate pair is one character with the `u` flag (counted as two without: safe). */
interface Measure {
  /** The most characters a match of the part consumes (Infinity: unbounded). */
  length: number;
  /** The most characters a zero-width condition inside the part reads before its own position (look-behind, `^`, `\b`). */
  back: number;
  /** The same after its position (look-ahead, `$`, `\b`). */
  ahead: number;
}

/** Longest match and longest condition reads of `source[from, to)`. Over-estimates are safe; back-references count as unbounded. */
function measure(source: string, from: number, to: number): Measure {
  let longest = 0;
  let length = 0;
  let back = 0;
  let ahead = 0;
  for (let index = from; index < to;) {
    const char = source[index]!;
    let atom: number;
    if (char === "|") {
      longest = Math.max(longest, length);
      length = 0;
      index++;
      continue;
    } else if (char === "(") {
      const end = groupEnd(source, index);
      if (LOOKAROUND.test(source.slice(index, index + 4))) {
        const behind = source[index + 2] === "<";
        const body = measure(source, index + (behind ? 4 : 3), end - 1);
        // The body lies before the position (look-behind) or after it (look-ahead); a condition inside the body reads
        // at most `body.back` before the body's start and `body.ahead` after its end.
        if (behind) {
          back = Math.max(back, body.length + body.back);
          ahead = Math.max(ahead, body.ahead);
        } else {
          ahead = Math.max(ahead, body.length + body.ahead);
          back = Math.max(back, body.back);
        }
        atom = 0;
      } else {
        const opening = GROUP_OPENING.exec(source.slice(index))![0];
        // Any other `(?…` (modifiers): not measured, the pattern is always tested.
        if (source[index + opening.length] === "?") return { length: Infinity, back: Infinity, ahead: Infinity };
        const inner = measure(source, index + opening.length, end - 1);
        back = Math.max(back, inner.back);
        ahead = Math.max(ahead, inner.ahead);
        atom = inner.length;
      }
      index = end;
    } else if (char === "[") {
      index = classEnd(source, index);
      atom = 1;
    } else if (char === "\\") {
      const next = source[index + 1] ?? "";
      if (next === "k" || (next >= "1" && next <= "9")) return { length: Infinity, back: Infinity, ahead: Infinity };
      index += 2;
      if ((next === "p" || next === "P" || next === "u") && source[index] === "{") index = source.indexOf("}", index) + 1;
      else if (next === "u") index += 4;
      else if (next === "x") index += 2;
      else if (next === "c") index += 1;
      if (next === "b" || next === "B") {
        back = Math.max(back, 1);
        ahead = Math.max(ahead, 1);
        atom = 0;
      } else atom = 1;
    } else if (char === "^" || char === "$") {
      if (char === "^") back = Math.max(back, 1);
      else ahead = Math.max(ahead, 1);
      atom = 0;
      index++;
    } else {
      atom = 1;
      index++;
    }
    const quantifier = QUANTIFIER.exec(source.slice(index, index + 16));
    if (quantifier !== null) {
      index += quantifier[0].length;
      if (source[index] === "?") index++;
      const most =
        quantifier[0] === "?"
          ? 1
          : quantifier[1] === undefined || quantifier[2] === ","
            ? quantifier[3]
              ? Number(quantifier[3])
              : Infinity
            : Number(quantifier[1]);
      atom = atom === 0 ? 0 : atom * most;
    }
    length += atom;
  }
  return { length: Math.max(longest, length), back, ahead };
}

const isLead = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isTrail = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The source without its zero-width conditions (look-arounds, `^`, `$`, `\b`, `\B`: each an empty group). */
export function looseSource(source: string): string {
  let loose = "";
  for (let index = 0; index < source.length;) {
    const char = source[index]!;
    if (char === "\\") {
      const next = source[index + 1] ?? "";
      loose += next === "b" || next === "B" ? "(?:)" : char + next;
      index += 2;
    } else if (char === "[") {
      const end = classEnd(source, index);
      loose += source.slice(index, end);
      index = end;
    } else if (char === "^" || char === "$") {
      loose += "(?:)";
      index++;
    } else if (char === "(" && LOOKAROUND.test(source.slice(index, index + 4))) {
      loose += "(?:)";
      index = groupEnd(source, index);
    } else {
      loose += char;
      index++;
    }
  }
  return loose;
}

/** Ascending offsets. */
interface Offsets {
  at: Int32Array;
  count: number;
}

/** Every offset of `text` where `pattern` (global) starts a match, not only the leftmost of non-overlapping ones. */
function allStarts(pattern: RegExp, text: string): Offsets {
  let at = new Int32Array(64);
  let count = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = match.index;
    if (count > 0 && start <= at[count - 1]!) {
      pattern.lastIndex = at[count - 1]! + 2; // (an offset inside a pair, moved back to its start)
      continue;
    }
    if (count === at.length) {
      const grown = new Int32Array(count * 2);
      grown.set(at);
      at = grown;
    }
    at[count++] = start;
    // The next offset; a surrogate pair is one step with the `u` flag.
    pattern.lastIndex = start + (pattern.unicode && isLead(text.charCodeAt(start)) && isTrail(text.charCodeAt(start + 1)) ? 2 : 1);
  }
  return { at, count };
}

/** Index of the first offset at or after `from`. */
function firstFrom(offsets: Offsets, from: number): number {
  let low = 0;
  let high = offsets.count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (offsets.at[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** What is made once per pattern: its reads past a match's edges, its longest match and three copies. */
interface Derived {
  /** Code units a condition may read before a match's start and after its end; Infinity: the pattern is always tested. */
  before: number;
  after: number;
  /** Code units of the longest match (Infinity: unbounded). */
  longest: number;
  /** The pattern, sticky: a match starting at one offset. */
  at: RegExp;
  /** `(?<=pattern)`, sticky: a match ending at one offset (for a pattern of unbounded length). */
  endingAt: RegExp;
  /** The loose copy (`looseSource`), global. */
  loose: RegExp;
}

const DERIVED = new WeakMap<RegExp, Derived | null>();
const FLAGS_DROPPED = /[gyd]/g;

/** Null when the pattern is always tested (the `v` flag, a back-reference, a look-around of unbounded reach). */
function derived(pattern: RegExp): Derived | null {
  let made = DERIVED.get(pattern);
  if (made !== undefined) return made;
  made = null;
  if (!/[vy]/.test(pattern.flags)) {
    const unit = pattern.unicode ? 2 : 1;
    const { back, ahead, length } = measure(pattern.source, 0, pattern.source.length);
    const flags = pattern.flags.replace(FLAGS_DROPPED, "");
    if (back !== Infinity && ahead !== Infinity)
      made = {
        before: back * unit,
        after: ahead * unit,
        longest: length * unit,
        at: new RegExp(pattern.source, `${flags}y`),
        endingAt: new RegExp(`(?<=${pattern.source})`, `${flags}y`),
        loose: new RegExp(looseSource(pattern.source), `${flags}g`),
      };
  }
  DERIVED.set(pattern, made);
  return made;
}

interface PatternEntry {
  /** Characters of windows tested so far. */
  tested: number;
  /** The stretch of the text those windows lie in. */
  low: number;
  high: number;
  derived: Derived | null;
  /** Offsets where the pattern starts a match in the text; undefined until collected. */
  starts?: Offsets;
  /** Offsets where its loose copy starts one: where a match of any window may start. */
  looseStarts?: Offsets;
}

/** Windows tested per text character before a pattern's starts are collected (tests set it to 0 or Infinity). */
const BUDGET_PER_CHARACTER = 4;
let budgetPerCharacter = BUDGET_PER_CHARACTER;
/**
 * Also collected once the windows tested add up to `DENSE_CHARACTERS` and cover their stretch of the text
 * `DENSE_OVERLAP` times over (session 40): a long text with a finding every few characters ("I owe €300 and my salary
 * is €5000 …": a 240-character window every ~20) tested ~4 times its length window by window before the pass; a
 * prompt shorter than a quarter of `DENSE_CHARACTERS` never reaches it, nor do windows that barely overlap.
 */
const DENSE_CHARACTERS = 65_536;
const DENSE_OVERLAP = 8;

/** For tests only: 0 collects starts at the first window, Infinity never (every window tested as before); none: the default. */
export function setWindowPassBudget(perCharacter = BUDGET_PER_CHARACTER): void {
  budgetPerCharacter = perCharacter;
}

export class PatternStarts {
  private readonly entries = new Map<RegExp, PatternEntry>();

  constructor(readonly text: string) {}

  /**
   * Whether `pattern` can match in `window`, which is `text.slice(from, from + window.length)`: false only when it
   * cannot (then `pattern.test(window)` is false).
   */
  mayMatch(pattern: RegExp, window: string, from: number): boolean {
    const to = from + window.length;
    let entry = this.entries.get(pattern);
    if (entry === undefined) this.entries.set(pattern, (entry = { tested: 0, low: from, high: to, derived: derived(pattern) }));
    const made = entry.derived;
    if (made === null) return true;
    if (entry.starts === undefined) {
      const tested = (entry.tested += window.length);
      if (from < entry.low) entry.low = from;
      if (to > entry.high) entry.high = to;
      const dense = tested > DENSE_CHARACTERS && tested > DENSE_OVERLAP * (entry.high - entry.low) && budgetPerCharacter !== Infinity;
      if (tested <= budgetPerCharacter * this.text.length && !dense) return true;
      this.collect(entry, made);
    }
    const text = this.text;
    if (from > 0 && isTrail(text.charCodeAt(from)) && isLead(text.charCodeAt(from - 1))) return true;
    if (to < text.length && to > 0 && isLead(text.charCodeAt(to - 1)) && isTrail(text.charCodeAt(to))) return true;
    const starts = entry.starts!;
    const first = firstFrom(starts, from);
    if (first < starts.count && starts.at[first]! < to) return true;
    // Every match of the window is one of the loose copy, in the text at the same offset.
    const loose = entry.looseStarts!;
    const firstLoose = firstFrom(loose, from);
    if (firstLoose === loose.count || loose.at[firstLoose]! >= to) return false;
    // No match of the text starts in the window: a match of the window must read before it (start within `before`
    // code units of its start) or after it (end within `after` of its end). Such a match is a match of the loose copy
    // in the text: tried only where one of those starts.
    const startsBefore = Math.min(to, from + made.before);
    if (startsBefore > from && matchesFrom(made.at, loose, window, from, from, startsBefore)) return true;
    if (made.after > 0 && made.longest !== Infinity) {
      const endsAfter = Math.max(startsBefore, to - made.after - made.longest);
      if (matchesFrom(made.at, loose, window, from, endsAfter, to)) return true;
    } else if (made.after > 0) {
      // An unbounded match may start anywhere: tried by its end instead.
      for (let offset = window.length; offset >= 0 && offset > window.length - made.after; offset--) {
        made.endingAt.lastIndex = offset;
        if (made.endingAt.test(window)) return true;
      }
    }
    return false;
  }

  /** `pattern.test(window)` (a pattern neither global nor sticky) where `window` is `text.slice(from, …)`; the same answer. */
  test(pattern: RegExp, window: string, from: number): boolean {
    // A global or sticky pattern's `test` reads and sets `lastIndex`: not skipped.
    if (pattern.global || pattern.sticky) return pattern.test(window);
    return this.mayMatch(pattern, window, from) && pattern.test(window);
  }

  private collect(entry: PatternEntry, made: Derived): void {
    const loose = allStarts(made.loose, this.text);
    entry.looseStarts = loose;
    // A match of the pattern is one of its loose copy: tried only where that starts (a look-behind-led pattern walked
    // over the whole text costs ~8 times its loose copy).
    const starts = new Int32Array(Math.max(1, loose.count));
    let count = 0;
    for (let index = 0; index < loose.count; index++) {
      made.at.lastIndex = loose.at[index]!;
      if (made.at.test(this.text)) starts[count++] = loose.at[index]!;
    }
    entry.starts = { at: starts, count };
  }
}

/** Whether `window` (at `from` in the text) has a match starting in [low, high) (text offsets), tried where the loose copy starts one. */
function matchesFrom(at: RegExp, loose: Offsets, window: string, from: number, low: number, high: number): boolean {
  for (let index = firstFrom(loose, low); index < loose.count && loose.at[index]! < high; index++) {
    at.lastIndex = loose.at[index]! - from;
    if (at.test(window)) return true;
  }
  return false;
}

/** A window's place in a text: the text's pattern starts and the window's offset in it. */
export interface WindowPlace {
  starts: PatternStarts;
  offset: number;
}

/** `pattern.test(window)` (neither global nor sticky), from the window's text's pattern starts when its place is known. */
export function testWindow(pattern: RegExp, window: string, place: WindowPlace | undefined): boolean {
  return place === undefined ? pattern.test(window) : place.starts.test(pattern, window, place.offset);
}

/** Whether `pattern` (walked with `exec` from 0) may find any match in the window: false only when it cannot. */
export function mayMatchWindow(pattern: RegExp, window: string, place: WindowPlace | undefined): boolean {
  return place === undefined || place.starts.mayMatch(pattern, window, place.offset);
}

/** A place `by` characters further into the same text. */
export function placeAt(place: WindowPlace | undefined, by: number): WindowPlace | undefined {
  return place === undefined ? undefined : { starts: place.starts, offset: place.offset + by };
}

/** The pattern starts of the texts last asked for (a scan asks for its text and its lower-cased text). */
const recent: PatternStarts[] = [];

export function patternStarts(text: string): PatternStarts {
  for (const starts of recent) if (starts.text === text) return starts;
  const starts = new PatternStarts(text);
  recent.unshift(starts);
  if (recent.length > 2) recent.pop();
  return starts;
}
