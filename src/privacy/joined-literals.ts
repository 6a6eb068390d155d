/**
 * A secret assembled from string literals in code (session 48, issue #15): a key split so that a scanner misses it —
 * `"sk_live_51" + "Bnjr…" + "jaeZ…"` (JavaScript, Java, C#, Python), `'ghp_' . '1uJq…'` (PHP), `["xoxb-1276…",
 * "-3738…-", "2pzp…"]` joined later, `string.Concat("SG.gpfu…", ".eWig…")`, `f"{'ghp_'}{'1uJq…'}"` (a Python f-string of
 * literals), `"AIza" "qYkS…"` (adjacent literals). Two or more literals with the same quote, each on one line without
 * escapes (1–200 characters), joined by `+`, `.`, `}{`, only white space, or `,` in a list (after `[`, `{` or a
 * `concat(`; never a call's arguments), are read as one literal holding their concatenation; the scanner reads the line
 * again with it (encoded-values.ts), and only a credential found across a join counts (a date or number that pieces
 * happen to spell is no one's; a value inside one piece was found as written). A piece followed by `:` or `=` is a key (`"x",
 * "role": …` in JSON), never part of a chain. The concatenation must be 8–512 characters without white space.
 * Linear: only a quote followed by a joiner and the same quote starts a read, which looks back to the literal's opening
 * (200 characters at most) and on along the chain (64 pieces at most); a chain found is skipped whole; at most `limit`
 * chains per text.
 */

export interface JoinedLiteral {
  /** The first literal's opening quote. */
  start: number;
  /** Just after the last literal's closing quote. */
  end: number;
  /** The concatenation, quoted with the pieces' quote. */
  decoded: string;
  /** Where two pieces meet in `decoded`: only a finding across one of them is new (each piece alone was scanned). */
  joinsAt: number[];
}

const MAX_PIECE = 200;
const MAX_PIECES = 64;
const MAX_JOINED = 512;
const MIN_JOINED = 8;
/** White space allowed around a joiner (a joiner may end a line: `"…" +\n  "…"`). */
const MAX_GAP = 16;

const WHITE_SPACE = /\s/;
/**
 * Two quotes with only blanks and one joiner between them: every quote that a chain's next piece follows starts one
 * (nextPiece), so the native search for these pairs, resumed one character after each, visits those quotes in order
 * and skips the others (session 51: a search for every quote, then nextPiece at each, cost the bench prompt ~2× more).
 */
