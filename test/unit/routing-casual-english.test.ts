import { describe, expect, it } from "vitest";
import { americanSpelling, normaliseCasualEnglish } from "../../src/policies/casual-english.js";
import { routeWords } from "../../src/policies/route-terms.js";

describe("casual-register and spelling normalisation (built-in route encoder)", () => {
  it("writes chat short forms out, drops laughter and joins tl;dr", () => {
    expect(normaliseCasualEnglish(["thx", "u", "r", "great", "lol"])).toEqual(["thanks", "you", "are", "great"]);
    expect(normaliseCasualEnglish(["pls", "tl", "dr", "this"])).toEqual(["please", "summarize", "this"]);
    expect(normaliseCasualEnglish(["gimme", "js", "code"])).toEqual(["give", "me", "javascript", "code"]);
  });

  it("maps British spellings to American ones and leaves -ise words that are not -ize words", () => {
    expect(americanSpelling("summarise")).toBe("summarize");
    expect(americanSpelling("summarising")).toBe("summarizing");
    expect(americanSpelling("organisation")).toBe("organization");
    expect(americanSpelling("analyse")).toBe("analyze");
    expect(americanSpelling("colour")).toBe("color");
    expect(americanSpelling("centre")).toBe("center");
    for (const word of ["exercise", "surprise", "advise", "promise", "hour", "your", "tour", "wise"]) expect(americanSpelling(word)).toBe(word);
  });

  it("applies to English texts only, when enabled", () => {
    expect(routeWords("thx, summarise pls", undefined, undefined, { synonyms: false }).tokens).toEqual(["thanks", "summarize", "please"]);
    expect(routeWords("thx, summarise pls").tokens).toEqual(["thx", "summarise", "pls"]);
    // "ty" is Czech for "you": a Czech text is left as written.
    expect(routeWords("ty jsi to ale udělal", undefined, undefined, {}).tokens).toContain("ty");
  });
});
