import { describe, expect, it } from "vitest";
import { NUMERIC_DATE, NUMERIC_DATE_FOUND, nextNumericDate } from "../../../src/privacy/detectors/personal.js";

describe("nextNumericDate (session 42, allocation)", () => {
  it("finds NUMERIC_DATE's matches (start, end, year) from any lastIndex, on random texts", () => {
    const noise = ["", " ", "a", "1", ".", "-", "/", "٣", "12"];
    const numbers = ["1", "12", "123", "2024", "05", "1990", "7"];
    const separators = [".", "-", "/"];
    let state = 9;
    const next = (limit: number) => ((state = (state * 1103515245 + 12345) % 2147483648), (state >>> 16) % limit);
    const pick = (list: string[]) => list[next(list.length)]!;
    let matched = 0;
    for (let round = 0; round < 6000; round++) {
      let text = "";
      for (let count = 1 + next(3); count > 0; count--)
        text += pick(noise) + pick(numbers) + pick(separators) + pick(numbers) + pick(separators) + pick(numbers) + pick(noise);
      const from = next(4) === 0 ? next(text.length + 1) : next(3);
      NUMERIC_DATE.lastIndex = from;
      const match = NUMERIC_DATE.exec(text);
      const expected = match ? [match.index, match.index + match[0].length, Number(match[2] ?? match[3])] : [-1];
      NUMERIC_DATE.lastIndex = from;
      const start = nextNumericDate(text);
      matched += start >= 0 ? 1 : 0;
      expect(start < 0 ? [start] : [start, NUMERIC_DATE_FOUND.end, NUMERIC_DATE_FOUND.year], `${text} from ${from}`).toEqual(expected);
    }
    expect(matched).toBeGreaterThan(200);
  });

  it("starts no earlier than lastIndex (the detector's retry one past a rejected start)", () => {
    for (const [text, from, start] of [
      ["x12.05.2024", 2, 2],
      ["a12/05/1990 b", 1, 1],
      ["12.05.2024", 0, 0],
    ] as const) {
      NUMERIC_DATE.lastIndex = from;
      expect(nextNumericDate(text), text).toBe(start);
    }
  });
});
