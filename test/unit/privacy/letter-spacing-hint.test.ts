import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SPACED_RUN_HINT, collapseLetterSpacing, spacedRuns } from "../../../src/privacy/letter-spacing.js";

// Session 39: the walk for letter-spaced runs runs only on texts its one-regexp hint matches; the hint must match every
// text that has a run (else a run would be left spaced).
describe("letter-spacing's precheck (letter-spacing.ts)", () => {
  it("matches every text with a letter-spaced run", () => {
    let withRuns = 0;
    const unit = fc.constantFrom("a", "Z", "1", "7", " ", " ", " ", " ", ",", ".", ")", "\t", "\n", "\u00a0", "é", "\ud83d", "\ude00", "\u2003", "\u007f");
    fc.assert(
      // Mostly "character, space" pairs (runs, and runs broken by a tab, a double space or a pair of characters), and
      // "character, hyphen" pairs (runs grouped with hyphens: "4 1 7 2-9 9 6 0-…").
      fc.property(
        fc.array(
          fc.oneof(
            { weight: 8, arbitrary: unit.map((char) => `${char} `) },
            { weight: 3, arbitrary: unit.map((char) => `${char}-`) },
            { weight: 1, arbitrary: unit },
          ),
          { maxLength: 30 },
        ),
        (units) => {
          // With and without the last space: a run may end the text.
          for (const text of [units.join(""), units.join("").replace(/ $/, "")]) {
            if (spacedRuns(text).length === 0) continue;
            withRuns++;
            expect(SPACED_RUN_HINT.test(text)).toBe(true);
          }
        },
      ),
      { numRuns: 20000 },
    );
    expect(withRuns).toBeGreaterThan(0);
  });

  it("still closes up the shortest run and leaves seven characters alone", () => {
    expect(collapseLetterSpacing("pin a b c d e f g 1 ok").text).toBe("pin abcdefg1 ok");
    expect(collapseLetterSpacing("pin a b c d e f g 1").text).toBe("pin abcdefg1");
    expect(collapseLetterSpacing("a b c d e f g 1").text).toBe("abcdefg1");
    expect(collapseLetterSpacing("pin a b c d e f 1 ok").changed).toBe(false);
    expect(collapseLetterSpacing("ssn 5 3 6-2 2-1 9 4 7").text).toBe("ssn 536-22-1947");
  });
});
