/**
 * The health-term alternation (lexicon.ts HEALTH_TERMS) compiled once without the `i` flag, matched over the
 * lower-cased text (session 36, issue #15). With `/iu` V8 compiles every letter of the ~950 terms to a case class:
 * ~0.93 MB of machine code for one-byte plus two-byte subjects, and as much again for the anchored one-word form;
 * without `i` it is ~0.43 MB. Large regexp code matters: once the isolate holds more than 16 MB of executable memory,
 * V8 compiles every later regexp unoptimised (docs/benchmarks.md, session 36).
 * Exactly the `/iu` matches: `lower` is `text.toLowerCase()` and has the same length (lower-casing never shortens a
 * character, so equal lengths mean equal offsets), and the text holds none of FOLD_IRREGULAR, the characters whose
 * lower-case form is not what `/iu`'s simple case folding pairs them with for the terms' characters (µ ſ σ ς ϐ …,
 * found by test/unit/privacy-health-term-match.test.ts over the BMP); `\p{L}`/`\p{N}` keep their class when
 * lower-cased. Otherwise the callers use their `/iu` pattern, compiled only when such a text comes.
 */
import { HEALTH_TERMS } from "./lexicon.js";

const REVERSED_TERMS = [...HEALTH_TERMS].reverse().join("|");
/** The terms between `\p{L}\p{N}` boundaries, without `i`: for the lower-cased text. */
export const HEALTH_TERM_LOWER = new RegExp(`(?<![\\p{L}\\p{N}])(?:${REVERSED_TERMS})(?![\\p{L}\\p{N}])`, "gu");
/** The same with `i`, over the original text (lower-casing changed the length, or a FOLD_IRREGULAR character). */
export const HEALTH_TERM_CASELESS = new RegExp(`(?<![\\p{L}\\p{N}])(?:${REVERSED_TERMS})(?![\\p{L}\\p{N}])`, "giu");
export const FOLD_IRREGULAR = /[\u0345\u00b5\u017f\u03a3\u03c2\u03c3\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1c80-\u1c86\u1fbe]/;
/** The one-word form (`^(?:terms)$` with `iu`): compiled only for a word the lower-case test cannot decide. */
let wholeWord: RegExp | undefined;

/** `lower` (the text lower-cased) can stand for `text` under HEALTH_TERM_LOWER. */
export function foldsAsLower(text: string, lower: string): boolean {
  return lower.length === text.length && !FOLD_IRREGULAR.test(text);
}

/**
 * `/^(?:HEALTH_TERMS)$/iu.test(word)`. Over the lower-cased word, HEALTH_TERM_LOWER finds a match at 0 whenever some
 * term spans the whole word (the end passes its look-ahead); it may report a shorter one first when the word holds
 * a non-letter (an apostrophe or hyphen), and only then does the one-word pattern decide.
 */
export function isHealthTermWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (foldsAsLower(word, lower)) {
    HEALTH_TERM_LOWER.lastIndex = 0;
    const match = HEALTH_TERM_LOWER.exec(lower);
    if (match === null || match.index !== 0) return false;
    if (match[0].length === word.length) return true;
  }
  wholeWord ??= new RegExp(`^(?:${HEALTH_TERMS.join("|")})$`, "iu");
  return wholeWord.test(word);
}
