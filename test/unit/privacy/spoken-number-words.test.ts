import { describe, expect, it } from "vitest";
import {
  FUSED,
  SEPARATOR_ASCII_COMMA,
  SEPARATOR_COMMA,
  SEPARATOR_HYPHEN,
  SEPARATOR_STOP,
  WORDS,
  fusedValue,
  separatorFlag,
} from "../../../src/privacy/detectors/spoken-numbers.js";
import { found } from "../privacy-helpers.js";

/** fusedValue as it was before session 43 (FUSED run on every word), with its "ein" fixed. */
function fusedValueByPattern(word: string): number | undefined {
  const match = FUSED.exec(word);
  if (match === null || (match[2] === undefined && match[3] === undefined)) return undefined;
  let value = match[2] !== undefined ? 100 * (match[1] !== undefined ? WORDS.get(match[1])!.value : 1) : 0;
  if (match[3] !== undefined) value += WORDS.get(match[3] === "ein" ? "eins" : match[3])!.value + WORDS.get(match[4]!)!.value;
  else if (match[5] !== undefined) {
    const rest = WORDS.get(match[5]);
    if (rest === undefined || (rest.kind !== "unit" && rest.kind !== "teen" && rest.kind !== "tens")) return undefined;
    value += rest.value;
  }
  return value;
}

const random = (seed: number) => (limit: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), (seed >>> 16) % limit);

describe("spoken-numbers' words without a match array or a separator string (session 43, allocation)", () => {
  it("fusedValue answers what FUSED did, for random glued number words and look-alikes", () => {
    const pieces = [
      "twee",
      "honderd",
      "hundert",
      "vijf",
      "en",
      "und",
      "ën",
      "twintig",
      "zwanzig",
      "dreißig",
      "acht",
      "ein",
      "zwölf",
      "ig",
      "hond",
      "x",
      "zig",
      "tig",
      "elf",
    ];
    const next = random(43);
    for (let round = 0; round < 5000; round++) {
      let word = "";
      for (let count = 1 + next(4); count > 0; count--) word += pieces[next(pieces.length)];
      expect(fusedValue(word), word).toBe(fusedValueByPattern(word));
    }
    expect(fusedValue("tweehonderdvijfentwintig")).toBe(225);
    expect(fusedValue("achtundzwanzig")).toBe(28);
    expect(fusedValue("zwanzig")).toBeUndefined();
  });

  it("reads German einundzwanzig (it threw a TypeError before session 43, ending the scan)", () => {
    expect(fusedValue("einundzwanzig")).toBe(21);
    expect(fusedValue("einhunderteinundzwanzig")).toBeUndefined(); // "einhundert": FUSED's hundreds take "eins", as before
    expect(() => found("Meine Handynummer ist null eins sieben zwei, einundzwanzig, drei vier fünf sechs")).not.toThrow();
  });

  it("a separator's flags say what the regexes over its string said", () => {
    const chars = [" ", ",", ".", "-", "、", "，", "。", "·", "(", ")", "…", "\t"];
    const next = random(7);
    for (let round = 0; round < 4000; round++) {
      let separator = "";
      for (let count = next(5); count > 0; count--) separator += chars[next(chars.length)];
      let flags = 0;
      for (const char of separator) flags |= separatorFlag(char);
      expect((flags & SEPARATOR_COMMA) !== 0, separator).toBe(/[,、，]/u.test(separator));
      expect((flags & SEPARATOR_ASCII_COMMA) !== 0, separator).toBe(/,/.test(separator));
      expect((flags & SEPARATOR_STOP) !== 0, separator).toBe(/[.。]/u.test(separator));
      expect(separator.length === 1 && (flags & SEPARATOR_HYPHEN) !== 0, separator).toBe(separator === "-");
    }
  });

  it("still reads hyphenated tens, hesitations and capitalised words from the scan's lower-cased text", () => {
    expect(found("rappelez-moi au zéro six, douze, quatre-vingt-onze, quarante-huit, trente")).toContain(
      "phone:zéro six, douze, quatre-vingt-onze, quarante-huit, trente",
    );
    expect(found("Call me on NINE one seven, um, four eight two, six six one three")).toContain("phone:NINE one seven, um, four eight two, six six one three");
    expect(found("İ call me on nine one seven four eight two six six one three")).toContain("phone:nine one seven four eight two six six one three");
  });
});
