import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  forEachMatchAtDigitRunStarts,
  forEachMatchSpanAtDigitRunStarts,
  forEachMatchSpanNearDigitRunStarts,
  forEachMatchStartingWithDigits,
  forgetDigitRuns,
  matchesStartingWithDigits,
} from "../../src/privacy/digit-runs.js";
import { DIGIT_IDENTIFIER_STARTS } from "../../src/privacy/detectors/numbers.js";
import { KEYWORDED_NUMBER_STARTS, LETTERED_ID_STARTS } from "../../src/privacy/detectors/national-ids.js";
import { DE_RVNR_STARTS } from "../../src/privacy/detectors/ids.js";
import { PHONE_CANDIDATE_STARTS } from "../../src/privacy/detectors/contact.js";

/** The matches of a global exec loop from position 0: what the helper must reproduce. */
function execLoop(text: string, pattern: RegExp): string[] {
  const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  const found: string[] = [];
  for (let match = global.exec(text); match !== null; match = global.exec(text)) found.push(`${match.index}:${match[0]}:${match.slice(1).join(",")}`);
  return found;
}

function helper(text: string, pattern: RegExp, digits: number): string[] {
  const found: string[] = [];
  forEachMatchStartingWithDigits(text, pattern, digits, (match) => {
    found.push(`${match.index}:${match[0]}:${match.slice(1).join(",")}`);
  });
  return found;
}

// Patterns of the kind the detectors pass (every match starts with `digits` digits), with look-behinds,
// optional groups, separators and matches that span several digit runs.
const PATTERNS: Array<[RegExp, number]> = [
  [/(?<![\p{L}\p{N}.\/-])((?:19|20)?)(\d{6})([-+])(\d{4})(?![\p{N}]|[.\/-]\d)/gu, 6],
  [/(?<![\p{L}\p{N}.\/-])\d{6}\/\d{4}(?![\p{N}]|[.\/-]\d)/gu, 6],
  [/\d{6}[-+A-FU-Y]\d{3}/, 6],
  [/\d{3}\d?/g, 3],
  [/\d{2}(?:\d\d)*x?/gu, 2],
];

