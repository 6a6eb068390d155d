import { describe, expect, it } from "vitest";
import { isKnownEnglishWord } from "../../src/embeddings/word-vectors.js";
import { LexicalRouteEncoder, sparseSpace } from "../../src/policies/route-match.js";
import { editDistance, TypoCorrector } from "../../src/policies/typo-correction.js";

const vocabulary = ["python", "calculate", "account", "password", "summarize", "compile", "javascript"];
const corrector = new TypoCorrector(vocabulary, (word) => ["cat", "deposit", "accounts"].includes(word));

describe("typo correction (built-in route encoder)", () => {
  it("counts an adjacent transposition as one edit", () => {
    expect(editDistance("pyhton", "python")).toBe(1);
    expect(editDistance("acount", "account")).toBe(1);
    expect(editDistance("summerize", "summarize")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("kitten", "sitting", 1)).toBe(2);
  });

  it("corrects a misspelt word to the vocabulary's nearest", () => {
    expect(corrector.correct("pyhton")).toBe("python");
    expect(corrector.correct("calcualte")).toBe("calculate");
    expect(corrector.correct("acount")).toBe("account");
    expect(corrector.correct("pasword")).toBe("password");
    expect(corrector.correct("javscript")).toBe("javascript");
  });

  it("leaves known words, vocabulary words, short words and far words as written", () => {
    expect(corrector.correct("deposit")).toBeUndefined();
    expect(corrector.correct("accounts")).toBeUndefined();
    expect(corrector.correct("python")).toBeUndefined();
    expect(corrector.correct("cat")).toBeUndefined();
    expect(corrector.correct("banana")).toBeUndefined();
    expect(corrector.correct("pthn")).toBeUndefined();
  });

  it("lets a misspelt prompt match its utterance in the lexical encoder", () => {
    const corpus = ["fix this bug in my Python function", "I can't log into my account"];
    const plain = new LexicalRouteEncoder(corpus);
    const corrected = new LexicalRouteEncoder(corpus, undefined, undefined, isKnownEnglishWord);
    const similarity = (encoder: LexicalRouteEncoder) => sparseSpace.similarity(encoder.encode("fix the bug in my pyhton fuction"), encoder.encode(corpus[0]!));
    expect(similarity(corrected)).toBeGreaterThan(0.9);
    expect(similarity(corrected)).toBeGreaterThan(similarity(plain) + 0.2);
  });
});
