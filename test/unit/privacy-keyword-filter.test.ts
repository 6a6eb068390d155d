import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { containsAny, containsAnyAtWordStart, forgetKeywordPresence, literalPrefixes } from "../../src/privacy/detector.js";
import { HEALTH_TERMS } from "../../src/privacy/detectors/lexicon.js";
import { DIAGNOSIS_PHRASE, DIAGNOSIS_STEMS } from "../../src/privacy/detectors/personal.js";

const includesAny = (lower: string, stems: readonly string[]) => stems.some((stem) => lower.includes(stem));

describe("containsAny (one keyword automaton for every list)", () => {
  it("answers like includes for many lists over one text and across texts", () => {
    const alphabet = fc.constantFrom("a", "b", "ab", "ba", "é", "密", "пароль", " ", "\u0000");
    const stem = fc.array(alphabet, { minLength: 0, maxLength: 3 }).map((parts) => parts.join(""));
    const lists = fc.array(fc.array(stem, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });
    const texts = fc.array(
      fc.array(alphabet, { maxLength: 12 }).map((parts) => parts.join("")),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(lists, texts, (stemLists, lowers) => {
        for (const lower of lowers) {
          for (const stems of stemLists) expect(containsAny(lower, stems)).toBe(includesAny(lower, stems));
          // Inline lists (a new array with the same stems) get the same answer.
          for (const stems of stemLists) expect(containsAny(lower, [...stems])).toBe(includesAny(lower, stems));
          forgetKeywordPresence();
        }
      }),
      { numRuns: 300 },
    );
  });

  it("tells a stem at a word start (not after an ASCII letter) from one inside a word", () => {
    const escape = (stem: string) => stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const atWordStart = (lower: string, stems: readonly string[]) => stems.some((stem) => new RegExp(`(?<![a-z])${escape(stem)}`).test(lower));
    const alphabet = fc.constantFrom("a", "b", "ab", "é", "1", " ", "-");
    const text = fc.array(alphabet, { maxLength: 12 }).map((parts) => parts.join(""));
    const stems = fc.array(
      fc.array(alphabet, { minLength: 1, maxLength: 3 }).map((parts) => parts.join("")),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(stems, text, (list, lower) => {
        expect(containsAnyAtWordStart(lower, list)).toBe(atWordStart(lower, list));
        forgetKeywordPresence();
      }),
      { numRuns: 300 },
    );
    expect(containsAnyAtWordStart("invoices", ["voice"])).toBe(false);
    expect(containsAnyAtWordStart("in-voice", ["voice"])).toBe(true);
  });

  it("derives literal prefixes that start every match of a lexicon pattern", () => {
    expect(literalPrefixes("an(?:a)?emia|rak(?:a|iem)? (?:piersi|płuc)|stage [1-4]+")?.sort()).toEqual(
      ["anaemia", "anemia", "rak piersi", "rak płuc", "raka piersi", "raka płuc", "rakiem piersi", "rakiem płuc", "stage "].sort(),
    );
    expect(literalPrefixes("abc|[a-z]+x")).toBeUndefined();
    expect(literalPrefixes("a(?=b)c|b*c")).toBeUndefined();
    const source = HEALTH_TERMS.join("|");
    const prefixes = literalPrefixes(source)!;
    const pattern = new RegExp(source, "g");
    // Every match of every term, found inside sentences built from the terms themselves.
    const sample = HEALTH_TERMS.join(" ").replace(/[\\()[\]?*+{}|^$]/g, " ");
    for (const match of sample.matchAll(pattern))
      expect(
        prefixes.some((prefix) => match[0].startsWith(prefix)),
        match[0],
      ).toBe(true);
  });

  it("has a pre-filter stem in every diagnosis phrase", () => {
    const phrases = literalPrefixes(DIAGNOSIS_PHRASE.source.replace(/^\\b/, ""))!;
    expect(phrases.length).toBeGreaterThan(20);
    for (const phrase of phrases)
      expect(
        DIAGNOSIS_STEMS.some((stem) => phrase.toLowerCase().includes(stem)),
        phrase,
      ).toBe(true);
  });

  it("finds overlapping and nested stems", () => {
    expect(containsAny("xpassworx", ["password", "sswo"])).toBe(true);
    expect(containsAny("xpassworx", ["password", "worq"])).toBe(false);
    expect(containsAny("ushers", ["he", "she", "his", "hers"])).toBe(true);
    expect(containsAny("ushers", ["hiss"])).toBe(false);
    expect(containsAny("abc", [])).toBe(false);
    expect(containsAny("abc", [""])).toBe(true);
  });

  // The pre-filters test the lower-cased text for a literal of a case-insensitive (/iu) pattern. That
  // is exact because every character that matches a letter case-insensitively lower-cases to it,
  // except the ones NFKC rewrites (ſ, K), which the scanner's normalisation removes first. Not so for
  // the Cyrillic в, д, о, с, т, ъ (archaic forms U+1C80–U+1C88 match them and survive both): a
  // pre-filter stem for an /iu pattern must not contain those letters.
  it("lower-cases every case-insensitive match of a letter to that letter, NFKC aside", () => {
    const letters = "abcdefghijklmnopqrstuvwxyzäöüßéèàçñóúíąćęłńśźżабгежзийклмнпруфхцчшщыьэюяё";
    for (const letter of letters) {
      const pattern = new RegExp(`^${letter}$`, "iu");
      for (let code = 0; code <= 0xffff; code++) {
        const char = String.fromCharCode(code);
        if (!pattern.test(char) || char.toLowerCase() === letter) continue;
        expect(char.normalize("NFKC").toLowerCase(), `U+${code.toString(16)} against ${letter}`).toBe(letter);
      }
    }
  });
});
