/**
 * The form of a prompt, apart from its words: numbers and quantities, percentages and money,
 * arithmetic, quoted text, code or query syntax, tables, e-mail headers. The semantic routes'
 * built-in encoder adds each form as a term (`f:percent`, …; config `formTerms`) whose weight is
 * learned like a word's (IDF over the utterances), so a route whose utterances carry a form ("what
 * is 15% of 240?") gains evidence from a prompt of that form in any wording or language, and a form
 * no route's utterances carry only dilutes. Pure; language-independent. (Not the success model's
 * `promptShape` in src/learning, which describes an embedding vector.)
 */

const FORMS: ReadonlyArray<readonly [string, RegExp]> = [
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

/** The forms a text has (each once, in a fixed order). */
export function promptForms(text: string): string[] {
  const normalised = text.normalize("NFKC");
  return FORMS.filter(([, pattern]) => pattern.test(normalised)).map(([name]) => name);
}
