/**
 * Letter-spaced values (session 38, issue #15's adversarial forms): people write an IBAN, a passport number or a
 * password one character at a time so that autocorrect or a form leaves it alone ("C H 1 4 8 9 5 8 …", "F T 4 8 2 9 1
 * 5", "h u m m i n g b i r d 7 7 !"), which no value pattern reads. Before detection, a run of eight or more single
 * characters separated by one space each, holding a digit, is closed up ("CH1489…"); every other character stays
 * where it was, and an offset map takes spans back to the text before. Session 39: a run may group its characters
 * with hyphens that touch them ("4 1 7 2-9 9 6 0-8 9 0 5-6 5 3 8", "5 3 6-2 2-1 9 4 7"): the spaces go, the hyphens
 * stay ("4172-9960-8905-6538"); a run needs one space at least (hyphens alone join nothing new). One pass over the text; a text without such a
 * run is returned as it is (no copy). Session 47 (dev-71): a run with no digit is closed up too when it is an e-mail
 * address ("r o b e r t . f a l k @ p r o t o n . m e": an "@" and a "." after it).
 */

export interface CollapsedText {
  /** The text the detectors see. */
  text: string;
  /** True when a run was closed up. */
  changed: boolean;
  /** The offset in the text before of the character at `index` (`index` may be the text's length). */
  before(index: number): number;
}

/** Eight characters at least: "F T 4 8 2 9 1 5" (a passport), shorter runs are initials and list markers. */
const MIN_CHARACTERS = 8;

const isSpace = (code: number) => code === 32;
/** A character of a letter-spaced value: any visible character of one code unit (not a space, a tab or a line break). */
const isToken = (code: number) => code > 32 && code !== 0x7f && !(code >= 0xd800 && code <= 0xdfff) && code !== 0xa0;
const isDigit = (code: number) => code >= 48 && code <= 57;

/** Punctuation that may close a letter-spaced value ("… 9 1 5, preciso"). */
const isClosing = (code: number) => code === 44 || code === 46 || code === 59 || code === 58 || code === 41 || code === 34 || code === 39;

/** A token of one character at `at`: the next is no token, or closing punctuation with no token after it. */
function singleAt(text: string, at: number): boolean {
  const next = text.charCodeAt(at + 1);
  if (!(at + 1 < text.length && isToken(next))) return true;
  return isClosing(next) && !(at + 2 < text.length && isToken(text.charCodeAt(at + 2)));
}

const HYPHEN = 45;

/**
 * A token of one character at `at` joined by a hyphen to the next one, in a run that groups its characters with
 * hyphens ("4 1 7 2-9 9 6 0-8 9 0 5-…", session 39): the hyphen, then a token of one character or another joined one.
 */
function joinedAt(text: string, at: number): boolean {
  return (
    text.charCodeAt(at + 1) === HYPHEN &&
    at + 2 < text.length &&
    isToken(text.charCodeAt(at + 2)) &&
    text.charCodeAt(at + 2) !== HYPHEN &&
    (singleAt(text, at + 2) || text.charCodeAt(at + 3) === HYPHEN)
  );
}

const LOWER_A = 97;
const LOWER_T = 116;

/** The word "at" at `at` between two spaces, a single-character token after it: an e-mail's "@" spelt out in a spaced run. */
const spacedAtWord = (text: string, at: number) =>
  text.charCodeAt(at) === LOWER_A &&
  text.charCodeAt(at + 1) === LOWER_T &&
  isSpace(text.charCodeAt(at - 1)) &&
  isSpace(text.charCodeAt(at + 2)) &&
  at + 3 < text.length &&
  isToken(text.charCodeAt(at + 3)) &&
  singleAt(text, at + 3);

