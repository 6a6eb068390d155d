/**
 * Group separators (session 40, issue #15): card numbers, IBANs, phone numbers and national ids are pasted grouped with
 * `_` (`4556_7375_8689_9855`, a log's or code's form), `·` or `•` (`DE59·2107·0024·…`, `+44•7911•482•305`, an app's or
 * a PDF's form) where the value patterns expect a space. Before detection these separators are replaced by a space, in
 * place (same length: no offsets change), inside a run of at least three groups that holds enough digits: 12–19 digits
 * in digit-only groups for `_` (so `1_073_741_824` and `snake_case` stay as written), 7 or more for `·` and `•`.
 * Thin and narrow no-break spaces need nothing here: NFKC normalisation makes them spaces.
 * One pass of one pattern without look-arounds; a text without `_`, `·`, `•` is returned after three native searches.
 *
 * One digit per group (session 47, dev-71): a value typed one digit at a time between pipes, slashes, line breaks or (session 48) commas
 * (`5|3|5|3|1|1|0|9|…`, `2/8/7/6/1/4/4/0/3`, a card one digit per line) to get past a detector. Nine to nineteen single
 * digits with the same separator between each two become digits parted by spaces (the spaced form the value patterns
 * read, `5 3 5 3 …`), in place. Dates (`12/31/2024`), paths and tables hold groups longer than one digit and stay; eight
 * single digits or fewer stay (`1/2/3/4`). Gated on the text's digit runs (digit-runs.ts, found once per text and kept
 * for the detectors): a run of one digit before such a mark and a digit; then one native pattern, its repeats bounded.
 * A backslash (`4\5\5\6…`) parts digits the same way (session 47 review).
 */
import { someDigitRunStart } from "./digit-runs.js";

/** A `·` or `•` in the text: two native searches (session 46: the class pattern read the whole text, ~4 µs on the bench prompt). */
const holdsMiddleDot = (text: string) => text.includes("\u00b7") || text.includes("\u2022");
const SEPARATOR = /[_\u00b7\u2022]/g;
/** The longest grouped value looked at around a separator. */
const MAX_RUN = 64;

const isGroupChar = (code: number) =>
  (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122) || code === 95 || code === 0xb7 || code === 0x2022;

const DIGIT = /\d/g;

/** The run's separators as spaces when it is a grouped value (see above), else undefined. */
function folded(run: string): string | undefined {
  const groups = run.split(SEPARATOR);
  if (groups.length < 3 || groups.some((group) => group.length === 0 || group.length > 8)) return undefined;
  const digits = run.match(DIGIT)?.length ?? 0; // runs are at most 2 × 64 characters
  if (run.includes("_")) {
    if (!groups.every((group) => /^\d+$/.test(group)) || digits < 12 || digits > 19) return undefined;
  } else if (digits < 7) return undefined;
  return run.replace(SEPARATOR, " ");
}

/** Nine to nineteen single digits, the same `|`, `/` or line break between each two, no digit or letter around. */
const DIGIT_PER_SEPARATOR = /(?<![\p{L}\p{N}_|/\\.-])\d([|/\\\n,])\d(?:\1\d){7,17}(?![\p{L}\p{N}_|/\\])/gu;
const isDigitPerSeparatorMark = (code: number) => code === 124 || code === 47 || code === 92 || code === 10 || code === 44;

/** A list's opening or separating mark: a comma-parted run right after one is a list or a row, not one value. */
const LIST_MARKS = new Set(["[", "(", "{", ",", ";", "="]);

/**
 * One digit per comma ("my social: 2,8,7,6,1,4,4,0,3", session 48) only as one value inside a sentence: a letter before
 * it on its line, no list mark or comma between them (an array `[0,1,0,…]`, a CSV row and a `x = 1,2,…` literal stay),
 * and no comma or closing bracket after it. Reads at most 40 characters back.
 */
