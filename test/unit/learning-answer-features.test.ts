import { describe, expect, it } from "vitest";
import { ANSWER_FEATURES, answerFeatures, diversity, hedging, refusal, repetition, truncated } from "../../src/learning/answer-features.js";

describe("free-form answer features", () => {
  const feature = (values: number[], name: (typeof ANSWER_FEATURES)[number]) => values[ANSWER_FEATURES.indexOf(name)]!;

  it("measures substance agreement by character n-grams and lengths against the prompt, the norm and the peer", () => {
    const base = { prompt: "Explain photosynthesis briefly.", answerNorm: 100, peerNorm: 100 };
    const same = answerFeatures({
      ...base,
      answer: "Plants turn light, water and CO2 into sugar and oxygen.",
      peer: "Plants turn light, water and CO2 into sugar and oxygen!",
    });
    const different = answerFeatures({
      ...base,
      answer: "Plants turn light, water and CO2 into sugar and oxygen.",
      peer: "I would rather talk about football tonight.",
    });
    expect(feature(same, "ngramAgreement")).toBeGreaterThan(0.9);
    expect(feature(different, "ngramAgreement")).toBeLessThan(0.3);
    expect(feature(same, "lengthVsPrompt")).toBeGreaterThan(0);
    expect(feature(same, "lengthVsNorm")).toBeLessThan(0);
    expect(Number.isNaN(feature(same, "embeddingAgreement"))).toBe(true);
    expect(feature(answerFeatures({ ...base, answer: "a", peer: "b", embeddingAgreement: 0.4 }), "embeddingAgreement")).toBe(0.4);
  });

  it("flags repetition, low diversity, truncation, refusals and hedging in several languages", () => {
    const loop = "the cat sat on the mat ".repeat(20);
    expect(repetition(loop)).toBeGreaterThan(0.8);
    expect(repetition("one two three four five six seven")).toBe(0);
    expect(diversity(loop)).toBeLessThan(0.3);
    expect(truncated("A complete sentence.")).toBe(0);
    expect(truncated("It stops in the mid")).toBe(1);
    expect(truncated("```js\nconst a = 1;")).toBe(1);
    expect(refusal("I'm sorry, but I cannot help with that.")).toBe(1);
    expect(refusal("Lo siento, no puedo ayudar con eso.")).toBe(1);
    expect(refusal("抱歉，我不能回答。")).toBe(1);
    expect(refusal("Sure, here is the plan.")).toBe(0);
    expect(hedging("It depends on your situation.")).toBe(1);
    expect(hedging("Use a hash map.")).toBe(0);
  });
});
