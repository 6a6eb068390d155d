/**
 * `/iu` patterns run without `i` over a case-folded copy of the text (session 36, issue #15): V8 compiles every letter
 * of an `/iu` pattern to a case class, about twice the machine code of the same pattern without `i`, and once the
 * isolate holds more than 16 MB of executable memory V8 compiles every later regexp unoptimised (docs/benchmarks.md,
 * session 36). caselessText is `text.toLowerCase()` character for character (İ, the one character lower-casing
 * lengthens, stays: `/iu` pairs it with nothing else), with the lower-case characters whose simple case folding
 * differs (µ ſ ς ϐ ϑ …, CANONICAL) replaced by what they fold to; a pattern's own characters are replaced the same
 * way. A text holding U+0345 (a combining mark that folds to the letter ι) takes the `/iu` form. Exact for a source
 * whose letters are all lower-case and whose classes are closed under case folding (`\p{L}`, `\p{N}`, `\w`, lower-case
 * ranges; not `\p{Lu}`, `[A-Z]`): test/unit/privacy-caseless.test.ts checks the sources and, over the BMP, every
 * character they can match.
 */

/** Lower-case characters whose simple case folding is another character, and that character. */
const CANONICAL: Readonly<Record<string, string>> = {
  "\u00b5": "\u03bc",
  "\u017f": "s",
  "\u03c2": "\u03c3",
  "\u03d0": "\u03b2",
  "\u03d1": "\u03b8",
  "\u03d5": "\u03c6",
  "\u03d6": "\u03c0",
  "\u03f0": "\u03ba",
  "\u03f1": "\u03c1",
  "\u03f5": "\u03b5",
  "\u1c80": "\u0432",
  "\u1c81": "\u0434",
  "\u1c82": "\u043e",
  "\u1c83": "\u0441",
  "\u1c84": "\u0442",
  "\u1c85": "\u0442",
  "\u1c86": "\u044a",
  "\u1fbe": "\u03b9",
};
const NON_CANONICAL = new RegExp(`[${Object.keys(CANONICAL).join("")}]`, "g");
export const canonical = (text: string): string => {
  NON_CANONICAL.lastIndex = 0;
  return NON_CANONICAL.test(text) ? text.replace(NON_CANONICAL, (character) => CANONICAL[character]!) : text;
};

/** `text` case-folded for a lower-case pattern, offset for offset; `lower` is `text.toLowerCase()`. */
export function caselessText(text: string, lower: string): string {
  // Lower-casing never shortens a character: equal lengths mean no İ, and equal offsets.
  const folded =
    lower.length === text.length
      ? lower
      : text
          .split("\u0130")
          .map((part) => part.toLowerCase())
          .join("\u0130");
  return canonical(folded);
}

/** Every CaselessPattern made (for the test of their sources). */
export const CASELESS_PATTERNS: CaselessPattern[] = [];

/** An `/iu` pattern (`source`, `flags` without `i`) run as CaselessPattern.search says. */
export class CaselessPattern {
  /** The pattern without `i`, for caselessText. */
  readonly lower: RegExp;
  private caseless: RegExp | undefined;

  constructor(
    readonly source: string,
    private readonly flags: string,
  ) {
    this.lower = new RegExp(canonical(source), flags);
    CASELESS_PATTERNS.push(this);
  }

  /** The pattern and the string to run it over that find the `/iu` matches of `text` (offsets of `text`). */
  search(text: string, lower = text.toLowerCase()): [RegExp, string] {
    if (!text.includes("\u0345")) return [this.lower, caselessText(text, lower)];
    this.caseless ??= new RegExp(this.source, `${this.flags}i`);
    return [this.caseless, text];
  }

  /** `new RegExp(source, flags + "i").test(text)`. */
  test(text: string, lower?: string): boolean {
    const [pattern, haystack] = this.search(text, lower);
    pattern.lastIndex = 0;
    return pattern.test(haystack);
  }
}
