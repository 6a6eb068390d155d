import { describe, expect, it } from "vitest";
import { containsAny, containsAnyAtWordStart, forgetKeywordPresence } from "../../../src/privacy/detector.js";

/** A small deterministic generator. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

const includesAny = (lower: string, stems: readonly string[]) => stems.some((stem) => lower.includes(stem));
const atWordStart = (lower: string, stems: readonly string[]) =>
  stems.some((stem) => {
    for (let index = lower.indexOf(stem); index >= 0; index = lower.indexOf(stem, index + 1)) {
      const before = lower.charCodeAt(index - 1);
      if (!(before >= 97 && before <= 122)) return true;
    }
    return false;
  });

describe("the keyword pass's two walks (session 45)", () => {
  it("answers like includes on long texts, stems across the middle included", () => {
    const random = generator(1545);
    const pieces = ["a", "b", "ab", "ba", "é", "密", "пароль", " ", "-", "1", "password", "passport"];
    const word = () => {
      let built = "";
      const count = 1 + Math.floor(random() * 4);
      for (let index = 0; index < count; index++) built += pieces[Math.floor(random() * pieces.length)]!;
      return built;
    };
    // A long stem sets how far before the middle the second walk starts.
    const longStem = "x".repeat(30) + "passport number";
    for (let round = 0; round < 20; round++) {
      const lists = Array.from({ length: 8 }, () => Array.from({ length: 1 + Math.floor(random() * 4) }, word));
      lists.push([longStem]);
      for (const list of lists) containsAny("", list);
      forgetKeywordPresence();
      for (let sample = 0; sample < 8; sample++) {
        let lower = "";
        const length = 200 + Math.floor(random() * 2500);
        while (lower.length < length) lower += pieces[Math.floor(random() * pieces.length)]!;
        // A stem of some list laid across the middle, and the long stem ending just past it.
        const stems = lists[Math.floor(random() * lists.length)]!;
        const stem = stems[Math.floor(random() * stems.length)]!;
        const middle = lower.length >> 1;
        const at = Math.max(0, middle - Math.floor(random() * (stem.length + 1)));
        lower = lower.slice(0, at) + stem + lower.slice(at);
        if (random() < 0.3) {
          const end = (lower.length >> 1) + Math.floor(random() * 3);
          lower = lower.slice(0, Math.max(0, end - longStem.length)) + longStem + lower.slice(end);
        }
        for (const list of lists) {
          expect(containsAny(lower, list)).toBe(includesAny(lower, list));
          expect(containsAnyAtWordStart(lower, list)).toBe(atWordStart(lower, list));
        }
        forgetKeywordPresence();
      }
    }
  }, 120_000);
});
