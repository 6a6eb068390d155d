/**
 * Final-answer extraction and comparison for the cross-model agreement verifier.
 * Pure string logic: numbers are compared as numbers, option letters case-insensitively,
 * literals after trimming quotes and whitespace.
 */

/** The first answer marker's word ("Final answer", "The answer is", "Answer:", …). */
const ANSWER_MARKER = /final answer|the answer is|answer\s*:|result\s*:|output\s*:/i;
const BLANKS = /\s*/y;
const LINE_END = /[\n\r\u2028\u2029]/g;
const isLineEnd = (character: string) => character === "\n" || character === "\r" || character === "\u2028" || character === "\u2029";

/** The end of the blank run at `from`. */
function blanksEnd(text: string, from: number): number {
  BLANKS.lastIndex = from;
  BLANKS.exec(text);
  return BLANKS.lastIndex;
}

/** `text` from `from` to its line's end. */
function toLineEnd(text: string, from: number): string {
  LINE_END.lastIndex = from;
  const end = LINE_END.exec(text)?.index ?? text.length;
  return text.slice(from, end);
}

/** The last blank in `[from, end)` that is not a line end (its characters are all blanks), or -1. */
function lastInlineBlank(text: string, from: number, end: number): number {
  for (let index = end - 1; index >= from; index--) if (!isLineEnd(text[index]!)) return index;
  return -1;
}

/**
 * What `/(?:final answer|…|output\s*:)\s*(?:is\s*)?[:\-]?\s*(.+)$/im` captures, without its backtracking (a marker
 * before a long blank run split the run every way between the three `\s*`: quadratic).
 */
function markedAnswer(text: string): string | undefined {
  const marker = ANSWER_MARKER.exec(text);
  if (!marker) return undefined;
  const after = marker.index + marker[0].length;
  const word = blanksEnd(text, after);
  if (word === text.length) {
    const blank = lastInlineBlank(text, after, text.length);
    return blank < 0 ? undefined : toLineEnd(text, blank);
  }
  // `[:\-]?\s*(.+)$` at `from`, `from` not a blank: the first character is taken alone when only line ends follow.
  const punctuated = (from: number): string => {
    if (text[from] !== ":" && text[from] !== "-") return toLineEnd(text, from);
    const rest = blanksEnd(text, from + 1);
    if (rest < text.length) return toLineEnd(text, rest);
    const blank = lastInlineBlank(text, from + 1, text.length);
    return toLineEnd(text, blank < 0 ? from : blank);
  };
  if (text.slice(word, word + 2).toLowerCase() === "is") {
    const next = blanksEnd(text, word + 2);
    if (next < text.length) return punctuated(next);
    const blank = lastInlineBlank(text, word + 2, text.length);
    return toLineEnd(text, blank < 0 ? word : blank);
  }
  return punctuated(word);
}

/** Where a final answer is written: after a marker word, in `\boxed{}`, after `####`. */
const MARKERS: ReadonlyArray<(text: string) => string | undefined> = [
  markedAnswer,
  (text) => /\\boxed\{([^{}]+)\}/.exec(text)?.[1],
  (text) => /####\s*(.+)$/m.exec(text)?.[1],
];

const NUMBER = /-?\$?\d[\d,]*(?:\.\d+)?/g;

function cleanLiteral(value: string): string {
  let text = value
    .trim()
    .replace(/[*_`]+/g, "")
    .replace(/(?<![.;,])[.;,]+$/, "")
    .trim();
  if (/^(["']).*\1$/s.test(text) && text.length >= 2) text = text.slice(1, -1);
  return text.trim();
}

function normaliseNumber(value: string): string | undefined {
  const digits = value.replace(/[$,]/g, "");
  const number = Number(digits);
  if (!Number.isFinite(number)) return undefined;
  return String(Math.round(number * 1e6) / 1e6);
}

/** Normalises a candidate final answer: `42.0` -> `42`, `(B)` -> `B`, `"abc"` -> `abc`. */
export function normaliseAnswer(raw: string): string {
  const literal = cleanLiteral(raw);
  const option = /^\(?([A-Ja-j])\)?(?:[.):]|\s|$)/.exec(literal);
  if (option && (literal.length <= 3 || /^\(?[A-Ja-j]\)\s/.test(literal))) return option[1]!.toUpperCase();
  const whole = /^-?\$?\d[\d,]*(?:\.\d+)?%?$/.test(literal) ? normaliseNumber(literal.replace(/%$/, "")) : undefined;
  if (whole !== undefined) return whole;
  return literal.replace(/\s+/g, " ");
}

/**
 * The final answer of a response, or undefined when none can be found. Looks for an explicit
 * marker ("Final answer:", "The answer is", \boxed{}, ####) first, then a lone last-line number.
 */
export function extractFinalAnswer(text: string): string | undefined {
  if (!text) return undefined;
  for (const marker of MARKERS) {
    const marked = marker(text);
    if (marked) {
      const candidate = marked.split("\n")[0]!;
      const numbers = candidate.match(NUMBER);
      const literal = cleanLiteral(candidate);
      if (numbers && numbers.length === 1 && literal.length <= numbers[0]!.length + 12) return normaliseNumber(numbers[0]!);
      if (literal.length > 0 && literal.length <= 200) return normaliseAnswer(literal);
    }
  }
  const lines = text.trim().split("\n");
  const last = lines[lines.length - 1]!.trim();
  if (/^-?\$?\d[\d,]*(?:\.\d+)?\.?$/.test(last)) return normaliseNumber(last.replace(/\.$/, ""));
  return undefined;
}

/** True when two extracted answers say the same thing. */
export function answersAgree(left: string | undefined, right: string | undefined): boolean {
  if (left === undefined || right === undefined) return false;
  return normaliseAnswer(left).toLowerCase() === normaliseAnswer(right).toLowerCase();
}
