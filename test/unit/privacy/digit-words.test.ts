import { describe, expect, it } from "vitest";
import { DIGIT_WORDS, EASTERN_DIGIT_WORDS, WESTERN_DIGIT_WORDS } from "../../../src/privacy/detectors/digit-words.js";
import { spokenDigits } from "../../../src/privacy/detectors/spoken-digits.js";
import { WORDS } from "../../../src/privacy/detectors/spoken-numbers.js";
import { COUNTING_DOWN, COUNTING_UP } from "../../../src/privacy/context.js";

describe("the one digit-word table (session 43)", () => {
  it("names each word once, for one digit, in both halves and their union", () => {
    for (const table of [WESTERN_DIGIT_WORDS, EASTERN_DIGIT_WORDS, DIGIT_WORDS]) {
      expect(table).toHaveLength(10);
      const words = table.flat();
      expect(new Set(words).size).toBe(words.length);
    }
    DIGIT_WORDS.forEach((words, digit) => expect(words).toEqual([...WESTERN_DIGIT_WORDS[digit]!, ...EASTERN_DIGIT_WORDS[digit]!]));
  });

  it("is what both readers read: spoken-digits the Western words, spoken-numbers all of them", () => {
    WESTERN_DIGIT_WORDS.forEach((words, digit) => {
      for (const word of words) expect(spokenDigits(`${word} ${word} ${word} ${word}`), word).toBe(String(digit).repeat(4));
    });
    DIGIT_WORDS.forEach((words, digit) => {
      for (const word of words) expect(WORDS.get(word), word).toEqual({ kind: "unit", value: digit });
    });
    // The Eastern words are not spoken-digits' (their runs need a phone or IP cue, spoken-numbers.ts).
    expect(spokenDigits("dwa trzy cztery")).toBe("");
  });

  it("counts up and down twice over", () => {
    expect(COUNTING_UP.includes("7890123")).toBe(true);
    expect(COUNTING_DOWN.includes("3210987")).toBe(true);
    expect(COUNTING_UP.includes("1357")).toBe(false);
  });
});
