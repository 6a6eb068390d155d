import { describe, expect, it } from "vitest";
import { breakStartBefore } from "../../../src/privacy/joined-values.js";

/** The break pattern of joined-values.ts, read with `exec` (the loop's former form). */
const BREAK = /=?\r?\n|\\(?:r\\)?n/g;
const PIECES = ["=", "\r", "\n", "\\", "r", "n", "a", "1", " "];

function randomText(seed: number): string {
  let state = seed;
  let text = "";
  for (let index = 0; index < 40; index++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += PIECES[state % PIECES.length];
  }
  return text;
}

describe("breakStartBefore", () => {
  it("gives each break's start as the exec loop does, from the end that test leaves", () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const text = randomText(seed);
      const expected: Array<[number, number]> = [];
      BREAK.lastIndex = 0;
      for (let match = BREAK.exec(text); match !== null; match = BREAK.exec(text)) expected.push([match.index, match.index + match[0].length]);
      const actual: Array<[number, number]> = [];
      BREAK.lastIndex = 0;
      while (BREAK.test(text)) actual.push([breakStartBefore(text, BREAK.lastIndex), BREAK.lastIndex]);
      expect(actual, JSON.stringify(text)).toEqual(expected);
    }
  });
});
