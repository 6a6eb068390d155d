import { describe, expect, it } from "vitest";
import { lowerSliceOfRange, sliceOfRange } from "../../../src/privacy/range-strings.js";

describe("sliceOfRange (session 42, allocation)", () => {
  it("equals text.slice for random ranges of random texts, table collisions included", () => {
    const alphabet = ["a", "b", "_", "é", "名", "\ud83d\ude00", "1"];
    let state = 11;
    const next = (limit: number) => ((state = (state * 1103515245 + 12345) % 2147483648), (state >>> 16) % limit);
    for (let round = 0; round < 4000; round++) {
      let text = "";
      for (let count = next(30); count > 0; count--) text += alphabet[next(alphabet.length)];
      const start = next(text.length + 1);
      const end = start + next(text.length - start + 2) - 1;
      expect(sliceOfRange(text, start, end), `${text} ${start} ${end}`).toBe(text.slice(start, end));
    }
  });
});

describe("lowerSliceOfRange (session 43, allocation)", () => {
  it("equals text.slice(start, end).toLowerCase() for random ranges, with Σ, İ, astral capitals and split surrogate pairs", () => {
    const alphabet = ["A", "b", "Σ", "σ", "ς", ".", " ", "'", "İ", "I", "É", "名", "\ud801\udc00", "\ud801\udc28", "Ω", "1", "Ǆ"];
    let state = 43;
    const next = (limit: number) => ((state = (state * 1103515245 + 12345) % 2147483648), (state >>> 16) % limit);
    for (let round = 0; round < 6000; round++) {
      let text = "";
      for (let count = next(24); count > 0; count--) text += alphabet[next(round % 3 === 0 ? alphabet.length : alphabet.length - 9)];
      const lower = text.toLowerCase();
      const start = next(text.length + 1);
      const end = start + next(text.length - start + 1);
      expect(lowerSliceOfRange(text, lower, start, end), `${text} ${start} ${end}`).toBe(text.slice(start, end).toLowerCase());
    }
  });

  it("reads the scan's lower-cased text where it agrees, and lower-cases the range itself where it would not", () => {
    const text = "ΑΣ'Β Phone NINE";
    const lower = text.toLowerCase();
    expect(lower.slice(0, 2)).toBe("ασ"); // σ: a letter follows past the apostrophe
    expect(lowerSliceOfRange(text, lower, 0, 2)).toBe("ας"); // the range alone ends the word
    expect(lowerSliceOfRange(text, lower, 11, 15)).toBe("nine");
    const dotted = "İ NINE";
    expect(lowerSliceOfRange(dotted, dotted.toLowerCase(), 2, 6)).toBe("nine");
  });
});