describe("matches tried only where digit runs begin (digit-runs.ts)", () => {
  it("finds the exec loop's matches, in order, on random digit-heavy texts", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("1", "9", "0", "2", "-", "+", "/", ".", "A", "x", " ", "é", "\u4e00"), maxLength: 60 }), (text) => {
        forgetDigitRuns();
        for (const [pattern, digits] of PATTERNS) {
          expect(helper(text, pattern, digits)).toEqual(execLoop(text, pattern));
          expect(matchesStartingWithDigits(text, pattern, digits)).toBe(execLoop(text, pattern).length > 0);
        }
      }),
      { numRuns: 400 },
    );
  });

  // The detectors' patterns that start at a run's first digit, tried only at the runs their cheap test lets through.
  it("finds the exec loop's matches at the run starts a detector's test allows", () => {
    const detectors = [DIGIT_IDENTIFIER_STARTS, KEYWORDED_NUMBER_STARTS, DE_RVNR_STARTS];
    const matched = detectors.map(() => 0);
    const check = (text: string) => {
      forgetDigitRuns();
      detectors.forEach(({ pattern, mayStart }, index) => {
        const found: string[] = [];
        forEachMatchAtDigitRunStarts(text, pattern, mayStart, (match) => void found.push(`${match.index}:${match[0]}:${match.slice(1).join(",")}`));
        expect(found).toEqual(execLoop(text, pattern));
        matched[index]! += found.length;
        // The span variant (no match arrays): the same starts and ends.
        const spans: string[] = [];
        forEachMatchSpanAtDigitRunStarts(text, pattern, mayStart, (start, end) => void spans.push(`${start}:${text.slice(start, end)}`));
        expect(spans).toEqual(found.map((entry) => entry.slice(0, entry.lastIndexOf(":"))));
      });
    };
    for (const text of [
      "RVNR 65 170839 J 00 3, 65170839J003; tel 12 345 678 901, 4111-1111-1111-1111 x1234567",
      "a-123456789 _12345678 /12 34 56\u00a078 65\u3000170839 J 00 3",
    ])
      check(text);
    const digit = fc.constantFrom("1", "9", "0", "2", "7", "3", "5", "8", "4", "6");
    const other = fc.constantFrom("-", "/", ".", " ", "\u00a0", "\u3000", "A", "J", "x", "_", ",", "é", "\u4e00");
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 3, arbitrary: digit }, { weight: 1, arbitrary: other }), { maxLength: 80 }), (units) => check(units.join(""))),
      { numRuns: 1500 },
    );
    expect(matched.every((count) => count > 0)).toBe(true);
  });

  // Session 39: the NRIC starts one letter before its run ("S1234567D"), the PPSN at it ("1234567TA").
  it("finds the lettered ids' exec-loop matches at (or one character before) the runs their test allows", () => {
    const matched = LETTERED_ID_STARTS.map(() => 0);
    const check = (text: string) => {
      forgetDigitRuns();
      LETTERED_ID_STARTS.forEach(({ pattern, mayStart, before }, index) => {
        const found: string[] = [];
        forEachMatchAtDigitRunStarts(text, pattern, mayStart, (match) => void found.push(`${match.index}:${match[0]}:${match.slice(1).join(",")}`), before);
        expect(found).toEqual(execLoop(text, pattern));
        matched[index]! += found.length;
      });
    };
    check("NRIC S1234567D, FIN G7654321X; PPS 1234567TA, 7654321W 1234567AB S12345678D T1234567");
    const unit = fc.constantFrom("1", "2", "3", "4", "5", "6", "7", "S", "T", "F", "G", "A", "W", "Z", " ", "é", "-");
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom("1", "5", "9") }, { weight: 2, arbitrary: unit }), { maxLength: 60 }), (units) =>
        check(units.join("")),
      ),
      { numRuns: 2000 },
    );
    expect(matched.every((count) => count > 0)).toBe(true);
  });

  it("finds the phone candidates' exec-loop spans at digit runs and the + ( before them", () => {
    const { patterns, isPrefix, prefixLength, mayHold } = PHONE_CANDIDATE_STARTS;
    const unit = fc.constantFrom("1", "0", "0", "4", "7", "+", "(", ")", "-", " ", ".", ":", "/", "a", "Ж", "\u4e00", "=", "٣");
    const check = (text: string) => {
      forgetDigitRuns();
      for (const pattern of patterns) {
        const spans: string[] = [];
        forEachMatchSpanNearDigitRunStarts(text, pattern, isPrefix, prefixLength, (start, end) => void spans.push(`${start}:${text.slice(start, end)}`));
        expect(spans).toEqual(execLoop(text, pattern).map((entry) => entry.slice(0, entry.lastIndexOf(":"))));
        // The same with the runs the body check rules out skipped (session 41).
        const checked: string[] = [];
        forEachMatchSpanNearDigitRunStarts(
          text,
          pattern,
          isPrefix,
          prefixLength,
          (start, end) => void checked.push(`${start}:${text.slice(start, end)}`),
          mayHold,
        );
        expect(checked).toEqual(spans);
      }
    };
    check("call +44 20 7123 4567, (+49) 30 1234567, 请联系138 1047 2296 or ++(+1 555 0100 1234");
    check("00(+44) 20 7123 4567, 00+1 555 0100, 0044 20 7123, 00 12345, 1\u00a02\u20113\u20134 5678, 12345");
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (units) => check(units.join(""))),
      { numRuns: 2000 },
    );
  });

  it("answers for the text it is given, not the last one", () => {
    expect(matchesStartingWithDigits("id 850709-2388", /\d{6}[-+A-FU-Y]\d{3}/, 6)).toBe(true);
    expect(matchesStartingWithDigits("id 85070-92388", /\d{6}[-+A-FU-Y]\d{3}/, 6)).toBe(false);
    expect(helper("19850709-2388 and 850709-2388", PATTERNS[0]![0], 6)).toEqual(["0:19850709-2388:19,850709,-,2388", "18:850709-2388:,850709,-,2388"]);
  });

  it("stops when the callback returns true", () => {
    const seen: number[] = [];
    forEachMatchStartingWithDigits("123 456 789", /\d{3}/g, 3, (match) => (seen.push(match.index), seen.length === 2));
    expect(seen).toEqual([0, 4]);
  });
});
