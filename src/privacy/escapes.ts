/**
 * Escaped characters (session 39, issue #15's evasion review): text that passed through a web form, a URL or a JSON
 * serialiser carries its characters escaped — "jane.roe%40acme-mail.de" (a query string), "jane.roe&#64;acme-mail.de" or
 * "4172&nbsp;9960&nbsp;…" (HTML), "jane.roe\u0040acme-mail.de" (a JSON string pasted with its escapes) — and no value
 * pattern reads the value through the escape. Before detection these escapes are decoded: HTML character references
 * (decimal, hexadecimal, and the named ones below), URL percent-escapes of the printable ASCII characters that URL encoders escape (`%20`, `%40`…; never a
 * letter, a digit or `-._~`, which a password may hold as they are: "Kapi%77"; `-._~` only in a token with an escaped
 * "@", session 48), and
 * JSON/JavaScript `\uXXXX` escapes, `\u{X…}` escapes, and `\xXX` escapes of any printable ASCII character (session 46), a JSON
 * string's escaped quote, backslash and slash (`\"`, `\\`, `\/`: a JSON string inside JSON, session 52) and its `\n`, `\r`, `\t`
 * (not before a lower-case letter: `C:\Users\nora`), and
 * (session 46) a UTF-8 character written as `%XX` or `\xXX` escapes of its bytes (`%C3%BC`). Each decoded character remembers the escape it came from, so a span found in the
 * decoded text maps back to the original characters (escape included), which is what redaction replaces. One pass over
 * the text, at most sixteen characters read per escape (a four-byte UTF-8 sequence); a text without `&`, `%` or `\` is returned as it is (no copy).
 * An escape of an escape ("%2540", "&amp;#64;": text escaped twice) is decoded too, by up to three passes, each only
 * when the one before decoded something (a linear cost: each pass reads a text no longer than the one before).
 */

export interface DecodedText {
  /** The text the next steps see. */
  text: string;
  /** True when an escape was decoded. */
  changed: boolean;
  /** The original offset where the character at `index` starts (`index` may be the text's length). */
  start(index: number): number;
  /** The original offset just after the character at `index` (an escape's end for a decoded character). */
  end(index: number): number;
}

/** Named HTML character references a value may be written with (separators, signs, spaces, format characters). */
const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ensp: "\u2002",
  emsp: "\u2003",
  thinsp: "\u2009",
  zwsp: "\u200b",
  zwnj: "\u200c",
  zwj: "\u200d",
  lrm: "\u200e",
  rlm: "\u200f",
  shy: "\u00ad",
  commat: "@",
  period: ".",
  comma: ",",
  colon: ":",
  semi: ";",
  hyphen: "\u2010",
  dash: "\u2010",
  ndash: "\u2013",
  mdash: "\u2014",
  minus: "\u2212",
  lowbar: "_",
  plus: "+",
  sol: "/",
  bsol: "\\",
  num: "#",
  excl: "!",
  quest: "?",
  equals: "=",
  percnt: "%",
  dollar: "$",
  ast: "*",
  lpar: "(",
  rpar: ")",
};
/** Characters no URL encoder escapes (RFC 3986's unreserved set). */
const UNRESERVED = /^[A-Za-z0-9._~-]$/;
const UNRESERVED_MARK = /^[._~-]$/;
/** How far an escaped "@" is looked for around an escaped unreserved mark, within its token. */
const TOKEN_REACH = 64;

/**
 * An escaped unreserved mark (`%2E`, `%2D`, `%5F`, `%7E`) in a token that also holds an escaped "@" (`%40`): an e-mail
 * whose dots were escaped on purpose ("anna%2Ekowalska%40gmail%2Ecom", session 48). Elsewhere such an escape stays as
 * written ("a%2Db", a password's "%2E"). Reads at most 64 characters each way.
 */
function inEscapedAddress(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && at - from < TOKEN_REACH && !/\s/.test(text[from - 1]!)) from--;
  let to = at + 3;
  while (to < text.length && to - at < TOKEN_REACH && !/\s/.test(text[to]!)) to++;
  return /%40/.test(text.slice(from, to));
}
/** The longest name above plus one. */
const MAX_NAME = 8;

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 0x20;
  if (lower >= 97 && lower <= 102) return lower - 87;
  return -1;
}

const isAsciiLetter = (code: number) => (code | 0x20) >= 97 && (code | 0x20) <= 122;
const isLowerAscii = (code: number) => code >= 97 && code <= 122;

/** A code point an HTML reference may stand for (no NUL, no lone surrogate, within Unicode). */
const validCodePoint = (point: number) => point > 0 && point <= 0x10ffff && !(point >= 0xd800 && point <= 0xdfff);

