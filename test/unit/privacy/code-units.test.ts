import { describe, expect, it } from "vitest";
import { isLetterCodePoint, isLetterOrNumberCodePoint } from "../../../src/privacy/code-units.js";
import { sentenceAround } from "../../../src/privacy/detectors/person-reference.js";

describe("code-unit classes by table", () => {
  it("agree with the regexes they replace on every BMP code unit and some astral code points", () => {
    const mismatches: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (isLetterCodePoint(code) !== /\p{L}/u.test(char)) mismatches.push(code);
      if (isLetterOrNumberCodePoint(code) !== /[\p{L}\p{N}]/u.test(char)) mismatches.push(code);
    }
    expect(mismatches).toEqual([]);
    expect(isLetterCodePoint(0x1d400)).toBe(true); // 𝐀
    expect(isLetterOrNumberCodePoint(0x1d7ce)).toBe(true); // 𝟎
    expect(isLetterOrNumberCodePoint(0x1f600)).toBe(false); // 😀
  });

  it("sentenceAround stops at stops before whitespace and at CJK and line breaks", () => {
    const text = "Erste Zeile.\u3000Zweite 3.5 Sätze hier。后面\nneu";
    const index = text.indexOf("3.5");
    expect(text.slice(...sentenceAround(text, index))).toBe("Zweite 3.5 Sätze hier");
    expect(text.slice(...sentenceAround(text, text.indexOf("后")))).toBe("后面");
  });
});
