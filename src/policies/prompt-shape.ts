/**
 * The shape of a prompt, apart from its words: numbers and quantities, percentages and money,
 * arithmetic, quoted text, code or query syntax, tables, e-mail headers. The semantic routes'
 * built-in encoder adds each shape as a term (`s:percent`, …) whose weight is learned like a word's
 * (IDF over the utterances), so a route whose utterances carry a shape ("what is 15% of 240?")
 * gains evidence from a prompt of that shape in any wording or language, and a shape no route's
 * utterances carry only dilutes. Pure; language-independent.
 */

const SHAPES: ReadonlyArray<readonly [string, RegExp]> = [
  ["number", /\p{N}/u],
  // A number followed by a short word or a unit sign: 5 miles, 350°F, 2 lbs, 6'2", 500ml.
  ["quantity", /\d(?:[.,]\d+)?\s?(?:[°'"″′]|\p{L}{1,12}\b)/u],
  ["percent", /\d\s?%|%\s?\d/u],
  ["money", /[$€£¥₹]\s?\d|\d\s?(?:[$€£¥₹]|usd\b|eur\b|gbp\b)/iu],
  // Two numbers joined by an operator: 250 * 1.08, 3+4, 2^10, 12/4.
  ["arithmetic", /\d\s*[-+*/^×÷=]\s*[\d(]/u],
  // Quoted text of one word or more: "fewer", “the dog wagged it's tail”.
  ["quoted", /["“”„«»][^"“”„«»\n]{2,}["“”„«»]/u],
  // Query or code syntax: SQL keywords written in capitals, calls, assignments, statements.
  ["code", /\b(?:SELECT|FROM|WHERE|JOIN|GROUP BY|ORDER BY|INSERT|UPDATE|HAVING)\b|\w\.\w+\(|\w\(\)|[;{}]\s*$|\s(?:==|=>|:=)\s/mu],
  // Tabular data: a line with two cell separators, or two lines of three columns apart by spaces.
  ["table", /^[^\n]*\|[^\n]*\|[^\n]*$|(?:^\s*\S+(?:\s{2,}\S+){2,}\s*$\n?){2}/mu],
  // A pasted e-mail: header lines or quoted reply lines.
  ["mail", /^(?:from|to|subject|cc|re):\s|^>\s?\S/imu],
];

/** The shapes a text has (each once, in a fixed order). */
export function promptShapes(text: string): string[] {
  const normalised = text.normalize("NFKC");
  return SHAPES.filter(([, pattern]) => pattern.test(normalised)).map(([name]) => name);
}

/** The longest request line considered (a longer paragraph is context, not the request). */
const REQUEST_MAX_CHARACTERS = 240;

/**
 * The request part of a prompt that pastes a block and asks something about it on its own line
 * ("<a table>\n\nI need a query that gives each user's running total", "Context: …\nPlease draft
 * the email."): the last paragraph (after the last blank line, else the last line), when the text has
 * several lines and that part is short; else the first line when it is short and the rest is long
 * (a request followed by the pasted block). Undefined for a one-line prompt or when neither is short.
 */
export function requestFocus(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed.includes("\n")) return undefined;
  const paragraphs = trimmed.split(/\n\s*\n/u).filter((part) => part.trim() !== "");
  const lines = trimmed.split("\n").filter((line) => line.trim() !== "");
  const last = (paragraphs.length > 1 ? paragraphs.at(-1)! : lines.at(-1)!).trim();
  if (last.length <= REQUEST_MAX_CHARACTERS && last.length < trimmed.length) return last;
  const first = lines[0]!.trim();
  return first.length <= REQUEST_MAX_CHARACTERS && first.length < trimmed.length ? first : undefined;
}
