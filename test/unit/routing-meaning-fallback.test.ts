import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/index.js";
import { buildRouteIndex } from "../../src/nodes/route-index.js";
import { describeRouteScore } from "../../src/nodes/semantic-classifier.js";

const routes = [
  {
    name: "weather",
    utterances: ["what's the weather like today?", "will it rain tomorrow?", "do I need an umbrella this afternoon?", "how cold will it be this weekend?"],
  },
  {
    name: "cooking",
    utterances: ["give me a recipe for banana bread", "how long should I boil an egg?", "what can I cook with chicken and rice?", "how do I make pancakes?"],
  },
  { name: "smalltalk", utterances: ["hi there", "thanks a lot", "good morning, how are you?", "see you later"] },
];
type Switches = { wordVectors?: boolean; meaningFallback?: boolean };
const classifierOf = (embeddings: Switches) =>
  parseConfig({ models: [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }], classifier: { embeddings, routes } }).classifier;
const matched = (scores: ReadonlyArray<{ name: string; matched: boolean }>) => (scores[0]?.matched ? scores[0].name : null);

describe("meaning view as a fallback to the words (classifier.embeddings.meaningFallback)", () => {
  it("is off by default and needs the word vectors", () => {
    expect(classifierOf({}).embeddings).toMatchObject({ meaningFallback: false });
    expect(() => classifierOf({ meaningFallback: true })).toThrow(/meaningFallback.*needs wordVectors: true/);
  });

  it("keeps every words-only match, with the words-only thresholds, and adds the meaning view's when the words match nothing", async () => {
    const words = await buildRouteIndex(classifierOf({}));
    const meaning = await buildRouteIndex(classifierOf({ wordVectors: true }));
    const fallback = await buildRouteIndex(classifierOf({ wordVectors: true, meaningFallback: true }));
    // Words match it; the words + meaning view alone, with its margin, does not.
    for (const prompt of ["how cold is it", "umbrella needed later?"]) {
      expect(matched(words.score(prompt, undefined))).toBe("weather");
      expect(matched(meaning.score(prompt, undefined))).toBeNull();
      expect(matched(fallback.score(prompt, undefined))).toBe("weather");
    }
    // No shared content word: only the meaning view sees the route.
    const prompt = "how do I fry tofu so it gets crispy";
    expect(matched(words.score(prompt, undefined))).toBeNull();
    expect(matched(fallback.score(prompt, undefined))).toBe("cooking");
    expect(matched(fallback.score("tell me about the history of Rome", undefined))).toBeNull();
  });

  it("names the view that decided in the trace, and leaves the default trace as it was", async () => {
    const fallback = await buildRouteIndex(classifierOf({ wordVectors: true, meaningFallback: true }));
    expect(describeRouteScore(fallback.score("how cold is it", undefined)[0]!)).toMatch(/^similarity \d\.\d\d, threshold \d\.\d\d, by words$/);
    expect(describeRouteScore(fallback.score("how do I fry tofu so it gets crispy", undefined)[0]!)).toMatch(/, by meaning$/);
    const words = await buildRouteIndex(classifierOf({}));
    expect(describeRouteScore(words.score("how cold is it", undefined)[0]!)).toMatch(/^similarity \d\.\d\d, threshold \d\.\d\d$/);
  });
});