/** The escape at `at` (which holds `&`, `%` or `\`): its decoded text and its length, or undefined. */
function escapeAt(text: string, at: number): [string, number] | undefined {
  const code = text.charCodeAt(at);
  if (code === 37) {
    // %XX of a printable ASCII character that URL encoders escape: never a letter, a digit or one of "-._~", which
    // no encoder escapes ("Kapi%77" is a password with "%77" in it, not an escaped "w"); "-._~" in an escaped
    // address (session 48).
    const high = hexValue(text.charCodeAt(at + 1));
    const low = hexValue(text.charCodeAt(at + 2));
    if (high < 0 || low < 0) return undefined;
    const value = high * 16 + low;
    if (value >= 0xc2) return utf8Sequence(text, at, value, 3);
    if (value < 0x20 || value > 0x7e) return undefined;
    const char = String.fromCharCode(value);
    return !UNRESERVED.test(char) || (UNRESERVED_MARK.test(char) && inEscapedAddress(text, at)) ? [char, 3] : undefined;
  }
  if (code === 92) {
    // \xXX (C, Python, JavaScript strings): every printable ASCII character (session 46: letters, digits and `.` too —
    // a bytes literal or an obfuscated string escapes them, `joao\x2eferreira\x40…`), and a UTF-8 sequence of escapes.
    if (text.charCodeAt(at + 1) === 120) {
      const high = hexValue(text.charCodeAt(at + 2));
      const low = hexValue(text.charCodeAt(at + 3));
      const value = high * 16 + low;
      if (high < 0 || low < 0) return undefined;
      if (value >= 0xc2) return utf8Sequence(text, at, value, 4);
      return value >= 0x20 && value <= 0x7e ? [String.fromCharCode(value), 4] : undefined;
    }
    // \" \\ \/ (session 52, dev-90): a JSON string inside JSON — an OpenAI tool call's `"arguments": "{\"passport\":
    // \"…\"}"`, a tool message's content, a state dump — writes its quotes escaped, and no field reader sees the key and
    // value through the backslashes. A JSON string nested twice (`\\\"`) is decoded by the next round.
    const next = text.charCodeAt(at + 1);
    if (next === 34 || next === 92 || next === 47) return [String.fromCharCode(next), 2];
    // \n \r \t inside such a string (a message's content pasted with its escapes: `"Name: Karl Brandt\nDOB: …"`): a
    // line break or tab, so the next line's label starts a line. Not before a lower-case letter, where the escape is as
    // likely a path's or a word's (`C:\Users\nora`, `\temp`).
    if ((next === 110 || next === 114 || next === 116) && !isLowerAscii(text.charCodeAt(at + 2))) return [next === 110 ? "\n" : next === 114 ? "\r" : "\t", 2];
    if (next !== 117) return undefined;
    // \u{X…} (JavaScript, Rust, Swift): one to six hex digits of a code point.
    if (text.charCodeAt(at + 2) === 123) {
      let value = 0;
      let index = at + 3;
      for (; index < at + 9; index++) {
        const digit = hexValue(text.charCodeAt(index));
        if (digit < 0) break;
        value = value * 16 + digit;
      }
      return index > at + 3 && text.charCodeAt(index) === 125 && validCodePoint(value) ? [String.fromCodePoint(value), index + 1 - at] : undefined;
    }
    // \uXXXX (one UTF-16 code unit: a surrogate pair is two escapes, decoded one after the other).
    let value = 0;
    for (let index = at + 2; index < at + 6; index++) {
      const digit = hexValue(text.charCodeAt(index));
      if (digit < 0) return undefined;
      value = value * 16 + digit;
    }
    return value === 0 ? undefined : [String.fromCharCode(value), 6];
  }
  // & …: &#123; &#x7B; or a name above, always with its semicolon.
  if (text.charCodeAt(at + 1) === 35) {
    const hex = (text.charCodeAt(at + 2) | 0x20) === 120;
    let index = at + (hex ? 3 : 2);
    const first = index;
    let value = 0;
    for (; index < text.length && index - first < 7; index++) {
      const digit = hex ? hexValue(text.charCodeAt(index)) : text.charCodeAt(index) - 48;
      if (digit < 0 || digit > (hex ? 15 : 9)) break;
      value = value * (hex ? 16 : 10) + digit;
    }
    if (index === first || text.charCodeAt(index) !== 59 || !validCodePoint(value)) return undefined;
    return [String.fromCodePoint(value), index + 1 - at];
  }
  let index = at + 1;
  while (index < text.length && index - at <= MAX_NAME && isAsciiLetter(text.charCodeAt(index))) index++;
  if (text.charCodeAt(index) !== 59 || index === at + 1) return undefined;
  const named = NAMED[text.slice(at + 1, index).toLowerCase()];
  return named === undefined ? undefined : [named, index + 1 - at];
}

/**
 * A UTF-8 character written as escapes of its bytes (session 46: `%C3%BC`, `\xc5\x9b`): `lead` is the first escape's
 * byte (at `at`, `width` characters each, `%XX` or `\xXX`), the continuation bytes the next escapes of the same form.
 * Undefined unless the bytes are one valid character (2–4 bytes).
 */
