import { describe, expect, it } from "vitest";
import { isRouterError } from "../../src/errors.js";
import { builtinWordVectors, parseWordVectors } from "../../src/embeddings/word-vectors.js";
import { parseConfig } from "../../src/index.js";
import { buildRouteIndex } from "../../src/nodes/route-index.js";
import { HybridRouteEncoder, hybridSpace, inverseFrequencyWeight } from "../../src/policies/hybrid-route-encoder.js";

const weather = ["what's the weather like today?", "will it rain tomorrow?", "do I need an umbrella this afternoon?"];
const cooking = ["give me a recipe for banana bread", "how long should I boil an egg?", "what can I cook with chicken and rice?"];

describe("built-in word vectors", () => {
  it("loads the shipped English vectors: unit length, most frequent words first", () => {
    const vectors = builtinWordVectors();
    expect(vectors.size).toBeGreaterThan(30_000);
    expect(vectors.row("the")).toBeLessThan(10);
    const sum = new Float32Array(vectors.dimensions);
    vectors.addTo(sum, vectors.row("rain")!, 1);
    expect(Math.hypot(...sum)).toBeCloseTo(1, 1);
    expect(inverseFrequencyWeight(vectors.row("the")!)).toBeLessThan(0.1);
    expect(inverseFrequencyWeight(vectors.row("umbrella")!)).toBeGreaterThan(0.9);
  });

  it("refuses a file that is not a word-vector file with a typed error", () => {
    let caught: unknown;
    try {
      parseWordVectors(new TextEncoder().encode("not a vector file at all"));
    } catch (error) {
      caught = error;
    }
    expect(isRouterError(caught, "DATASET_INVALID")).toBe(true);
  });

  it("brings a paraphrase with no shared word nearer its route than another route", () => {
    const encoder = new HybridRouteEncoder([...weather, ...cooking], builtinWordVectors());
    const space = hybridSpace();
    const prompt = encoder.encode("is it going to be sunny and windy on Saturday?");
    const best = (utterances: string[]) => Math.max(...utterances.map((text) => space.similarity(prompt, encoder.encode(text))));
    expect(best(weather)).toBeGreaterThan(best(cooking) + 0.1);
    const wordsOnly = new HybridRouteEncoder([...weather, ...cooking], undefined);
    expect(wordsOnly.encode("is it going to be sunny and windy on Saturday?").meaning).toBeUndefined();
  });

  it("without the lexicon gives a non-English prompt no meaning vector; word vectors are on by default", async () => {
    const encoder = new HybridRouteEncoder(weather, builtinWordVectors());
    expect(encoder.encode("wie wird das Wetter morgen in Berlin?").meaning).toBeUndefined();
    const config = parseConfig({
      models: [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }],
      classifier: {
        embeddings: { wordVectors: true },
        routes: [
          { name: "weather", utterances: weather },
          { name: "cooking", utterances: cooking },
        ],
      },
    });
    expect(parseConfig({ models: config.models }).classifier.embeddings.wordVectors).toBe(false); // opt-in: on the labelled set it matched fewer paraphrases (session 28)
    const index = await buildRouteIndex(config.classifier);
    expect(index.score("do I need an umbrella this afternoon?", undefined)[0]).toMatchObject({ name: "weather", matched: true });
    expect(index.score("is it going to be sunny and windy on Saturday?", undefined)[0]).toMatchObject({ name: "weather", matched: true });
  });
});
