import { describe, expect, it } from "vitest";
import { sliceOfRange } from "../../../src/privacy/range-strings.js";

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
