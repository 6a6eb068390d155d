import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

/**
 * Gaps helpers named in session 47 (dev-71 half A), closed in session 48 (issue #15): a birth date read out digit by
 * digit, a phone in Hinglish number words, a phone whose first part is corrected before "the rest is". Each with its
 * nearest hard negative. A birth date spread over three sentences stays open (the probe at the end).
 */
const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("a birth date read out as numbers (spoken-dates.ts)", () => {
  it("reads a day, a month and a year said as numbers after a birth cue", () => {
    expect(found("my son Theo Marsh, d.o.b. oh seven, oh two, two thousand sixteen, needs a passport renewal")).toContain(
      "date_of_birth:oh seven, oh two, two thousand sixteen",
    );
    expect(found("Maria Lopez, born twelve, three, nineteen ninety, needs a new card")).toContain("date_of_birth:twelve, three, nineteen ninety");
  });

  it("reads none for the writer's own unnamed date, a public figure's, or the same words with no birth cue", () => {
    for (const text of [
      "I was born oh seven, oh two, two thousand sixteen",
      "Barack Obama was born oh four, oh eight, nineteen sixty-one",
      "The ticket is oh seven, oh two, two thousand sixteen",
    ])
      expect(has(text, "date_of_birth"), text).toBe(false);
  });
});

describe("a phone in Hinglish number words (spoken-numbers.ts)", () => {
  it("reads ten Hinglish digit words after a number cue, 'do' and 'teen' beside the others", () => {
    expect(found("Sunita aunty ka number nau aath do shunya ek chaar chaar saat teen chhe hai, unko call kar dena")).toContain(
      "phone:nau aath do shunya ek chaar chaar saat teen chhe",
    );
    expect(found("Ravi ka phone number: do teen nau aath saat chhe paanch ek shunya chaar")).toContain(
      "phone:do teen nau aath saat chhe paanch ek shunya chaar",
    );
  });

  it("reads no phone in a short emergency number, English words, or an English 'do' after a number said in English", () => {
    expect(has("Emergency number ek ek do hai ya ek shunya shunya? Bachon ko yaad karwana hai", "phone")).toBe(false);
    expect(has("what number do teen idols call?", "phone")).toBe(false);
    expect(found("my number is nine one seven five five five oh one two three, do call")).toEqual(["phone:nine one seven five five five oh one two three"]);
  });
});

describe("a phone whose first part is corrected (split-phones.ts)", () => {
  it("reads the abandoned part, the corrected part and the rest", () => {
    expect(found("My number is 617 55… no wait, 617 824. The rest is 3301. Call me after six — Jordan Blake.")).toEqual([
      "phone:617 55",
      "phone:617 824",
      "phone:3301",
    ]);
  });

  it("reads none after an order number, and too few digits with the correction", () => {
    expect(has("My order number is 617 55… no wait, 617 824. The rest is 3301.", "phone")).toBe(false);
    expect(has("My number is 617 55… no wait, 61. The rest is 33.", "phone")).toBe(false);
  });
});

describe("gaps left open", () => {
  // Closed in session 49 (spoken-dates.ts: a birth month, then its day and year told with "day" and "year").
  it("reads a birth date spread over three sentences (month, then day, then year)", () => {
    expect(has("Sophie Chen was born in April. The day was the 3rd, the year 1991. Make her a birthday reminder.", "date_of_birth")).toBe(true);
  });
});
