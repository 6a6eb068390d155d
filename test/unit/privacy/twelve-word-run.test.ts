import { describe, expect, it } from "vitest";
import { TWELVE_WORDS, hasTwelveWordRun } from "../../../src/privacy/detectors/seed-phrases.js";

/** A small deterministic generator (no dependence on Math.random across runs). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

/** Separators and word-edge characters the pattern treats differently: a single space links words, the rest break or bound a run. */
const SEPARATORS = [" ", " ", " ", " ", " ", " ", "  ", "\n", "\t", "-", "'", "A", "Z", "0", "9", "é", "д", "ß", "×", "_", "\u00a0", ".", "`", "{"];

function randomText(next: () => number): string {
  let text = next() < 0.3 ? SEPARATORS[Math.floor(next() * SEPARATORS.length)]! : "";
  const words = 1 + Math.floor(next() * 40);
  for (let word = 0; word < words; word++) {
    // Mostly 3–8 letters, sometimes shorter or longer (1–11).
    const letters = next() < 0.85 ? 3 + Math.floor(next() * 6) : 1 + Math.floor(next() * 11);
    for (let letter = 0; letter < letters; letter++) text += String.fromCharCode(97 + Math.floor(next() * 26));
    text += next() < 0.93 ? " " : SEPARATORS[Math.floor(next() * SEPARATORS.length)]!;
  }
  // Sometimes no trailing separator, sometimes an upper-case or digit tail.
  if (next() < 0.4) text = text.slice(0, -1);
  return text;
}

describe("seed phrases: the twelve-word pre-check without its regexp (session 46)", () => {
  it("answers as TWELVE_WORDS.test on 30,000 random runs of words near the pattern's edges", () => {
    const next = generator(46);
    let found = 0;
    for (let trial = 0; trial < 30_000; trial++) {
      const text = randomText(next);
      const expected = TWELVE_WORDS.test(text);
      if (hasTwelveWordRun(text) !== expected) expect({ text, expected }).toBe("the same answer");
      if (expected) found++;
    }
    // Both answers occur often enough for the comparison to mean something.
    expect(found).toBeGreaterThan(3_000);
    expect(found).toBeLessThan(27_000);
  });

  it("reads the edges the pattern reads", () => {
    const eleven = "abandon ability able about above absent absorb abstract absurd abuse access";
    expect(hasTwelveWordRun(`${eleven} acc`)).toBe(true);
    expect(hasTwelveWordRun(`${eleven} accidentally`)).toBe(true); // the twelfth may stop inside a longer run
    expect(hasTwelveWordRun(`${eleven} ac`)).toBe(false);
    expect(hasTwelveWordRun(`${eleven}  acc`)).toBe(false);
    expect(hasTwelveWordRun(`X${eleven} acc`)).toBe(false); // "Xabandon": the first run follows a letter
    expect(hasTwelveWordRun(`7${eleven} acc`)).toBe(false);
    expect(hasTwelveWordRun(`é${eleven} acc`)).toBe(true); // only ASCII letters and digits bound the start
    expect(hasTwelveWordRun(`-${eleven} acc`)).toBe(true);
    expect(hasTwelveWordRun(`${eleven.replace("abstract", "abstracts")} acc`)).toBe(false); // nine letters
    expect(hasTwelveWordRun(`ab ${eleven} acc`)).toBe(true);
    expect(hasTwelveWordRun("")).toBe(false);
  });
});
