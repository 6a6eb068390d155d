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

describe("the keyword automaton past its ASCII table (session 53)", () => {
  it("answers like includes when most states lie below the table", () => {
    // Stems of 14-28 characters over "a" and "b" (a space or "é" now and then): ~23,000 states, ~12,300 of them in the
    // table's whole depths, so walks step through the deep records, fall back to tabled states and complete stems there.
    const random = generator(53);
    const letter = () => {
      const draw = random();
      return draw < 0.025 ? " " : draw < 0.04 ? "é" : draw < 0.52 ? "a" : "b";
    };
    const word = (length: number) => Array.from({ length }, letter).join("");
    const lists = Array.from({ length: 150 }, () => Array.from({ length: 12 }, () => word(14 + Math.floor(random() * 15))));
    const texts = Array.from({ length: 40 }, () => word(300 + Math.floor(random() * 300)));
    for (const list of lists) containsAny("", list);
    for (const text of texts) {
      forgetKeywordPresence();
      for (const list of lists) {
        expect(containsAny(text, list)).toBe(includesAny(text, list));
        expect(containsAnyAtWordStart(text, list)).toBe(atWordStart(text, list));
      }
    }
  });
});
