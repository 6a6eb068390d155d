import { describe, expect, it } from "vitest";
import { digitRunStart, forEachMatchStartingWithDigits, forgetDigitRuns, someDigitRunStart } from "../../../src/privacy/digit-runs.js";

/** A small deterministic generator (no dependence on Math.random across runs). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

const PIECES = ["0", "9", "12", "345", "a", " ", "no digits in these twenty", "fifteen letter.", "٣", "１", "/", ":", "\n", "é", "😀", "x9"];

describe("digit runs found by V8's search for a digit (session 46; the next 16 characters by a loop first)", () => {
  it("are the runs of /\\d+/g, starts and ends, on 20,000 random texts", () => {
    const next = generator(4601);
    for (let trial = 0; trial < 20_000; trial++) {
      let text = "";
      for (let count = Math.floor(next() * 24); count > 0; count--) text += PIECES[Math.floor(next() * PIECES.length)]!;
      const expectedStarts = [...text.matchAll(/\d+/g)].map((match) => match.index);
      const expectedLasts = expectedStarts.map((start, run) => start + [...text.matchAll(/\d+/g)][run]![0].length - 1);
      forgetDigitRuns();
      someDigitRunStart(text, () => false);
      const starts: number[] = [];
      for (let run = 0; digitRunStart(run) >= 0; run++) starts.push(digitRunStart(run));
      // With `endRun`, only each run's last digit is tried: a wrong end finds another offset or none.
      const lasts: number[] = [];
      forEachMatchStartingWithDigits(text, /\d(?!\d)/g, 1, (match) => void lasts.push(match.index), true);
      if (starts.join() !== expectedStarts.join() || lasts.join() !== expectedLasts.join())
        expect({ text, starts, lasts }).toEqual({ text, starts: expectedStarts, lasts: expectedLasts });
    }
  });
});
