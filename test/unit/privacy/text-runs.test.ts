import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { forgetTextRuns, letterRuns, printableRuns, wordRuns, type Runs } from "../../../src/privacy/text-runs.js";

const list = (runs: Runs) => Array.from({ length: runs.count }, (_unused, run) => [runs.starts[run]!, runs.ends[run]!]);
/** The runs a global regex finds: what each detector's own loop found before the shared pass. */
const byPattern = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);

describe("the scan's shared character pass (text-runs.ts)", () => {
  const texts = [
    "Patient: Jürgen Müller, gastritis; пароль Kedi.1453 (four two 9)",
    "𝒜𝒷c d😀e\ud800f g\udc00h ×÷ ҂x́y ab",
    "x",
    "",
    "end with letters and a pair 𝒜",
  ];

  it("finds the same letter, word and printable-ASCII runs as a regex over the text", () => {
    for (const text of texts) {
      forgetTextRuns();
      expect(list(letterRuns(text))).toEqual(byPattern(text, /\p{L}+/gu));
      expect(list(wordRuns(text))).toEqual(byPattern(text, /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0400-\u04ff]+/g));
      expect(list(printableRuns(text))).toEqual(byPattern(text, /[!-~]+/g));
    }
  });

  it("finds them on random mixes of letters, word letters, printable ASCII, surrogates and lone surrogates", () => {
    const units = ["a", "Z", "é", "ж", "Ԁ", "ǅ", "ɐ", " ", "\t", "1", "!", "~", "\u007f", "\u00a0", "×", "中", "𝒜", "😀", "\ud800", "\udc00", "\u0301"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        forgetTextRuns();
        expect(list(letterRuns(text))).toEqual(byPattern(text, /\p{L}+/gu));
        expect(list(wordRuns(text))).toEqual(byPattern(text, /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0400-\u04ff]+/g));
        expect(list(printableRuns(text))).toEqual(byPattern(text, /[!-~]+/g));
      }),
      { numRuns: 1500 },
    );
  });

  it("answers for the text it is asked about, not the last one", () => {
    expect(list(letterRuns("ab 12 cd"))).toEqual([
      [0, 2],
      [6, 8],
    ]);
    expect(list(letterRuns("xyz"))).toEqual([[0, 3]]);
  });
});