/** The start and end (exclusive) of every run of single characters separated by one space, eight or more, with a digit or an e-mail's `@` and `.`. */
export function spacedRuns(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  const length = text.length;
  let index = 0;
  while (index < length) {
    // A run starts at a token that is a word of one character: no token before it.
    if (!isToken(text.charCodeAt(index)) || (index > 0 && isToken(text.charCodeAt(index - 1)))) {
      index++;
      continue;
    }
    const start = index;
    let digit = false;
    // 1 after an "@", 2 after a "." that follows it: an e-mail address ("r o b e r t . f a l k @ p r o t o n . m e").
    let mail = 0;
    let at = index;
    let end = index;
    let spaces = false;
    // The longest stretch of single characters with no spelt "at" in it: the hint's eight (SPACED_RUN_HINT).
    let stretch = 0;
    let longest = 0;
    // The run as it stood before a spelt "at" (its end, longest stretch, digit): kept when no e-mail follows.
    let beforeAt: [number, number, boolean] | undefined;
    // Each step eats one single-character token (or a spelt "at") and the one space (or joining hyphen) after it: linear.
    while (at < length && isToken(text.charCodeAt(at)) && (singleAt(text, at) || joinedAt(text, at) || (mail === 0 && spaces && spacedAtWord(text, at)))) {
      if (text.charCodeAt(at + 1) === LOWER_T && text.charCodeAt(at) === LOWER_A) {
        // "r o b e r t . f a l k at p r o t o n . m e": the word "at" for the e-mail's "@" (session 48).
        mail = 1;
        longest = Math.max(longest, stretch);
        beforeAt = [end, longest, digit];
        stretch = 0;
        end = at + 2;
        at += 3;
        continue;
      }
      stretch++;
      digit ||= isDigit(text.charCodeAt(at));
      const code = text.charCodeAt(at);
      if (code === 64) mail = 1;
      else if (code === 46 && mail === 1) mail = 2;
      end = at + 1;
      const separator = text.charCodeAt(at + 1);
      if (at + 2 < length && (isSpace(separator) || separator === HYPHEN) && isToken(text.charCodeAt(at + 2))) {
        spaces ||= isSpace(separator);
        at += 2;
      } else break;
    }
    longest = Math.max(longest, stretch);
    // A spelt "at" with no e-mail after it ("0 7 9 1 1 4 8 2 3 0 5 at 6 p m"): the run ends before the word.
    if (beforeAt !== undefined && mail !== 2) [end, longest, digit] = beforeAt;
    // A run needs one space at least; an e-mail may be parted by hyphens alone ("r-o-b-e-r-t-.-f-a-l-k-@-…", session 48).
    if (longest >= MIN_CHARACTERS && (digit || mail === 2) && (spaces || mail === 2)) runs.push([start, end]);
    index = Math.max(end, index + 1);
  }
  return runs;
}

/**
 * Seven separators (a space or a joining hyphen), each two characters after the one before, with one non-space between
 * each two: the separators inside every run `spacedRuns` reports (its eight tokens or more stand at `start`, `start + 2`
 * … and a space or a hyphen between each two), so a text this does not match has no run. One regexp pass (a
 * fixed-length pattern: at most 13 steps per position, linear) instead of the character walk on the texts without one
 * (session 39: ~4 µs against ~33 µs on the bench's 2,000-token prompt).
 */
export const SPACED_RUN_HINT = /[ -][^ ][ -][^ ][ -][^ ][ -][^ ][ -][^ ][ -][^ ][ -]/;
const unchanged = (index: number) => index;

/**
 * The mark of a spaced run that is nine to nineteen single digits with the same `|`, `/` or `\\` between each two
 * ("4 | 5 | 5 | 6 …", session 48), else undefined.
 */
function digitPerMark(text: string, start: number, end: number): string | undefined {
  const mark = text[start + 2];
  if (mark !== "|" && mark !== "/" && mark !== "\\") return undefined;
  let digits = 0;
  for (let index = start; index < end; index += 2) {
    const code = text.charCodeAt(index);
    const wanted = (index - start) % 4 === 0;
    if (wanted ? !isDigit(code) : text[index] !== mark) return undefined;
    if (wanted) digits++;
  }
  return digits >= 9 && digits <= 19 ? mark : undefined;
}

