import { describe, expect, it } from "vitest";
import { FOLD_IRREGULAR, HEALTH_TERM_CASELESS, HEALTH_TERM_LOWER, isHealthTermWord } from "../../src/privacy/detectors/health-term-match.js";
import { HEALTH_TERMS } from "../../src/privacy/detectors/lexicon.js";

const source = HEALTH_TERMS.join("|");
/** Every character the terms can match literally or through a class range. */
const termCharacters = (): string[] => {
  const characters = new Set(source);
  for (const [, body] of source.matchAll(/\[([^\]]*)\]/g))
    for (const [, from, to] of body!.matchAll(/(.)-(.)/gu))
      for (let code = from!.codePointAt(0)!; code <= to!.codePointAt(0)!; code++) characters.add(String.fromCodePoint(code));
  return [...characters].filter((character) => /[\p{L}\p{N}]/u.test(character) || character.charCodeAt(0) > 0x7f);
};
/** BMP characters (no surrogates) that lower-case to one character and are not FOLD_IRREGULAR. */
const subjects = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter(
  (character, code) => (code < 0xd800 || code > 0xdfff) && character.toLowerCase().length === 1 && !FOLD_IRREGULAR.test(character),
);

describe("health terms over the lower-cased text", () => {
  it("lower-casing keeps a character's letter/number class and never shortens it", () => {
    const letterOrNumber = /[\p{L}\p{N}]/u;
    expect(subjects.filter((character) => letterOrNumber.test(character) !== letterOrNumber.test(character.toLowerCase()))).toEqual([]);
    expect(Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((character) => character.toLowerCase().length < 1)).toEqual([]);
  });

  it("outside FOLD_IRREGULAR, /iu pairs a character with a term character exactly when its lower-case form is that character", () => {
    const all = subjects.join("");
    const mismatches: string[] = [];
    for (const term of termCharacters()) {
      const caseless = new Set([...all.matchAll(new RegExp(term.replace(/[\\^$.*+?()[\]{}|-]/g, "\\$&"), "giu"))].map((match) => match[0]));
      for (const character of subjects) if (caseless.has(character) !== (character.toLowerCase() === term)) mismatches.push(`${character}/${term}`);
    }
    expect(mismatches).toEqual([]);
  });

  it("finds the /iu matches in mixed-case text", () => {
    const text = "Patient has Type 2 Diabetes; BRUSTKREBS bei Frau M., la Maladie de Parkinson, диабет, Ιστορικό: καρκίνος.";
    const spans = (pattern: RegExp, haystack: string) => [...haystack.matchAll(pattern)].map((match) => [match.index, match[0].length]);
    expect(spans(HEALTH_TERM_LOWER, text.toLowerCase())).toEqual(spans(HEALTH_TERM_CASELESS, text));
    expect(spans(HEALTH_TERM_CASELESS, text).length).toBeGreaterThan(4);
  });

  it("isHealthTermWord answers as the anchored /iu alternation", () => {
    const whole = new RegExp(`^(?:${source})$`, "iu");
    const literals = source.split("|").filter((term) => /^[\p{L}' -]+$/u.test(term));
    const words = literals.flatMap((term) => [
      term,
      term.toUpperCase(),
      `${term[0]!.toUpperCase()}${term.slice(1)}'s`,
      `${term}-like`,
      `${term}x`,
      term.slice(0, -1),
    ]);
    words.push("Anna", "Parkinson", "Crohn's", "O'Brien", "Σκλήρυνση", "ſugar", "µ", "İstanbul", "Graves'");
    expect(words.filter((word) => isHealthTermWord(word) !== whole.test(word))).toEqual([]);
    expect(words.filter((word) => isHealthTermWord(word)).length).toBeGreaterThan(literals.length);
  });
});
