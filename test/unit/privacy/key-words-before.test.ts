import { describe, expect, it } from "vitest";
import { KEY_WORDS_BEFORE, keyWordsStart } from "../../../src/privacy/structured/key-values.js";

describe("keyWordsStart (session 42, allocation)", () => {
  it("is where KEY_WORDS_BEFORE's group starts, on random prefixes", () => {
    const pieces = [" ", "  ", "\t", "- ", "> ", "#", "*", "Date", "of", "é", "×", "ab", "1", "_", ".", "-", ":", "x".repeat(19), "\n", "名"];
    let state = 3;
    const next = (limit: number) => ((state = (state * 1103515245 + 12345) % 2147483648), (state >>> 16) % limit);
    for (let round = 0; round < 5000; round++) {
      let text = next(4) === 0 ? "" : "lead ";
      const lineStart = text.length;
      if (next(2) === 0) for (let count = 1 + next(8); count > 0; count--) text += pieces[next(pieces.length)];
      else for (let count = 1 + next(5); count > 0; count--) text += `${pieces[7 + next(5)]}${["", "", "-1", "x".repeat(18), "x".repeat(19)][next(5)]} `;
      if (next(2) === 0) text += " ";
      const words = KEY_WORDS_BEFORE.exec(text.slice(lineStart));
      expect(keyWordsStart(text + "key", lineStart, text.length), JSON.stringify(text)).toBe(words ? text.length - words[1]!.length : -1);
    }
  });
});
