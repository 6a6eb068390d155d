/**
 * The health-term alternation (lexicon.ts HEALTH_TERMS) compiled once without the `i` flag, matched over a
 * lower-cased copy of the text with the same offsets (session 36, issue #15). With `/iu` V8 compiles every letter of
 * the ~950 terms to a case class: ~0.93 MB of machine code for one-byte plus two-byte subjects, and as much again for
 * the anchored one-word form; without `i` it is ~0.43 MB. Large regexp code matters: once the isolate holds more than
 * 16 MB of executable memory, V8 compiles every later regexp unoptimised (docs/benchmarks.md, session 36).
 * Exactly the `/iu` matches: caselessText is `text.toLowerCase()` character for character (İ, the one character
 * lower-casing lengthens, stays: `/iu` pairs it with nothing else; a text holding U+0345 takes the `/iu` form), with the lower-case characters whose simple case
 * folding differs (µ ſ ς ϐ ϑ …, CANONICAL) replaced by what they fold to, and the pattern's own characters replaced
 * the same way; `\p{L}`/`\p{N}` keep their class. test/unit/privacy-health-term-match.test.ts checks this over
 * the BMP against every character the terms can match (astral characters fold to astral ones, never to a term's).
 */
import { HEALTH_TERMS } from "./lexicon.js";

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
const canonical = (text: string): string => {
  NON_CANONICAL.lastIndex = 0;
  return NON_CANONICAL.test(text) ? text.replace(NON_CANONICAL, (character) => CANONICAL[character]!) : text;
};

/** The terms between `\p{L}\p{N}` boundaries, without `i`: for caselessText. */
export const HEALTH_TERM_LOWER = new RegExp(`(?<![\\p{L}\\p{N}])(?:${canonical([...HEALTH_TERMS].reverse().join("|"))})(?![\\p{L}\\p{N}])`, "gu");

/** `text` case-folded for HEALTH_TERM_LOWER, offset for offset; `lower` is `text.toLowerCase()`. */
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

/** The `/iu` form, compiled only for a text holding U+0345 (a combining mark that folds to the letter ι). */
let caseless: RegExp | undefined;

/** The pattern and the string to run it over that find the `/iu` health terms of `text` (offsets of `text`). */
export function healthTermSearch(text: string, lower: string): [RegExp, string] {
  if (!text.includes("\u0345")) return [HEALTH_TERM_LOWER, caselessText(text, lower)];
  caseless ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...HEALTH_TERMS].reverse().join("|")})(?![\\p{L}\\p{N}])`, "giu");
  return [caseless, text];
}

/** The one-word form (`^(?:terms)$` with `iu`): compiled only for a word the lower-case test cannot decide. */
let wholeWord: RegExp | undefined;

/**
 * `/^(?:HEALTH_TERMS)$/iu.test(word)`. Over the case-folded word, HEALTH_TERM_LOWER finds a match at 0 whenever some
 * term spans the whole word (the end passes its look-ahead); it may report a shorter one first when the word holds
 * a non-letter (an apostrophe or hyphen), and only then does the one-word pattern decide.
 */
export function isHealthTermWord(word: string): boolean {
  const [pattern, haystack] = healthTermSearch(word, word.toLowerCase());
  pattern.lastIndex = 0;
  const match = pattern.exec(haystack);
  if (match === null || match.index !== 0) return false;
  if (match[0].length === word.length) return true;
  wholeWord ??= new RegExp(`^(?:${HEALTH_TERMS.join("|")})$`, "iu");
  return wholeWord.test(word);
}
