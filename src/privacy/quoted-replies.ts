/**
 * Quoted replies (session 44, issue #15, dev-56): a mail client quotes an earlier message with `>` at each line start
 * ("> > my wife's chemo starts Monday") and wraps its sentences across lines ("I've had a\n> miscarriage"). Before
 * detection, in place (same length: no offsets change), the quote marks at a line start become spaces, and a line
 * break inside a wrapped quoted sentence (a letter or comma before it, a quoted line going on with a lower-case letter)
 * becomes a space too, so the sentence reads as written. A line break before a capital, a digit or a label stays: the
 * quoted fields of a form keep their lines. A text without them is returned after a few native searches.
 */

/**
 * A line start, its indent and its quote marks (`>`, `> >`, `>>`), or (session 44 review) a pipe and a space at the
 * very line start before a line holding no other pipe (`| I've had a`, as some clients quote; a table row's pipes stay).
 */
const QUOTE_PREFIX = /(^|\n)([ \t]*>(?:[ \t]*>)*[ \t]?|\| (?=[^|\n]*(?:\n|$)))/g;
/**
 * `QUOTE_PREFIX` matches somewhere in `text` (session 46: its line starts found by native searches instead of the
 * pattern tried at every position, ~10 µs on the bench's 2,000-token prompt, whose table rows start with "| " and hold
 * more pipes): a `>` after only spaces and tabs from its line's start, or a line starting "| " with no other pipe.
 */
export function holdsQuotePrefix(text: string): boolean {
  for (let at = text.indexOf(">"); at >= 0; at = text.indexOf(">", at + 1)) {
    let before = at - 1;
    while (before >= 0 && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before--;
    if (before < 0 || text.charCodeAt(before) === 10) return true;
  }
  for (let at = text.startsWith("| ") ? 0 : text.indexOf("\n| "); at >= 0; at = text.indexOf("\n| ", at + 1)) {
    const rest = at === 0 && text.charCodeAt(0) !== 10 ? 2 : at + 3;
    const pipe = text.indexOf("|", rest);
    const lineEnd = text.indexOf("\n", rest);
    if (pipe < 0 || (lineEnd >= 0 && lineEnd < pipe)) return true;
  }
  return false;
}

const isLowerLetter = (char: string | undefined) => char !== undefined && char >= "a" && char <= "z";
const endsWrappedWord = (char: string | undefined) => char !== undefined && ((char >= "a" && char <= "z") || (char >= "A" && char <= "Z") || char === ",");

/** `text` with the quote marks of quoted lines as spaces and wrapped quoted sentences joined (see above; same length). */
export function foldQuotedReplies(text: string): string {
  if (!holdsQuotePrefix(text)) return text;
  const pieces: string[] = [];
  let copied = 0;
  QUOTE_PREFIX.lastIndex = 0;
  for (let match = QUOTE_PREFIX.exec(text); match !== null; match = QUOTE_PREFIX.exec(text)) {
    const breakAt = match[1] === "\n" ? match.index : -1;
    const prefixStart = match.index + match[1]!.length;
    const prefixEnd = prefixStart + match[2]!.length;
    const joins = breakAt > 0 && endsWrappedWord(text[breakAt - 1]) && isLowerLetter(text[prefixEnd]);
    const from = joins ? breakAt : prefixStart;
    pieces.push(text.slice(copied, from), " ".repeat(prefixEnd - from));
    copied = prefixEnd;
  }
  pieces.push(text.slice(copied));
  return pieces.join("");
}
