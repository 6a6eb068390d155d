import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { forgetDigitRuns } from "../../src/privacy/digit-runs.js";
import { STREET_NUMBER, streetWordBeforeNumber } from "../../src/privacy/detectors/street-words.js";

/** The check against the pattern it answers, on the lower-cased text as the scan passes it. */
function agrees(text: string): void {
  forgetDigitRuns();
  const lower = text.toLowerCase();
  expect(streetWordBeforeNumber(text, lower)).toBe(STREET_NUMBER.test(lower));
}

describe("streetWordBeforeNumber", () => {
  it("answers as the look-behind pattern on addresses and near misses", () => {
    for (const text of [
      "Hauptstraße 12, 10115 Berlin",
      "Keizersgracht\u00a0\t 123",
      "Storgatan 4",
      "Str. 5",
      "string 42 and ring3",
      "Mannerheimintie 10",
      "tie12",
      "weg",
      "12 weg",
      "Weg-12",
      "Hauptstrasse\n\n7b",
      "İstiklal Caddesi 12 and Gasse 3", // lower-casing lengthens İ: the pattern answers
      "",
      "123",
      "aktie 1 kade\u30002",
    ])
      agrees(text);
  });

  it("answers as the look-behind pattern on random text of street words, spaces and digits", () => {
    const piece = fc.constantFrom("straße", "Str.", "weg", "RING", "tie", "vej", " ", "\u00a0", "\n", "\u2003", "1", "42", "x", "-", ".", "İ", "ß");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => agrees(pieces.join(""))),
      { numRuns: 500 },
    );
  });
});