function utf8Sequence(text: string, at: number, lead: number, width: number): [string, number] | undefined {
  const count = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : lead < 0xf5 ? 4 : 0;
  if (count === 0) return undefined;
  let point = lead & (count === 2 ? 0x1f : count === 3 ? 0x0f : 0x07);
  for (let index = 1; index < count; index++) {
    const from = at + index * width;
    if (text.charCodeAt(from) !== text.charCodeAt(at) || (width === 4 && text.charCodeAt(from + 1) !== 120)) return undefined;
    const high = hexValue(text.charCodeAt(from + width - 2));
    const low = hexValue(text.charCodeAt(from + width - 1));
    const byte = high * 16 + low;
    if (high < 0 || low < 0 || byte < 0x80 || byte > 0xbf) return undefined;
    point = (point << 6) | (byte & 0x3f);
  }
  const least = count === 2 ? 0x80 : count === 3 ? 0x800 : 0x10000;
  return point < least || !validCodePoint(point) ? undefined : [String.fromCodePoint(point), count * width];
}

/** The next offsets of `&`, `%` and `\` (native searches, each moved on only when passed): one pass for the three. */
class Candidates {
  private readonly next: [number, number, number];
  constructor(private readonly text: string) {
    this.next = [text.indexOf("&"), text.indexOf("%"), text.indexOf("\\")];
  }
  /** First offset of `&`, `%` or `\` at or after `from`, or -1. */
  from(from: number): number {
    let first = -1;
    for (let kind = 0; kind < 3; kind++) {
      let at = this.next[kind]!;
      if (at >= 0 && at < from) at = this.next[kind] = this.text.indexOf("&%\\"[kind]!, from);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  }
}

/** Rounds of decoding: an escape of an escape ("%2540", "&amp;#64;", a URL escaped twice on its way into a log) is decoded too. */
const ROUNDS = 3;

export function decodeEscapes(text: string): DecodedText {
  let decoded = decodeOnce(text);
  for (let round = 1; round < ROUNDS && decoded.changed; round++) {
    const again = decodeOnce(decoded.text);
    if (!again.changed) break;
    const outer = decoded;
    decoded = {
      text: again.text,
      changed: true,
      start: (index) => outer.start(again.start(index)),
      end: (index) => outer.end(again.end(index) - 1),
    };
  }
  return decoded;
}

const NO_RECORDS = new Int32Array(0);
const SAME_INDEX = (index: number) => index;
const NEXT_INDEX = (index: number) => index + 1;
/** The answer for a text with nothing decoded (shared offset functions: no closures per call). */
const unchangedText = (text: string): DecodedText => ({ text, changed: false, start: SAME_INDEX, end: NEXT_INDEX });

/** One pass of decoding (escapes in the output are left as they are). */
function decodeOnce(text: string): DecodedText {
  const candidates = new Candidates(text);
  let at = candidates.from(0);
  if (at < 0) return unchangedText(text);
  // Decoded escapes in text order, four numbers each (a typed array grown by doubling: no per-escape heap objects for
  // the collector, which made long escape-dense texts cost more than linear): output [outStart, outEnd) came from
  // original [from, to).
  // Made at the first escape that decodes (most candidates decode none: session 42, allocation).
  let records = NO_RECORDS;
  let count = 0;
  let out = "";
  let copied = 0;
  let outLength = 0;
  while (at >= 0) {
    const escape = escapeAt(text, at);
    if (escape === undefined) {
      at = candidates.from(at + 1);
      continue;
    }
    const [decoded, length] = escape;
    // Appended to one string (V8 joins the pieces lazily): no array of thousands of short strings to collect.
    if (at > copied) out += text.slice(copied, at);
    out += decoded;
    if (4 * count + 4 > records.length) {
      const grown = new Int32Array(Math.max(64, records.length * 2));
      grown.set(records);
      records = grown;
    }
    outLength += at - copied;
    records[4 * count] = outLength;
    outLength += decoded.length;
    records[4 * count + 1] = outLength;
    records[4 * count + 2] = at;
    records[4 * count + 3] = at + length;
    count++;
    copied = at + length;
    at = candidates.from(copied);
  }
  if (count === 0) return unchangedText(text);
  out += text.slice(copied);
  const outStart = (record: number) => records[4 * record]!;
  const outEnd = (record: number) => records[4 * record + 1]!;
  const from = (record: number) => records[4 * record + 2]!;
  const to = (record: number) => records[4 * record + 3]!;
  /** The last decoded escape whose output starts at or before `index`, or -1. */
  const recordAt = (index: number): number => {
    let low = 0;
    let high = count - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if (outStart(middle) <= index) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  };
  return {
    text: out,
    changed: true,
    start(index) {
      const found = recordAt(index);
      if (found < 0) return index;
      return index < outEnd(found) ? from(found) : to(found) + (index - outEnd(found));
    },
    end(index) {
      const found = recordAt(index);
      if (found < 0) return index + 1;
      return index < outEnd(found) ? to(found) : to(found) + (index - outEnd(found)) + 1;
    },
  };
}