const JOINED_QUOTES = /["'`][ \t\r\n]{0,16}(?:[+.,][ \t\r\n]{0,16}|\}\{)?["'`]/g;
const isBlank = (char: string | undefined) => char === " " || char === "\t" || char === "\r" || char === "\n";

/** The end (after the closing quote) of the literal opened at `at`, or -1: one line, no escape, no `${`. */
function literalEnd(text: string, at: number): number {
  const quote = text[at]!;
  const limit = Math.min(text.length, at + 1 + MAX_PIECE + 1);
  for (let index = at + 1; index < limit; index++) {
    const char = text[index]!;
    if (char === quote) return index > at + 1 ? index + 1 : -1;
    if (char === "\n" || char === "\\" || (quote === "`" && char === "$" && text[index + 1] === "{")) return -1;
  }
  return -1;
}

/** Past blanks from `at`, at most MAX_GAP. */
function skipBlanks(text: string, at: number): number {
  let index = at;
  while (index < text.length && index - at < MAX_GAP && isBlank(text[index])) index++;
  return index;
}

/** A piece followed by `:` or `=` (a key or a name being assigned), so no piece of a chain. */
function isKey(text: string, end: number): boolean {
  const next = text[skipBlanks(text, end)];
  return next === ":" || next === "=";
}

/**
 * True when the literal opening at `at` opens a list — after `[`, `{`, or the `(` of a `concat` call (`string.Concat(`,
 * `"".concat(`): commas between a call's arguments (`client.connect("id", "user", "password")`) join nothing.
 */
function opensList(text: string, at: number): boolean {
  let index = at - 1;
  while (index >= 0 && at - index <= MAX_GAP && isBlank(text[index])) index--;
  const char = text[index];
  if (char === "[" || char === "{") return true;
  return char === "(" && text.slice(Math.max(0, index - 6), index).toLowerCase() === "concat";
}

/** Where the next literal of a chain opens after a literal ending at `end`, or -1; commas only in a list. */
function nextPiece(text: string, end: number, quote: string, list: boolean): number {
  let index = skipBlanks(text, end);
  const char = text[index];
  if (char === "+" || char === "." || (char === "," && list)) index = skipBlanks(text, index + 1);
  else if (char === "}" && text[index + 1] === "{") index += 2;
  else if (index === end) return -1; // adjacent literals need white space between them
  return text[index] === quote ? index : -1;
}

/** The opening quote of a literal whose closing quote is at `close`, or -1 (at most MAX_PIECE characters back). */
function literalStart(text: string, close: number): number {
  const quote = text[close]!;
  for (let index = close - 1; index >= 0 && close - index <= MAX_PIECE + 1; index--)
    if (text[index] === quote) return literalEnd(text, index) === close + 1 ? index : -1;
  return -1;
}

/**
 * Chains of joined literals in `text` (at most `limit`), in order. Only a quote followed by a joiner and the same quote
 * (a closing quote, `" + "`) is looked at: prose's apostrophes open no read.
 */
export function findJoinedLiterals(text: string, limit: number): JoinedLiteral[] {
  const found: JoinedLiteral[] = [];
  JOINED_QUOTES.lastIndex = 0;
  while (found.length < limit && JOINED_QUOTES.test(text)) {
    const index = JOINED_QUOTES.lastIndex;
    // `test`, not `exec`: no match array; the pair's first quote is found back from its last one.
    let at = index - 2;
    while (text[at] !== '"' && text[at] !== "'" && text[at] !== "`") at--;
    JOINED_QUOTES.lastIndex = at + 1;
    if (nextPiece(text, at + 1, text[at]!, true) < 0) continue;
    const start = literalStart(text, at);
    const chain = start < 0 || isKey(text, at + 1) ? undefined : readChain(text, start);
    if (chain === undefined) continue;
    found.push(chain);
    JOINED_QUOTES.lastIndex = chain.end;
  }
  return found;
}

/** The chain of joined literals opening at `start` (a literal's opening quote), or undefined. */
function readChain(text: string, start: number): JoinedLiteral | undefined {
  const quote = text[start]!;
  let end = literalEnd(text, start);
  let joined = text.slice(start + 1, end - 1);
  const joinsAt: number[] = [];
  const list = opensList(text, start);
  for (let next = nextPiece(text, end, quote, list); next >= 0 && joinsAt.length + 1 < MAX_PIECES; next = nextPiece(text, end, quote, list)) {
    const pieceEnd = literalEnd(text, next);
    if (pieceEnd < 0 || isKey(text, pieceEnd) || joined.length + pieceEnd - next - 2 > MAX_JOINED) break;
    joinsAt.push(joined.length + 1);
    joined += text.slice(next + 1, pieceEnd - 1);
    end = pieceEnd;
  }
  if (joinsAt.length === 0 || joined.length < MIN_JOINED || WHITE_SPACE.test(joined)) return undefined;
  const [callStart, callEnd] = list ? joinCall(text, start, end) : [start, end];
  return { start: callStart, end: callEnd, decoded: `${quote}${joined}${quote}`, joinsAt };
}

/** `''.join([` (Python) before a list, written with either quote and up to MAX_GAP blanks; `.join('')` after it (JavaScript). */
const PYTHON_JOIN_BEFORE = /(?:''|"")\.join\([ \t\r\n]{0,16}\[[ \t\r\n]{0,16}$/;
const PYTHON_JOIN_AFTER = /^[ \t\r\n]{0,16},?[ \t\r\n]{0,16}\][ \t\r\n]{0,16}\)/;
const SCRIPT_JOIN_AFTER = /^[ \t\r\n]{0,16},?[ \t\r\n]{0,16}\][ \t\r\n]{0,16}\.join\((?:''|""|``)?\)/;

/**
 * A list's chain widened to the call that joins it with nothing (session 48 review): `''.join(['wJal…', '/K7M…'])` and
 * `['xoxb-…', '-3738…'].join('')` read as the one literal they make, so `key = ''.join([…])` reads as `key = '…'`.
 * Bounded reads on both sides (at most 40 characters back, 64 on).
 */
function joinCall(text: string, start: number, end: number): [number, number] {
  const after = text.slice(end, end + 64);
  const before = PYTHON_JOIN_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (before !== null) {
    const close = PYTHON_JOIN_AFTER.exec(after);
    if (close !== null) return [start - before[0].length, end + close[0].length];
  }
  let open = start - 1;
  while (open >= 0 && start - open <= MAX_GAP && isBlank(text[open])) open--;
  const close = text[open] === "[" ? SCRIPT_JOIN_AFTER.exec(after) : null;
  return close !== null ? [open, end + close[0].length] : [start, end];
}

