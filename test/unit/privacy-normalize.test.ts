import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createPrivacyScanner, createRedactionSession } from "../../src/privacy/index.js";
import { normalizeForScan } from "../../src/privacy/normalize.js";
import { found } from "./privacy-helpers.js";

/** The normalised text and, per output character, its original segment, one character at a time. */
const reference = (original: string) => {
  const starts: number[] = [];
  const ends: number[] = [];
  let output = "";
  for (let index = 0; index < original.length;) {
    const start = index;
    index += original.codePointAt(index)! > 0xffff ? 2 : 1;
    while (index < original.length && original.codePointAt(index)! >= 0x300 && /\p{M}/u.test(String.fromCodePoint(original.codePointAt(index)!)))
      index += original.codePointAt(index)! > 0xffff ? 2 : 1;
    let piece = "";
    for (const char of original.slice(start, index).normalize("NFKC")) {
      if (/\p{Cf}/u.test(char)) continue;
      const code = char.codePointAt(0)!;
      const zero = [0x0660, 0x06f0, 0x0966, 0xff10].find((first) => code >= first && code <= first + 9);
      piece += zero === undefined ? char : String(code - zero);
    }
    output += piece;
    for (let offset = 0; offset < piece.length; offset++) {
      starts.push(start);
      ends.push(index);
    }
  }
  return { output, starts, ends };
};
/** Pieces that normalisation keeps, drops, changes, expands and joins into segments. */
const unit = fc.constantFrom(
  "a",
  "Z",
  "7",
  " ",
  "é",
  "e\u0301",
  "\u200b",
  "\u00ad",
  "４",
  "＠",
  "ﬁ",
  "㍿",
  "٤",
  "密",
  "，",
  "😀",
  "\ud800",
  "x\u0308\u0301",
  "ｶﾞ",
);

describe("Unicode normalisation before detection (evasions from the server attack)", () => {
  it("finds a card number with zero-width characters inside, and the span covers the original characters", () => {
    const text = "card 4172\u200b9960\u200b8905\u200b6538 thanks";
    expect(found(text)).toEqual(["payment_card:4172\u200b9960\u200b8905\u200b6538"]);
  });
  it("finds full-width digits and a full-width at sign", () => {
    expect(found("card ４１７２ ９９６０ ８９０５ ６５３８")).toEqual(["payment_card:４１７２ ９９６０ ８９０５ ６５３８"]);
    expect(found("mail jane.doe＠gmail.com")).toEqual(["email:jane.doe＠gmail.com"]);
  });
  it("reads Arabic-Indic and Devanagari digits", () => {
    expect(found("My SSN is ٥٣٦-٢٢-١٢٣٤")).toEqual(["us_ssn:٥٣٦-٢٢-١٢٣٤"]);
  });
  it("redaction replaces the original characters, zero-width ones included", () => {
    const text = "write to ja\u200dne@gmail.com now";
    const findings = createPrivacyScanner().scan(text);
    expect(createRedactionSession().redact(text, findings)).toBe("write to [EMAIL_1] now");
  });
  it("maps spans through expansions and combining marks", () => {
    const original = "e\u0301 ① x";
    const normalized = normalizeForScan(original);
    expect(normalized.text).toBe("é 1 x");
    expect(normalized.toOriginal(2, 3)).toEqual([3, 4]);
    expect(normalized.toOriginal(0, 1)).toEqual([0, 2]);
  });
  it("leaves plain text untouched", () => {
    expect(normalizeForScan("plain ascii").changed).toBe(false);
  });

  // The offset map is sparse (only changed or multi-unit segments are recorded): it must answer as a
  // map of every output character to the original segment that produced it.
  it("maps every span as a per-character map of segments would", () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 24 }), (units) => {
        const original = units.join("");
        const normalized = normalizeForScan(original);
        const expected = reference(original);
        expect(normalized.text).toBe(expected.output);
        if (!normalized.changed) return;
        const length = expected.output.length;
        if (length === 0) {
          expect(normalized.toOriginal(0, 0)).toEqual([0, 0]);
          expect([normalized.originalStart(0), normalized.originalEnd(0, 0)]).toEqual([0, 0]);
          return;
        }
        for (let start = 0; start <= length; start++)
          for (let end = start; end <= length; end++) {
            const originalStart = start < length ? expected.starts[start]! : original.length;
            const originalEnd = end > 0 ? expected.ends[end - 1]! : originalStart;
            expect(normalized.toOriginal(start, end)).toEqual([originalStart, Math.max(originalStart, originalEnd)]);
            // The array-free pair the scanner uses.
            expect([normalized.originalStart(start), normalized.originalEnd(start, end)]).toEqual([originalStart, Math.max(originalStart, originalEnd)]);
          }
      }),
      { numRuns: 300 },
    );
  });

  it("maps a long text's spans (its map kept as a typed array), and an earlier text's after it", () => {
    fc.assert(
      fc.property(fc.array(unit, { minLength: 500, maxLength: 600 }), fc.array(unit, { maxLength: 24 }), (long, short) => {
        const earlier = normalizeForScan(short.join(""));
        const original = long.join("");
        const normalized = normalizeForScan(original);
        const expected = reference(original);
        expect(normalized.text).toBe(expected.output);
        for (const [kept, text] of [[normalized, original] as const, [earlier, short.join("")] as const]) {
          const { output, starts, ends } = reference(text);
          if (!kept.changed) continue;
          for (let start = 0; start < output.length; start++)
            expect([kept.originalStart(start), kept.originalEnd(start, start + 1)]).toEqual([starts[start]!, Math.max(starts[start]!, ends[start]!)]);
        }
      }),
      { numRuns: 30 },
    );
  });
});
