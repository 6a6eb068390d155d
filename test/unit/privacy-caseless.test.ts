import { describe, expect, it } from "vitest";
import { CASELESS_PATTERNS, caselessText } from "../../src/privacy/detectors/caseless.js";
import { healthTermSearch, isHealthTermWord } from "../../src/privacy/detectors/health-term-match.js";
import { HEALTH_TERMS } from "../../src/privacy/detectors/lexicon.js";
import { createPrivacyScanner } from "../../src/privacy/index.js";

createPrivacyScanner(); // every detector module loaded: CASELESS_PATTERNS complete
const sources = CASELESS_PATTERNS.map((pattern) => pattern.source);
/** Every character a source can match literally or through a class range. */
const sourceCharacters = (source: string): string[] => {
  const characters = new Set(source.replace(/\\[pP]\{[^}]*\}/g, ""));
  for (const [, body] of source.matchAll(/\[([^\]]*)\]/g))
    for (const [, from, to] of body!.matchAll(/(.)-(.)/gu))
      for (let code = from!.codePointAt(0)!; code <= to!.codePointAt(0)!; code++) characters.add(String.fromCodePoint(code));
  return [...characters].filter((character) => /[\p{L}\p{N}]/u.test(character) || character.charCodeAt(0) > 0x7f);
};
const allBmp = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((_, code) => code < 0xd800 || code > 0xdfff);
// U+0345 (a combining mark folding to the letter ι) sends its text to the /iu form: left out here.
const bmp = allBmp.filter((character) => character !== "\u0345");
const folded = (text: string) => caselessText(text, text.toLowerCase());
const spans = (pattern: RegExp, haystack: string) => [...haystack.matchAll(pattern)].map((match) => [match.index, match[0].length]);

describe("/iu patterns over the case-folded text", () => {
  it("sources hold no upper-case letter, case-dependent class or escaped character", () => {
    expect(sources.length).toBeGreaterThanOrEqual(3);
    const properties = sources.flatMap((source) => [...source.matchAll(/\\[pP]\{([^}]*)\}/g)].map((match) => match[1]!));
    expect(properties.filter((property) => !/^(?:L|N|M|Nd|P|S|Z|Script=\w+|sc=\w+)$/.test(property))).toEqual([]);
    const rest = sources.map((source) => source.replace(/\\[pP]\{[^}]*\}|\\[bBdDsSwW]/g, ""));
    expect(rest.filter((source) => /\\[ux]|\\c/.test(source) || source !== source.toLowerCase())).toEqual([]);
  });

  it("folding keeps every character's length and letter/number class", () => {
    const letterOrNumber = /[\p{L}\p{N}]/u;
    expect(bmp.filter((character) => folded(character).length !== 1 || letterOrNumber.test(character) !== letterOrNumber.test(folded(character)))).toEqual([]);
    expect(allBmp.filter((character) => character.toLowerCase().length < 1)).toEqual([]);
  });

  it("/iu pairs a character with a source's character exactly when both fold to the same character", () => {
    const all = bmp.join("");
    const byFolded = new Map<string, string[]>();
    for (const character of bmp) byFolded.set(folded(character), [...(byFolded.get(folded(character)) ?? []), character]);
    const mismatches: string[] = [];
    for (const term of new Set(sources.flatMap(sourceCharacters))) {
      const caseless = [...all.matchAll(new RegExp(term.replace(/[\\^$.*+?()[\]{}|-]/g, "\\$&"), "giu"))].map((match) => match[0]);
      const expected = byFolded.get(folded(term)) ?? [];
      if (caseless.join("") !== expected.join("")) mismatches.push(`${term}: ${caseless.join("")} / ${expected.join("")}`);
    }
    expect(mismatches).toEqual([]);
  });

  it("finds the /iu matches in mixed-case text", () => {
    const reference = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...HEALTH_TERMS].reverse().join("|")})(?![\\p{L}\\p{N}])`, "giu");
    const texts = [
      "Patient has Type 2 Diabetes; BRUSTKREBS bei Frau M., la Maladie de Parkinson, ДИАБЕТ, Ιστορικό: ΚΑΡΚΙΝΟΣ, καρκίνοσ.",
      "İstanbul'da DİYABET; Hashimoto'ſ disease, DEPRESSION and İ asthma İ",
      "asthma\u0345 and diabetes",
    ];
    for (const text of texts) expect(spans(...healthTermSearch(text, text.toLowerCase()))).toEqual(spans(reference, text));
    expect(spans(reference, texts[0]!).length).toBeGreaterThan(4);
    for (const pattern of CASELESS_PATTERNS) {
      const caseless = new RegExp(pattern.source, `${pattern.lower.flags}i`);
      for (const text of texts) expect(pattern.test(text)).toBe(caseless.test(text) && (caseless.lastIndex = 0) === 0);
    }
  });

  it("isHealthTermWord answers as the anchored /iu alternation", () => {
    const source = HEALTH_TERMS.join("|");
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
