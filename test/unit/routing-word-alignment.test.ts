import { describe, expect, it } from "vitest";
import { builtinCrossLingualLexicon } from "../../src/embeddings/cross-lingual-lexicon.js";
import { builtinWordVectors } from "../../src/embeddings/word-vectors.js";
import { isRouterError } from "../../src/errors.js";
import { parseConfig } from "../../src/index.js";
import { buildRouteIndex } from "../../src/nodes/route-index.js";
import { HybridRouteEncoder, hybridSpace, inverseFrequencyWeight, meaningAlignmentSpace } from "../../src/policies/hybrid-route-encoder.js";
import { createRouteMatcher, sparseSpace } from "../../src/policies/route-match.js";
import { routeWords } from "../../src/policies/route-terms.js";
import { alignedText, alignedWordSimilarity, alignmentF1, DEFAULT_ALIGNMENT_SETTINGS, type AlignedText } from "../../src/policies/word-alignment.js";

const vectors = builtinWordVectors();
const lexicon = builtinCrossLingualLexicon();
const sources = { vectors, idf: () => 1, rankWeight: inverseFrequencyWeight, lexicon };
const aligned = (text: string) => alignedText(routeWords(text, lexicon), sources, DEFAULT_ALIGNMENT_SETTINGS);
const f1 = (a: string, b: string) => alignmentF1(aligned(a), aligned(b), vectors, DEFAULT_ALIGNMENT_SETTINGS.cosineFloor);

const travel = ["book a flight from Paris to Rome", "find me a hotel near the station for two nights", "reserve a rental car at the airport"];
const weather = ["what's the weather like today?", "will it rain tomorrow in Berlin?", "do I need an umbrella this afternoon?"];
const models = [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }];

describe("soft word alignment", () => {
  it("keeps an English text's content words once each, by stem, with their word vectors", () => {
    const text = aligned("Is it rain, rain, rain tomorrow?");
    expect(text.words.map((word) => word.key)).toEqual(["w:rain", "w:tomorrow"]);
    expect(text.words.every((word) => word.row !== undefined)).toBe(true);
    expect(text.totalWeight).toBe(2);
  });

  it("gives a German text the lexicon's English words, and keeps a word the lexicon lacks for its stem only", () => {
    const keys = aligned("wie wird das Wetter morgen in Quedlinburg?").words;
    expect(keys.map((word) => word.key)).toContain("w:weather");
    expect(keys.find((word) => word.key === "w:weather")?.row).toBeDefined();
    const own = keys.find((word) => word.key.startsWith("w:quedlinburg"));
    expect(own?.row).toBeUndefined();
  });

  it("scores 1 for the same words, 0 for unrelated words, and in between for related words", () => {
    expect(f1("will it rain tomorrow?", "tomorrow, will it rain")).toBeCloseTo(1, 5);
    expect(f1("umbrella", "centimeters")).toBe(0);
    expect(f1("will it rain tomorrow?", "convert inches centimeters")).toBeLessThan(0.1);
    const related = f1("any drizzle or storms tonight?", "will it rain tomorrow?");
    expect(related).toBeGreaterThan(0.1);
    expect(related).toBeLessThan(0.9);
    const [drizzle, rain] = [aligned("drizzle").words[0]!, aligned("rain").words[0]!];
    expect(alignedWordSimilarity(drizzle, rain, vectors, 0.4)).toBeCloseTo((vectors.cosine(drizzle.row!, rain.row!) - 0.4) / 0.6, 5);
    expect(alignedWordSimilarity(drizzle, rain, vectors, 0.99)).toBe(0);
  });

  it("weighs both directions: words of either text without a counterpart lower the F1", () => {
    const full = f1("book a flight to Rome", "book a flight from Paris to Rome");
    const extra = f1("book a flight to Rome and explain quantum chromodynamics lectures", "book a flight from Paris to Rome");
    const partial = f1("flight", "book a flight from Paris to Rome");
    expect(full).toBeGreaterThan(extra);
    expect(full).toBeGreaterThan(partial);
    const empty: AlignedText = { words: [], totalWeight: 0 };
    expect(alignmentF1(empty, aligned("book a flight"), vectors, 0.4)).toBe(0);
  });

  it("weights words by IDF and, with `sif`, by corpus rank", () => {
    const idf = (term: string) => (term === "w:flight" ? 3 : 1);
    const text = alignedText(routeWords("book a flight"), { ...sources, idf }, { cosineFloor: 0.4, weighting: "idf" });
    expect(text.words.find((word) => word.key === "w:flight")!.weight).toBe(3);
    const sif = alignedText(routeWords("the umbrella"), sources, { cosineFloor: 0.4, weighting: "sif" });
    const umbrella = sif.words.find((word) => word.key === "w:umbrella")!;
    expect(umbrella.weight).toBeCloseTo(inverseFrequencyWeight(umbrella.row!), 6);
  });

  it("word-vector cosines are symmetric and 1 for a word with itself", () => {
    const [rain, storm] = [vectors.row("rain")!, vectors.row("storm")!];
    expect(vectors.cosine(rain, rain)).toBeCloseTo(1, 1);
    expect(vectors.cosine(rain, storm)).toBeCloseTo(vectors.cosine(storm, rain), 10);
  });
});

