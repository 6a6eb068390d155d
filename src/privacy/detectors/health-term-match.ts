/**
 * The health-term alternation (lexicon.ts HEALTH_TERMS) compiled once without the `i` flag, matched over a
 * lower-cased copy of the text with the same offsets (session 36, issue #15). With `/iu` V8 compiles every letter of
 * the ~950 terms to a case class: ~0.93 MB of machine code for one-byte plus two-byte subjects, and as much again for
 * the anchored one-word form; without `i` it is ~0.43 MB. Large regexp code matters: once the isolate holds more than
 * 16 MB of executable memory, V8 compiles every later regexp unoptimised (docs/benchmarks.md, session 36).
 * Exactly the `/iu` matches: caseless.ts.
 */
import { CaselessPattern } from "./caseless.js";
import { HEALTH_TERMS } from "./lexicon.js";

/** The terms between `\p{L}\p{N}` boundaries. */
export const HEALTH_TERM = new CaselessPattern(`(?<![\\p{L}\\p{N}])(?:${[...HEALTH_TERMS].reverse().join("|")})(?![\\p{L}\\p{N}])`, "gu");

/** The pattern and the string to run it over that find the `/iu` health terms of `text` (offsets of `text`). */
export function healthTermSearch(text: string, lower: string): [RegExp, string] {
  return HEALTH_TERM.search(text, lower);
}

/** The one-word form (`^(?:terms)$` with `iu`): compiled only for a word the lower-case test cannot decide. */
let wholeWord: RegExp | undefined;

/**
 * `/^(?:HEALTH_TERMS)$/iu.test(word)`. Over the case-folded word, HEALTH_TERM finds a match at 0 whenever some
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

/** The verb at the start of a term that holds one (session 43: "tested negative for TB", German "hat Zucker"). */
const TERM_VERB = /^(?:tested (?:negative|positive) for (?:the )?|hat )/iu;

/** The length of the verb that opens a matched term (0 for most terms): its span is the condition after the verb. */
export function verbLength(term: string): number {
  const verb = term.length > 4 ? TERM_VERB.exec(term) : null;
  return verb === null ? 0 : verb[0].length;
}
