/**
 * Final-answer extraction and comparison for the cross-model agreement verifier.
 * Pure string logic: numbers are compared as numbers, option letters case-insensitively,
 * literals after trimming quotes and whitespace.
 */

const MARKERS = [/(?:final answer|the answer is|answer\s*:|result\s*:|output\s*:)\s*(?:is\s*)?[:\-]?\s*(.+)$/im, /\\boxed\{([^{}]+)\}/, /####\s*(.+)$/m];

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
    const match = marker.exec(text);
    if (match?.[1]) {
      const candidate = match[1].split("\n")[0]!;
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
