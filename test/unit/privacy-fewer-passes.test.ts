/**
 * Session 51 (issue #15, branch s51-passes): fewer passes over the text, same answers. The keyword pass walks a long
 * text in four interleaved walks (detector.ts findPresentLists); strings built from character codes or reversed in code
 * are looked for only in a text holding one of their openings (encoded-values.ts gate bit 64); normalisation crosses
 * long ASCII stretches by a native search (normalize.ts); joined literals are read from the quote pairs a joiner links
 * (joined-literals.ts), the same chains as from every quote (answers below are the session-50 finder's).
 */
import { describe, expect, it } from "vitest";
import { containsAny, containsAnyAtWordStart, forgetKeywordPresence } from "../../src/privacy/detector.js";
import { findEncodedTokens, searchGates, stemGates } from "../../src/privacy/encoded-values.js";
import { CODE_LITERAL_CUES, findJoinedLiterals } from "../../src/privacy/joined-literals.js";
import { normalizeForScan } from "../../src/privacy/normalize.js";
import { createSeededRandom } from "../../src/policies/clock.js";

const includesAny = (lower: string, stems: readonly string[]) => stems.some((stem) => lower.includes(stem));
/** A stem not right after an ASCII letter (the stems below hold no regex syntax). */
const atWordStart = (lower: string, stems: readonly string[]) => stems.some((stem) => new RegExp(`(?<![a-z])${stem}`).test(lower));

describe("keyword pass in interleaved walks", () => {
  it("answers like includes on texts of 0–3,000 characters, stems at and across the walks' share boundaries", () => {
    const random = createSeededRandom(51);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const letters = ["a", "b", "c", " ", "é", "密", "-", "1"];
    const word = () => Array.from({ length: 2 + Math.floor(random() * 9) }, () => pick(letters)).join("");
    for (let trial = 0; trial < 60; trial++) {
      // A long stem (the walks start `longest - 1` characters before their share) and short ones.
      const lists = Array.from({ length: 4 }, () => Array.from({ length: 1 + Math.floor(random() * 3) }, word));
      lists.push(["x".repeat(20) + word()]);
      for (const list of lists) containsAny("", list);
      const length = Math.floor(random() * 3000);
      const chars = Array.from({ length }, () => pick(letters));
      // Plant stems ending at, just before and just after a quarter or a half of the text.
      for (const share of [0.25, 0.5, 0.75]) {
        const stem = pick(pick(lists));
        const end = Math.floor(length * share) + Math.floor(random() * 5) - 2;
        const start = end - stem.length + 1;
        if (start >= 0 && end < length) for (let index = 0; index < stem.length; index++) chars[start + index] = stem[index]!;
      }
      const lower = chars.join("");
      forgetKeywordPresence();
      for (const list of lists) {
        expect([lower.length, list, containsAny(lower, list)]).toEqual([lower.length, list, includesAny(lower, list)]);
        expect([lower.length, list, containsAnyAtWordStart(lower, list)]).toEqual([lower.length, list, atWordStart(lower, list)]);
      }
    }
    forgetKeywordPresence();
  }, 120_000);
});

describe("code-literal gate (bit 64)", () => {
  it("opens exactly for a text holding an opening, and the keyword pass's stems answer as the text's search", () => {
    const random = createSeededRandom(64);
    const pieces = [...CODE_LITERAL_CUES, ...CODE_LITERAL_CUES.map((cue) => cue.toUpperCase()), "x", " ", "\n", "(", "[", "strre", "String."];
    for (let trial = 0; trial < 5000; trial++) {
      let text = "";
      for (let count = Math.floor(random() * 4); count > 0; count--) text += pieces[Math.floor(random() * pieces.length)];
      const expected = searchGates(text);
      expect((expected & 64) !== 0).toBe(CODE_LITERAL_CUES.some((cue) => text.includes(cue)));
      forgetKeywordPresence();
      expect([text, searchGates(text, stemGates(text.toLowerCase()))]).toEqual([text, expected]);
    }
    forgetKeywordPresence();
  });

  it("still reads strings built from codes and reversed literals", () => {
    const coded = "pw = String.fromCharCode(77, 97, 112, 108, 101, 35, 83, 121, 114, 117, 112, 56);";
    expect(findEncodedTokens(coded).map((token) => token.decoded)).toContain('"Maple#Syrup8"');
    const reversed = 'String pass = new StringBuilder("8purys#elpaM").reverse();';
    expect(findEncodedTokens(reversed).map((token) => token.decoded)).toContain('"Maple#syrup8"');
    expect(searchGates("const s = 'abc'.split('').join('');") & 64).toBe(0);
  });
});

describe("normalisation across long ASCII stretches", () => {
  it("still joins a mark to the stretch's last letter and maps spans back", () => {
    const marked = normalizeForScan(`${"a".repeat(20)}e\u0301${"b".repeat(20)}`);
    expect(marked.text).toBe(`${"a".repeat(20)}é${"b".repeat(20)}`);
    expect([marked.originalStart(20), marked.originalEnd(20, 21), marked.originalStart(21)]).toEqual([20, 22, 22]);
    const hidden = normalizeForScan(`${"a".repeat(30)}\u200b42 ${"x".repeat(50)}４`);
    expect(hidden.text).toBe(`${"a".repeat(30)}42 ${"x".repeat(50)}4`);
    expect([hidden.originalStart(30), hidden.originalStart(83), hidden.originalEnd(83, 84)]).toEqual([31, 84, 85]);
    expect(normalizeForScan("plain ASCII text ".repeat(10)).changed).toBe(false);
    expect(normalizeForScan(`${"a".repeat(40)}\u007f`).changed).toBe(false);
  });
});

describe("joined literals from the linked quote pairs", () => {
  it("finds the chains the finder of every quote found", () => {
    expect(findJoinedLiterals('k = "" + "sk_live_51" + "Bnjr9xQq";', 8)).toEqual([{ start: 9, end: 34, decoded: '"sk_live_51Bnjr9xQq"', joinsAt: [11] }]);
    expect(findJoinedLiterals(`x = ["xoxb-1276", "-3738-", "2pzpQ"], y = 'a' 'b', z = 'ghp_' . '1uJq77zz'`, 8)).toEqual([
      { start: 5, end: 35, decoded: '"xoxb-1276-3738-2pzpQ"', joinsAt: [10, 16] },
      { start: 55, end: 74, decoded: "'ghp_1uJq77zz'", joinsAt: [5] },
    ]);
    expect(findJoinedLiterals('say "hi", "there" + "friend123"', 8)).toEqual([{ start: 10, end: 31, decoded: '"therefriend123"', joinsAt: [6] }]);
  });
});
