import { describe, expect, it } from "vitest";
import { VALUE, VALUE_FOUND, valueAt } from "../../../src/privacy/structured/key-values.js";

describe("valueAt (session 42, allocation)", () => {
  it("finds VALUE's groups at any position of random texts", () => {
    const pieces = [" ", "\t", "[", '"', "'", "{", "\n", "\u00a0", "a", "x".repeat(60), "y".repeat(199), "é", ",", "]"];
    let state = 13;
    const next = (limit: number) => ((state = (state * 1103515245 + 12345) % 2147483648), (state >>> 16) % limit);
    for (let round = 0; round < 6000; round++) {
      let text = "";
      for (let count = 1 + next(9); count > 0; count--) text += pieces[next(pieces.length)];
      const at = next(3);
      VALUE.lastIndex = at;
      const match = VALUE.exec(text);
      const group = match?.[1] ?? match?.[2] ?? match?.[3];
      const expected = match ? [match.index + match[0].length - group!.length - (match[3] === undefined ? 1 : 0), group!.length, match[3] === undefined] : [];
      const found = valueAt(text, at) ? [VALUE_FOUND.start, VALUE_FOUND.end - VALUE_FOUND.start, VALUE_FOUND.quoted] : [];
      expect(found, JSON.stringify([text, at])).toEqual(expected);
    }
  });
});
