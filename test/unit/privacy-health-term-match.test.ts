import { describe, expect, it } from "vitest";
import { caselessText, healthTermSearch, isHealthTermWord } from "../../src/privacy/detectors/health-term-match.js";
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
/** The BMP without surrogates. */
const allBmp = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((_, code) => code < 0xd800 || code > 0xdfff);
const folded = (text: string) => caselessText(text, text.toLowerCase());
// U+0345 (a combining mark folding to the letter ι) sends its text to the /iu form: left out here.
const bmp = allBmp.filter((character) => character !== "\u0345");
/** The reference: the terms as the scanner matched them before session 36. */
const reference = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...HEALTH_TERMS].reverse().join("|")})(?![\\p{L}\\p{N}])`, "giu");
const spans = (pattern: RegExp, haystack: string) => [...haystack.matchAll(pattern)].map((match) => [match.index, match[0].length]);

describe("health terms over the case-folded text", () => {
  it("folding keeps every character's length and letter/number class", () => {
    const letterOrNumber = /[\p{L}\p{N}]/u;
    expect(bmp.filter((character) => folded(character).length !== 1 || letterOrNumber.test(character) !== letterOrNumber.test(folded(character)))).toEqual([]);
    expect(allBmp.filter((character) => character.toLowerCase().length < 1)).toEqual([]);
  });

  it("/iu pairs a character with a term character exactly when both fold to the same character", () => {
    const all = bmp.join("");
    const mismatches: string[] = [];
    for (const term of termCharacters()) {
      const caseless = new Set([...all.matchAll(new RegExp(term.replace(/[\\^$.*+?()[\]{}|-]/g, "\\$&"), "giu"))].map((match) => match[0]));
      const target = folded(term);
      for (const character of bmp) if (caseless.has(character) !== (folded(character) === target)) mismatches.push(`${character}/${term}`);
    }
    expect(mismatches).toEqual([]);
  });

  it("finds the /iu matches in mixed-case text", () => {
    const texts = [
      "Patient has Type 2 Diabetes; BRUSTKREBS bei Frau M., la Maladie de Parkinson, ДИАБЕТ, Ιστορικό: ΚΑΡΚΙΝΟΣ, καρκίνοσ.",
      "İstanbul'da DİYABET; Hashimoto'ſ disease, DEPRESSION and İ asthma İ",
      "asthma\u0345 and diabetes",
    ];
    for (const text of texts) expect(spans(...healthTermSearch(text, text.toLowerCase()))).toEqual(spans(reference, text));
    expect(spans(reference, texts[0]!).length).toBeGreaterThan(4);
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
    words.push("Anna", "Parkinson", "Crohn's", "O'Brien", "ΚΑΡΚΙΝΟΣ", "ſugar", "µ", "İstanbul", "Graves'", "asthma\u0345");
    expect(words.filter((word) => isHealthTermWord(word) !== whole.test(word))).toEqual([]);
    expect(words.filter((word) => isHealthTermWord(word)).length).toBeGreaterThan(literals.length);
  });
});