function commaRunIsOneValue(text: string, start: number, end: number): boolean {
  const after = text[end];
  if (after === "," || after === "]" || after === ")" || after === "}") return false;
  let letter = false;
  for (let index = start - 1; index >= 0 && start - index <= 40; index--) {
    const char = text[index]!;
    if (char === "\n") break;
    if (LIST_MARKS.has(char)) return false;
    if (/\p{L}/u.test(char)) letter = true;
  }
  return letter;
}
const isAsciiDigitCode = (code: number) => code >= 48 && code <= 57;
/** A run of one digit, a `|`, `/` or line break, a digit: where DIGIT_PER_SEPARATOR can start (read off the text's digit runs). */
const singleDigitBeforeMark = (text: string) => (start: number) =>
  isDigitPerSeparatorMark(text.charCodeAt(start + 1)) &&
  isAsciiDigitCode(text.charCodeAt(start + 2)) &&
  // A comma after one digit is mostly a thousands mark ("1,250"): a comma run needs a single digit after it and another comma.
  (text.charCodeAt(start + 1) !== 44 || (text.charCodeAt(start + 3) === 44 && isAsciiDigitCode(text.charCodeAt(start + 4))));

/** `text` with the separators of single-digit runs (above) replaced by spaces (same length). */
function foldDigitPerSeparator(text: string): string {
  if (!someDigitRunStart(text, singleDigitBeforeMark(text))) return text;
  return text.replace(DIGIT_PER_SEPARATOR, (run: string, mark: string, offset: number) =>
    mark === "," && !commaRunIsOneValue(text, offset, offset + run.length) ? run : run.replace(/[|/\\\n,]/g, " "),
  );
}

/** `text` with the group separators of grouped values replaced by spaces (same length). */
export function foldGroupSeparators(original: string): string {
  const text = foldDigitPerSeparator(original);
  if (!text.includes("_") && !holdsMiddleDot(text)) return text;
  // Pieces joined once at the end (a copy of the whole text per folded run would be quadratic).
  const pieces: string[] = [];
  let copied = 0;
  let done = 0;
  // Each separator found by a native search per separator character (a global regex's exec per `_` of code cost more
  // than the whole search); the next `·` and `•` are searched once there is one, and again only once passed.
  const dots = holdsMiddleDot(text);
  let nextUnderscore = -2; // -2: not searched yet
  let nextDot = -2;
  let nextBullet = -2;
  let from = 0;
  // From each separator not inside a run already read: the run of letters, digits and separators around it (at most
  // MAX_RUN characters each way), read once.
  for (;;) {
    // Each next position is searched again only once passed; -1: none left (never searched again), so the searches
    // together read the text once per separator character.
    if (nextUnderscore >= 0 ? nextUnderscore < from : nextUnderscore === -2) nextUnderscore = text.indexOf("_", from);
    if (dots) {
      if (nextDot >= 0 ? nextDot < from : nextDot === -2) nextDot = text.indexOf("\u00b7", from);
      if (nextBullet >= 0 ? nextBullet < from : nextBullet === -2) nextBullet = text.indexOf("\u2022", from);
    }
    let index = nextUnderscore;
    if (dots) for (const candidate of [nextDot, nextBullet]) if (candidate >= 0 && (index < 0 || candidate < index)) index = candidate;
    if (index < 0) break;
    from = index + 1;
    // A separator between two digits, or a `·`/`•` after a letter or digit, can be inside a grouped value; `snake_case`
    // cannot (the common case in code, skipped without reading a run).
    const [before, after] = [text.charCodeAt(index - 1), text.charCodeAt(index + 1)];
    if (!(after >= 48 && after <= 57) || (text.charCodeAt(index) === 95 && !(before >= 48 && before <= 57))) continue;
    let start = index;
    while (start > done && index - start < MAX_RUN && isGroupChar(text.charCodeAt(start - 1))) start--;
    if (start > 0 && text.charCodeAt(start - 1) === 43) start--; // a leading "+" of a phone number
    let end = index + 1;
    while (end < text.length && end - index < MAX_RUN && isGroupChar(text.charCodeAt(end))) end++;
    done = end;
    from = end;
    const run = text.charCodeAt(start) === 43 ? text.slice(start + 1, end) : text.slice(start, end);
    const replaced = folded(run);
    if (replaced === undefined) continue;
    pieces.push(text.slice(copied, end - run.length), replaced);
    copied = end;
  }
  if (pieces.length === 0) return text;
  pieces.push(text.slice(copied));
  return pieces.join("");
}
