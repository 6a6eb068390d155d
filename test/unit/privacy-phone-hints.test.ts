import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PHONE_HINTS, PHONE_HINT_GATES, phoneRegionHints, wordHintMatches } from "../../src/privacy/detectors/phone-regions.js";
import { forgetKeywordPresence } from "../../src/privacy/detector.js";

/** The hints as one pattern pass each (gate first for the word lists): what the single walk must reproduce. */
function byPatterns(text: string, lower: string): string {
  const gates = new Map(PHONE_HINT_GATES.map((gate) => [gate.pattern, gate]));
  const regions: string[] = [];
  for (const [pattern, countries] of PHONE_HINTS) {
    const gate = gates.get(pattern);
    if ((gate === undefined || gate.mayMatch(text, lower)) && pattern.test(text)) regions.push(...countries);
  }
  return regions.join(",");
}

function hints(text: string): string {
  forgetKeywordPresence();
  const lower = text.toLowerCase();
  const reference = byPatterns(text, lower);
  forgetKeywordPresence();
  const fast = phoneRegionHints(text, lower).join(",");
  forgetKeywordPresence();
  expect(fast).toBe(reference);
  return fast;
}

// Characters of every hint and their neighbours: letters of several scripts, ¡¿ñ, U+0345 (a letter
// only under `iu`), surrogate pairs (an astral Han character, a mathematical letter), lone surrogates.
const PIECES = [
  "saya",
  "nomor",
  "atas nama",
  "untuk",
  "och",
  "är",
  "ring",
  "mig",
  "kundtjänst",
  "vardagar",
  "string",
  "migration",
  "Ring",
  "SAYA",
  "å",
  "Å",
  "ñ",
  "¿",
  "¡",
  "ạ",
  "ğ",
  "İ",
  "ї",
  "한",
  "カ",
  "ひ",
  "漢",
  "𠀀",
  "ع",
  "न",
  "ท",
  "\u0345",
  "𝐀",
  "\ud800",
  "\udc00",
  " ",
  "-",
  "1",
  "a",
  "é",
  "Я",
  "\n",
];

describe("phone region hints", () => {
  it("single walk and word searches give the patterns' answers on written examples", () => {
    expect(hints("Hubungi saya di 0812 3456 7890")).toContain("ID");
    expect(hints("Ring mig på 070-123 45 67")).toContain("SE");
    expect(hints("Please ring me, the string is long")).toContain("SE");
    expect(hints("during migration strings")).toBe("");
    expect(hints("¿Me llamas? 612 345 678")).toContain("ES");
    expect(hints("电话 138 0013 8000")).toContain("CN");
    expect(hints("𠀀 only an astral Han character")).toContain("CN");
    expect(hints("\ud800 lone surrogate, x\u0345saya")).toBe(byPatterns("\ud800 lone surrogate, x\u0345saya", "\ud800 lone surrogate, x\u0345saya"));
  });

  it("agrees with the patterns on random mixes of hint words, letters and scripts", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
        hints(pieces.join(""));
      }),
      { numRuns: 3000 },
    );
  });

  it("word searches answer as the word patterns do", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }), (pieces) => {
        const text = pieces.join("");
        for (const gate of PHONE_HINT_GATES) expect(wordHintMatches(gate.pattern, text)).toBe(gate.pattern.test(text));
      }),
      { numRuns: 3000 },
    );
  });
});
