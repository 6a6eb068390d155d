/**
 * A secret assembled from string literals in code (session 48, issue #15): a key split so that a scanner misses it —
 * `"sk_live_51" + "Bnjr…" + "jaeZ…"` (JavaScript, Java, C#, Python), `'ghp_' . '1uJq…'` (PHP), `["xoxb-1276…",
 * "-3738…-", "2pzp…"]` joined later, `string.Concat("SG.gpfu…", ".eWig…")`, `f"{'ghp_'}{'1uJq…'}"` (a Python f-string of
 * literals), `"AIza" "qYkS…"` (adjacent literals). Two or more literals with the same quote, each on one line without
 * escapes (1–200 characters), joined by `+`, `.`, `,`, `}{` or only white space, are read as one literal holding their
 * concatenation; the scanner reads the line again with it (encoded-values.ts), and only a credential found there
 * counts (a date or number that pieces happen to spell is no one's). A piece followed by `:` or `=` is a key (`"x",
 * "role": …` in JSON), never part of a chain. The concatenation must be 8–512 characters without white space.
 * Linear: each quote starts at most one read, a read stops at the next quote of its kind (200 characters at most), and a
 * chain found is skipped whole; at most `limit` chains per text.
 */

export interface JoinedLiteral {
  /** The first literal's opening quote. */
  start: number;
  /** Just after the last literal's closing quote. */
  end: number;
  /** The concatenation, quoted with the pieces' quote. */
  decoded: string;
}

const MAX_PIECE = 200;
const MAX_PIECES = 64;
const MAX_JOINED = 512;
const MIN_JOINED = 8;
/** White space allowed around a joiner (a joiner may end a line: `"…" +\n  "…"`). */
const MAX_GAP = 16;

const QUOTES = new Set(['"', "'", "`"]);
const WHITE_SPACE = /\s/;
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

/** Where the next literal of a chain opens after a literal ending at `end`, or -1. */
function nextPiece(text: string, end: number, quote: string): number {
  let index = skipBlanks(text, end);
  const char = text[index];
  if (char === "+" || char === "," || char === ".") index = skipBlanks(text, index + 1);
  else if (char === "}" && text[index + 1] === "{") index += 2;
  else if (index === end) return -1; // adjacent literals need white space between them
  return text[index] === quote ? index : -1;
}

/** Chains of joined literals in `text` (at most `limit`), in order. */
export function findJoinedLiterals(text: string, limit: number): JoinedLiteral[] {
  const found: JoinedLiteral[] = [];
  let index = 0;
  while (index < text.length && found.length < limit) {
    const char = text[index]!;
    if (!QUOTES.has(char)) {
      index++;
      continue;
    }
    let end = literalEnd(text, index);
    if (end < 0 || isKey(text, end)) {
      index++;
      continue;
    }
    let joined = text.slice(index + 1, end - 1);
    let pieces = 1;
    for (let next = nextPiece(text, end, char); next >= 0 && pieces < MAX_PIECES; next = nextPiece(text, end, char)) {
      const pieceEnd = literalEnd(text, next);
      if (pieceEnd < 0 || isKey(text, pieceEnd) || joined.length + pieceEnd - next - 2 > MAX_JOINED) break;
      joined += text.slice(next + 1, pieceEnd - 1);
      pieces++;
      end = pieceEnd;
    }
    if (pieces >= 2 && joined.length >= MIN_JOINED && !WHITE_SPACE.test(joined)) {
      found.push({ start: index, end, decoded: `${char}${joined}${char}` });
      index = end;
    } else index++;
  }
  return found;
}
