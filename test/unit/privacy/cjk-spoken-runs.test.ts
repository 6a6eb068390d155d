import { describe, expect, it } from "vitest";
import { CJK_RUN, nextCjkRun } from "../../../src/privacy/detectors/spoken-digits.js";

describe("nextCjkRun (session 42, allocation)", () => {
  it("finds CJK_RUN's matches from any lastIndex, on random texts", () => {
    const pieces = ["一", "二三", "零〇", "四五六七", "八九一二三四五六七八", "年", "x", " ", "十"];
    let state = 17;
    const next = (limit: number) => ((state = (state * 1103515245 + 12345) % 2147483648), (state >>> 16) % limit);
    for (let round = 0; round < 4000; round++) {
      let text = "";
      for (let count = 1 + next(10); count > 0; count--) text += pieces[next(pieces.length)];
      const from = next(text.length + 1);
      CJK_RUN.lastIndex = from;
      const match = CJK_RUN.exec(text);
      CJK_RUN.lastIndex = from;
      const start = nextCjkRun(text);
      expect(start < 0 ? [start] : [start, CJK_RUN.lastIndex], `${text} from ${from}`).toEqual(match ? [match.index, match.index + match[0].length] : [-1]);
    }
  });
});
