import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { forEachMatchStartingWithDigits, forgetDigitRuns, matchesStartingWithDigits, someDigitRunFollowedBy } from "../../../src/privacy/digit-runs.js";
import { isRegexSpace } from "../../../src/privacy/regex-space.js";
import { SIX_DIGITS_ENDING_A_RUN } from "../../../src/privacy/detectors/national-ids.js";
import { OCR_CARD_FORM } from "../../../src/privacy/detectors/numbers.js";

/** The matches of a global exec loop from position 0: what the run-end shortcut must reproduce. */
function execLoop(text: string, pattern: RegExp): string[] {
  const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  const found: string[] = [];
  for (let match = global.exec(text); match !== null; match = global.exec(text)) found.push(`${match.index}:${match[0]}`);
  return found;
}

function atRunEnds(text: string, pattern: RegExp, digits: number): string[] {
  const found: string[] = [];
  forEachMatchStartingWithDigits(text, pattern, digits, (match) => void found.push(`${match.index}:${match[0]}`), true);
  return found;
}

/** Single characters and digit groups, so that the forms' six digits, separators and four-digit groups come up often. */
const UNITS = ["1", "9", "0", "-", "+", "/", ".", "A", "U", "x", " ", "  ", "\t", "é", "\u0661", "4111", "0101", "123456", "311299", "123"];

describe("digit runs read at their ends (session 41)", () => {
  it("finds the exec loop's matches of the run-end patterns, trying one position per run", () => {
    const forms: Array<[RegExp, number]> = [...SIX_DIGITS_ENDING_A_RUN.map((pattern): [RegExp, number] => [pattern, 6]), [OCR_CARD_FORM, 4]];
    const matched = forms.map(() => 0);
    const check = (text: string) => {
      forgetDigitRuns();
      forms.forEach(([pattern, digits], index) => {
        const expected = execLoop(text, pattern);
        matched[index] = matched[index]! + expected.length;
        expect(atRunEnds(text, pattern, digits)).toEqual(expected);
        expect(matchesStartingWithDigits(text, pattern, digits, true)).toBe(expected.length > 0);
      });
    };
    // Written cases: each form once, after a longer run, twice in a row, and a run that goes on past six digits.
    for (const text of [
      "811228-9874 / 131052-308T, 9412311234/0101, 811228/1234 and 4111 1111  1111 1111",
      "1234567-123 12311299/1234x",
      "4111 1111  1111 11114",
    ])
      check(text);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...UNITS), { maxLength: 50 }), (units) => check(units.join(""))),
      { numRuns: 1500 },
    );
    // Each form matched somewhere, and a pattern whose digits may run on is not one for the shortcut.
    expect(matched.every((count) => count > 0)).toBe(true);
    forgetDigitRuns();
    expect(atRunEnds("12345", /\d{3}\d?/g, 3)).not.toEqual(execLoop("12345", /\d{3}\d?/g));
  });

  it("answers /\\d{4}[A-Z]/ from the runs' ends (the PAN gate)", () => {
    const capital = (code: number) => code >= 65 && code <= 90;
    fc.assert(
      fc.property(fc.array(fc.constantFrom("1", "2", "0", "A", "Z", "a", "-", " ", "\u0661", "É"), { maxLength: 24 }), (units) => {
        const text = units.join("");
        forgetDigitRuns();
        expect(someDigitRunFollowedBy(text, 4, capital)).toBe(/\d{4}[A-Z]/.test(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads regex \\s by code unit, as /\\s/ and /\\s/u do", () => {
    for (let code = 0; code < 65536; code++) {
      const char = String.fromCharCode(code);
      expect(isRegexSpace(code)).toBe(/\s/.test(char));
      expect(isRegexSpace(code)).toBe(/\s/u.test(char));
    }
  });
});