describe("averaged vectors mixed with the alignment", () => {
  const corpus = [...travel, ...weather];
  const encoder = new HybridRouteEncoder(corpus, vectors, lexicon, undefined, { vectors, ...DEFAULT_ALIGNMENT_SETTINGS });
  const mixed = meaningAlignmentSpace({ vectors, alignmentShare: 0.3, cosineFloor: DEFAULT_ALIGNMENT_SETTINGS.cosineFloor });
  const best = (space: typeof mixed, prompt: string, utterances: string[]) =>
    Math.max(...utterances.map((utterance) => space.similarity(encoder.encode(prompt), encoder.encode(utterance))));

  it("is (1 − share) × the averaged view + share × the alignment F1, and the averaged view alone against a centroid", () => {
    const [a, b] = [encoder.encode("get me a plane ticket to Rome"), encoder.encode(travel[0]!)];
    const expected = 0.7 * hybridSpace().similarity(a, b) + 0.3 * alignmentF1(a.aligned!, b.aligned!, vectors, DEFAULT_ALIGNMENT_SETTINGS.cosineFloor);
    expect(mixed.similarity(a, b)).toBeCloseTo(expected, 10);
    const centroid = mixed.centroid(travel.map((text) => encoder.encode(text)));
    expect(centroid.aligned).toBeUndefined();
    expect(mixed.similarity(a, centroid)).toBeCloseTo(hybridSpace().similarity(a, centroid), 10);
    expect(mixed.similarity(b, b)).toBeCloseTo(1, 5);
  });

  it("keeps a paraphrase near its route while a near-miss sharing one word loses more than the paraphrase", () => {
    const paraphrase = "get me a plane ticket to Rome";
    const nearMiss = "what does a flight attendant earn per year";
    const averaged = hybridSpace();
    const paraphraseLoss = best(averaged, paraphrase, travel) - best(mixed, paraphrase, travel);
    const nearMissLoss = best(averaged, nearMiss, travel) - best(mixed, nearMiss, travel);
    expect(nearMissLoss).toBeGreaterThan(paraphraseLoss);
    expect(best(mixed, paraphrase, travel)).toBeGreaterThan(best(mixed, paraphrase, weather));
  });
});

describe("threshold margin and configuration", () => {
  it("adds the margin to calibrated thresholds only, never above 0.95", () => {
    const encoder = new HybridRouteEncoder([...travel, ...weather], undefined);
    const routes = [
      { name: "travel", utterances: travel, vectors: travel.map((text) => encoder.encode(text).lexical) },
      { name: "weather", utterances: weather, vectors: weather.map((text) => encoder.encode(text).lexical), threshold: 0.4 },
    ];
    const plain = createRouteMatcher(sparseSpace, routes);
    const raised = createRouteMatcher(sparseSpace, routes, { thresholdOffset: 0.12 });
    expect(raised.routes[0]!.threshold).toBeCloseTo(plain.routes[0]!.threshold + 0.12, 10);
    expect(raised.routes[1]!.threshold).toBe(0.4);
    expect(createRouteMatcher(sparseSpace, routes, { thresholdOffset: 0.9 }).routes[0]!.threshold).toBe(0.95);
  });

  it("defaults: words only (no margin); with word vectors, alignment 0.3 and margin 0.12", async () => {
    const classifier = (embeddings: Record<string, unknown>) =>
      parseConfig({
        models,
        classifier: {
          embeddings,
          routes: [
            { name: "travel", utterances: travel },
            { name: "weather", utterances: weather },
          ],
        },
      }).classifier;
    const byDefault = await buildRouteIndex(classifier({}));
    const wordsOnly = await buildRouteIndex(classifier({ wordVectors: false }));
    expect(byDefault.routes).toEqual(wordsOnly.routes);
    const withVectors = await buildRouteIndex(classifier({ wordVectors: true }));
    const explicit = await buildRouteIndex(classifier({ wordVectors: true, wordAlignment: 0.3, thresholdMargin: 0.12 }));
    expect(withVectors.routes).toEqual(explicit.routes);
    const noMargin = await buildRouteIndex(classifier({ wordVectors: true, thresholdMargin: 0 }));
    withVectors.routes.forEach((route, index) => expect(route.threshold).toBeCloseTo(Math.min(0.95, noMargin.routes[index]!.threshold + 0.12), 10));
    const wordsOnlyMargin = await buildRouteIndex(classifier({ wordVectors: false, thresholdMargin: 0.1 }));
    wordsOnly.routes.forEach((route, index) => expect(wordsOnlyMargin.routes[index]!.threshold).toBeCloseTo(route.threshold + 0.1, 10));
    expect(withVectors.score("book a flight from Paris to Rome", undefined)[0]).toMatchObject({ name: "travel", matched: true, score: expect.closeTo(1, 5) });
  });

  it("refuses wordAlignment without word vectors, loudly", () => {
    let caught: unknown;
    try {
      parseConfig({ models, classifier: { embeddings: { wordVectors: false, wordAlignment: 0.5 } } });
    } catch (error) {
      caught = error;
    }
    expect(isRouterError(caught, "CONFIG_INVALID")).toBe(true);
    expect(String((caught as Error).message)).toContain("wordAlignment");
  });
});
