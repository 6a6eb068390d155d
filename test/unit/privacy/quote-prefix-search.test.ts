import { describe, expect, it } from "vitest";
import { foldQuotedReplies, holdsQuotePrefix } from "../../../src/privacy/quoted-replies.js";

/** A small deterministic generator (no dependence on Math.random across runs). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

/** quoted-replies.ts's QUOTE_PREFIX, not global: whether it matches anywhere. */
const QUOTE_PREFIX = /(^|\n)([ \t]*>(?:[ \t]*>)*[ \t]?|\| (?=[^|\n]*(?:\n|$)))/;
const PIECES = [">", "> ", " ", "  ", "\t", "\n", "\n", "\r\n", "|", "| ", " |", "a", "I've had a", "x|y", "-", "\u00a0", "》"];

describe("quoted replies: the quote-prefix pre-check by native searches (session 46)", () => {
  it("answers as QUOTE_PREFIX.test on 30,000 random texts", () => {
    const next = generator(4602);
    let held = 0;
    for (let trial = 0; trial < 30_000; trial++) {
      let text = "";
      for (let count = Math.floor(next() * 12); count > 0; count--) text += PIECES[Math.floor(next() * PIECES.length)]!;
      const expected = QUOTE_PREFIX.test(text);
      if (holdsQuotePrefix(text) !== expected) expect({ text, held: holdsQuotePrefix(text) }).toEqual({ text, held: expected });
      if (expected) held++;
    }
    expect(held).toBeGreaterThan(3_000);
    expect(held).toBeLessThan(27_000);
  });

  it("leaves a table's rows alone and still folds a quoted reply", () => {
    const table = "Name | Dose\n| Anna | 5 mg |\n| Bob | 10 mg |";
    expect(holdsQuotePrefix(table)).toBe(false);
    expect(foldQuotedReplies(table)).toBe(table);
    expect(foldQuotedReplies("On Monday Anna wrote:\n> I've had a\n> miscarriage")).toBe("On Monday Anna wrote:\n  I've had a   miscarriage");
    expect(foldQuotedReplies("notes\n| I've had a\n| miscarriage")).toBe("notes\n  I've had a   miscarriage");
  });
});