/**
 * A template literal whose substitutions are all string literals (session 49): `xoxb-${'1276…'}-${'3738…'}-${'2pzp…'}`
 * (JavaScript, TypeScript) reads as the one literal it makes, as a chain of joined literals does. One line, no escape,
 * every `${…}` a quoted literal without escapes (up to four blanks around it), at least two of them (a value split in
 * pieces: one literal in a path, `/api/track/${"eyJ…"}`, is read as written, base64 and all); the concatenation
 * 8–512 characters without white space. Linear: every backtick opens at most one read, which stops at the closing
 * backtick, a line break, an escape, a substitution of anything else or MAX_JOINED characters, and the next read starts
 * where this one stopped.
 */
const TEMPLATE_PIECE = /\$\{[ \t]{0,4}(["'])([^"'\\\n]{1,200})\1[ \t]{0,4}\}/y;

export function findTemplateLiterals(text: string, limit: number): JoinedLiteral[] {
  const found: JoinedLiteral[] = [];
  if (!text.includes("${")) return found;
  for (let open = text.indexOf("`"); open >= 0 && found.length < limit;) {
    let index = open + 1;
    // The literal read so far is `joined` and then the plain characters from `plain` to `index` (appended as one slice
    // at a substitution and at the end, not character by character: session 53, ~2 KB a scan of the bench prompt).
    let joined = "";
    let plain = index;
    const joinsAt: number[] = [];
    let closed = false;
    let pieces = 0;
    while (index < text.length && joined.length + index - plain <= MAX_JOINED) {
      const code = text.charCodeAt(index);
      if (code === 96) {
        closed = true;
        break;
      }
      if (code === 10 || code === 92) break;
      if (code === 36 && text.charCodeAt(index + 1) === 123) {
        TEMPLATE_PIECE.lastIndex = index;
        const piece = TEMPLATE_PIECE.exec(text);
        if (piece === null) break;
        joined += text.slice(plain, index);
        if (joined.length > 0) joinsAt.push(joined.length + 1);
        joined += piece[2]!;
        joinsAt.push(joined.length + 1);
        pieces++;
        index += piece[0].length;
        plain = index;
        continue;
      }
      index++;
    }
    joined += text.slice(plain, index);
    if (closed && pieces >= 2 && joined.length >= MIN_JOINED && joined.length <= MAX_JOINED && !WHITE_SPACE.test(joined))
      found.push({ start: open, end: index + 1, decoded: `"${joined}"`, joinsAt: joinsAt.filter((at) => at <= joined.length) });
    // A closing backtick opens nothing; a read that stopped elsewhere resumes there.
    open = text.indexOf("`", closed ? index + 1 : Math.max(index, open + 1));
  }
  return found;
}

/**
 * A string built from its character codes or bytes (session 48): `String.fromCharCode(77, 97, …)` (JavaScript),
 * `string([]byte{0x48, 0x75, …})` (Go), `bytes([72, 117, …]).decode()` (Python), `new String(new byte[]{72, …})` (Java).
 * The call is read as a quoted string of those characters (6–128 printable ASCII codes), so `pw := string([]byte{…})`
 * reads as `pw := "…"`; as for joined literals, only a credential found there counts. Linear: each opening is found by
 * one native search and its list read once, at most 128 numbers.
 */
const CODED_OPENINGS: ReadonlyArray<readonly [opening: string, closing: string]> = [
  ["String.fromCharCode(", ")"],
  ["string([]byte{", "})"],
  ["bytes([", "]).decode()"],
  ["new String(new byte[]{", "})"],
];
const MAX_CODES = 128;
const MIN_CODES = 6;
const CODE_NUMBER = /0[xX][0-9A-Fa-f]{1,2}|\d{1,3}/y;

/** The codes listed from `at` up to `closing`: [codes, end after the closing], or undefined. */
function codeList(text: string, at: number, closing: string): [string, number] | undefined {
  let index = at;
  let decoded = "";
  while (decoded.length <= MAX_CODES) {
    index = skipBlanks(text, index);
    CODE_NUMBER.lastIndex = index;
    const number = CODE_NUMBER.exec(text);
    if (number === null) return undefined;
    const code = Number(number[0]);
    if (code < 32 || code > 126) return undefined;
    decoded += String.fromCharCode(code);
    index = skipBlanks(text, index + number[0].length);
    if (text[index] === ",") {
      index++;
      continue;
    }
    if (decoded.length < MIN_CODES || !text.startsWith(closing, index)) return undefined;
    return [decoded, index + closing.length];
  }
  return undefined;
}

/** Strings built from character codes or bytes in `text` (at most `limit`), in order. */
export function findCodedStrings(text: string, limit: number): JoinedLiteral[] {
  const found: JoinedLiteral[] = [];
  for (const [opening, closing] of CODED_OPENINGS) {
    for (let at = text.indexOf(opening); at >= 0 && found.length < limit; at = text.indexOf(opening, at + 1)) {
      const list = codeList(text, at + opening.length, closing);
      if (list === undefined) continue;
      const [decoded, end] = list;
      found.push({ start: at, end, decoded: `"${decoded}"`, joinsAt: Array.from({ length: decoded.length - 1 }, (_, index) => index + 2) });
    }
  }
  return found.sort((left, right) => left.start - right.start);
}

/**
 * A string literal reversed in code (session 49): `new StringBuilder("9102-nommoC-elppA").reverse()` (Java, C#),
 * `strrev('…')` (PHP), `StrReverse("…")` (Visual Basic), `'…'[::-1]` (Python), `'…'.split('').reverse().join('')`
 * (JavaScript). The call reads as a quoted literal of the characters in reverse order (6–200 characters, one line, no
 * escape), so `String pass = new StringBuilder("…").reverse()` reads as `String pass = "…"`; as for joined literals, only
 * a credential found there counts (every position is a join). Linear: each opening or suffix is found by one native
 * search, its literal read once (at most 200 characters).
 */
const REVERSING_CALLS: ReadonlyArray<readonly [opening: string, closing: string]> = [
  ["new StringBuilder(", ").reverse()"],
  ["strrev(", ")"],
  ["StrReverse(", ")"],
];
const REVERSING_SUFFIXES: readonly string[] = ["[::-1]", ".split('').reverse().join('')", '.split("").reverse().join("")'];
const MIN_REVERSED = 6;

/**
 * The literals every string built from codes or reversed in code starts with (findCodedStrings, findReversedLiterals):
 * a text holding none of them has none of those strings (session 51: their ten native searches cost the bench's
 * 2,000-token prompt ~15 µs; the keyword pass answers the lower-cased ones for free, encoded-values.ts stemGates).
 */
export const CODE_LITERAL_CUES: readonly string[] = [...[...CODED_OPENINGS, ...REVERSING_CALLS].map(([opening]) => opening), ...REVERSING_SUFFIXES];

function reversedLiteral(text: string, start: number, literalOpen: number, literalClose: number, end: number): JoinedLiteral | undefined {
  const characters = [...text.slice(literalOpen + 1, literalClose - 1)];
  if (characters.length < MIN_REVERSED || WHITE_SPACE.test(characters.join(""))) return undefined;
  const decoded = characters.reverse().join("");
  return { start, end, decoded: `"${decoded}"`, joinsAt: Array.from({ length: decoded.length - 1 }, (_, index) => index + 2) };
}

/** String literals reversed in code in `text` (at most `limit`), in order. */
export function findReversedLiterals(text: string, limit: number): JoinedLiteral[] {
  const found: JoinedLiteral[] = [];
  for (const [opening, closing] of REVERSING_CALLS) {
    for (let at = text.indexOf(opening); at >= 0 && found.length < limit; at = text.indexOf(opening, at + 1)) {
      const open = at + opening.length;
      if (text[open] !== '"' && text[open] !== "'") continue;
      const close = literalEnd(text, open);
      if (close < 0 || !text.startsWith(closing, close)) continue;
      const literal = reversedLiteral(text, at, open, close, close + closing.length);
      if (literal !== undefined) found.push(literal);
    }
  }
  for (const suffix of REVERSING_SUFFIXES) {
    for (let at = text.indexOf(suffix); at >= 0 && found.length < limit; at = text.indexOf(suffix, at + 1)) {
      if (text[at - 1] !== '"' && text[at - 1] !== "'") continue;
      const open = literalStart(text, at - 1);
      if (open < 0) continue;
      const literal = reversedLiteral(text, open, open, at, at + suffix.length);
      if (literal !== undefined) found.push(literal);
    }
  }
  return found.sort((left, right) => left.start - right.start);
}
