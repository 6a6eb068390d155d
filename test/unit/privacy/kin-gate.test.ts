import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { kinWithNamePositions, mayHoldKin } from "../../../src/privacy/detectors/person-reference.js";

// Session 39: personReferences walks KIN over the whole text only when the keyword pass finds what every kept match holds.
describe("the possessive + relation word gate (person-reference.ts)", () => {
  it("lets through every text in which the walk keeps a match", () => {
    let kept = 0;
    const word = fc.constantFrom("my", "mi", "mein", "meine", "мой", "our", "ma", "annem", "iş arkadaşım", "wife", "padre", "мама", "best friend", "late", "x");
    const space = fc.constantFrom(" ", " ", "\n", "\t", "\r", "\u00a0", "\u2003", "\u3000", "", ", ");
    const other = fc.constantFrom("", "a", "İ", "é", "\ud835\udc9c", "\ud83d\ude00", "1", "-", "Anna", "R. Dave", " Lee");
    // Possessive, white space, relation, a name: most texts hold a match, some with a letter or a mark before it.
    const part = fc.tuple(other, word, space, word, space, word, space, other).map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 3 }), (parts) => {
        const text = parts.join("");
        const positions: number[] = [];
        kinWithNamePositions(text, text.toLowerCase(), positions);
        if (positions.length === 0) return;
        kept++;
        expect(mayHoldKin(text.toLowerCase())).toBe(true);
      }),
      { numRuns: 20000 },
    );
    expect(kept).toBeGreaterThan(20);
  });

  it("relies on no character that is not a letter lower-casing to an ASCII letter", () => {
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (/\p{L}/u.test(char)) continue;
      const last = char.toLowerCase().charCodeAt(char.toLowerCase().length - 1);
      if (last >= 97 && last <= 122) expect.fail(`U+${code.toString(16)} lower-cases to an ASCII letter`);
    }
  });
});
