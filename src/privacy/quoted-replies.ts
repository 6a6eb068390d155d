/**
 * Quoted replies (session 44, issue #15, dev-56): a mail client quotes an earlier message with `>` at each line start
 * ("> > my wife's chemo starts Monday") and wraps its sentences across lines ("I've had a\n> miscarriage"). Before
 * detection, in place (same length: no offsets change), the quote marks at a line start become spaces, and a line
 * break inside a wrapped quoted sentence (a letter or comma before it, a quoted line going on with a lower-case letter)
 * becomes a space too, so the sentence reads as written. A line break before a capital, a digit or a label stays: the
 * quoted fields of a form keep their lines. A text with no `>` and no line starting `| ` is returned after three
 * native searches.
 */

const QUOTED_LINE = /(?:^|\n)[ \t]*>/;
/**
 * A line start, its indent and its quote marks (`>`, `> >`, `>>`), or (session 44 review) a pipe and a space at the
 * very line start before a line holding no other pipe (`| I've had a`, as some clients quote; a table row's pipes stay).
 */
const QUOTE_PREFIX = /(^|\n)([ \t]*>(?:[ \t]*>)*[ \t]?|\| (?=[^|\n]*(?:\n|$)))/g;
/** Whether a line starts with a pipe and a space (two native searches: most texts with pipes hold tables or code). */
const mayHoldPipeQuote = (text: string) => text.startsWith("| ") || text.includes("\n| ");

const isLowerLetter = (char: string | undefined) => char !== undefined && char >= "a" && char <= "z";
const endsWrappedWord = (char: string | undefined) => char !== undefined && ((char >= "a" && char <= "z") || (char >= "A" && char <= "Z") || char === ",");

/** `text` with the quote marks of quoted lines as spaces and wrapped quoted sentences joined (see above; same length). */
export function foldQuotedReplies(text: string): string {
  if (!(text.includes(">") && QUOTED_LINE.test(text)) && !mayHoldPipeQuote(text)) return text;
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