/**
 * One digit per Windows line (session 48): nine to nineteen single digits, each on its own CRLF-ended line, no letter or
 * digit around ("card for Mia:\r\n4\r\n5\r\n…"). Group-separators.ts reads them on LF lines in place; a CRLF is two
 * characters, so here the digits are closed up with one space between each two. Bounded repeats from each digit: linear.
 */
const DIGIT_PER_WINDOWS_LINE = /(?<![\p{L}\p{N}])\d(?:\r\n\d){8,18}(?![\p{L}\p{N}])/gu;

function windowsLineRuns(text: string): Array<[number, number]> {
  if (!text.includes("\r\n")) return [];
  const runs: Array<[number, number]> = [];
  DIGIT_PER_WINDOWS_LINE.lastIndex = 0;
  for (let match = DIGIT_PER_WINDOWS_LINE.exec(text); match !== null; match = DIGIT_PER_WINDOWS_LINE.exec(text))
    runs.push([match.index, match.index + match[0].length]);
  return runs;
}

export function collapseLetterSpacing(text: string): CollapsedText {
  const spaced = SPACED_RUN_HINT.test(text) ? spacedRuns(text) : [];
  const lines = windowsLineRuns(text);
  // The two kinds never overlap (a spaced run holds no line break); in text order.
  const runs: Array<[number, number, "spaced" | "lines"]> = [
    ...spaced.map(([start, end]): [number, number, "spaced"] => [start, end, "spaced"]),
    ...lines.map(([start, end]): [number, number, "lines"] => [start, end, "lines"]),
  ].sort((left, right) => left[0] - right[0]);
  if (runs.length === 0) return { text, changed: false, before: unchanged };
  let out: string;
  let last: number;
  // `map[i]`: the offset before of the text's i-th character, for the characters after the first run's start.
  const offsets: number[] = [];
  const firstStart = runs[0]![0];
  const copy = (from: number, to: number) => {
    out += text.slice(from, to);
    for (let index = from; index < to; index++) offsets.push(index);
  };
  out = text.slice(0, firstStart);
  last = firstStart;
  for (const [start, end, form] of runs) {
    copy(last, start);
    const mark = form === "spaced" ? digitPerMark(text, start, end) : undefined;
    const hyphensOnly = form === "spaced" && !text.slice(start, end).includes(" ");
    for (let index = start; index < end;) {
      if (form === "lines") {
        // One digit per Windows line: the digits parted by one space (the form the value patterns read).
        out += index === start ? text[index]! : ` ${text[index]!}`;
        if (index !== start) offsets.push(index - 2);
        offsets.push(index);
        index += 3;
        continue;
      }
      if (text.charCodeAt(index) === LOWER_A && text.charCodeAt(index + 1) === LOWER_T) {
        out += "@";
        offsets.push(index);
        index += 3;
        continue;
      }
      // One digit per mark ("4 | 5 | 5 …"): the marks become the spaces between the digits, as group-separators.ts
      // reads "4|5|5…".
      out += mark !== undefined && text[index] === mark ? " " : text[index]!;
      offsets.push(index);
      // A hyphen between two characters of the run stays (it groups them: "4172-9960-…"), unless the run is an e-mail
      // parted by hyphens alone; a space goes.
      if (index + 1 < end && text.charCodeAt(index + 1) === HYPHEN && !hyphensOnly) {
        out += "-";
        offsets.push(index + 1);
      }
      index += 2;
    }
    last = end;
  }
  copy(last, text.length);
  // Offsets below the first run's start are unchanged; from there on they are read from the table (its length: the end).
  const before = (index: number) => (index < firstStart ? index : index - firstStart < offsets.length ? offsets[index - firstStart]! : text.length);
  return { text: out, changed: true, before };
}
