import { describe, expect, it } from "vitest";
import { builtinCrossLingualLexicon } from "../../src/embeddings/cross-lingual-lexicon.js";
import { builtinSynonymTable } from "../../src/embeddings/synonym-table.js";
import { parseConfig } from "../../src/index.js";
import { buildRouteIndex } from "../../src/nodes/route-index.js";
import { isExplanatoryQuestion, taskRoute } from "../../src/policies/intent-cue.js";
import { LexicalRouteEncoder, sparseSpace } from "../../src/policies/route-match.js";
import { routeWords, termsOfWords } from "../../src/policies/route-terms.js";
import { parseSynonymTable } from "../../src/policies/synonym-table.js";

type Switches = { synonyms?: boolean; intentCue?: boolean };
const configOf = (routes: Array<{ name: string; utterances: string[] }>, embeddings: Switches = {}) =>
  parseConfig({ models: [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }], classifier: { embeddings, routes } });
const indexOf = (routes: Array<{ name: string; utterances: string[] }>, embeddings: Switches = {}) => buildRouteIndex(configOf(routes, embeddings).classifier);

describe("English synonym table", () => {
  it("is off by default, like the intent cue (classifier.embeddings.synonyms, intentCue)", () => {
    expect(configOf([]).classifier.embeddings).toMatchObject({ synonyms: false, intentCue: false });
    expect(configOf([], { synonyms: true, intentCue: true }).classifier.embeddings).toMatchObject({ synonyms: true, intentCue: true });
    expect(() => configOf([], { synonyms: "yes" } as never)).toThrow();
  });

  it("parses stems with their synonyms and hypernyms", () => {
    const table = parseSynonymTable("# comment\npurchas\tbuy\tacquir\nbuy\tpurchas\t\n");
    expect(table.synonyms("purchas")).toEqual(["buy"]);
    expect(table.hypernyms("purchas")).toEqual(["acquir"]);
    expect(table.hypernyms("buy")).toBeUndefined();
    expect(table.synonyms("cat")).toBeUndefined();
  });

  it("adds an English word's synonyms at a lower weight, so purchase meets buy", () => {
    const synonyms = builtinSynonymTable();
    expect(synonyms.synonyms("purchas")).toContain("buy");
    const terms = termsOfWords(routeWords("purchase a bicycle", undefined, synonyms));
    expect(terms).toContainEqual({ term: "w:buy", weight: 0.4 });
    const corpus = ["buy a bicycle", "fix a bicycle"];
    const plain = new LexicalRouteEncoder(corpus);
    const expanded = new LexicalRouteEncoder(corpus, undefined, synonyms);
    const similarity = (encoder: LexicalRouteEncoder) => sparseSpace.similarity(encoder.encode("purchase a bicycle"), encoder.encode("buy a bicycle"));
    expect(similarity(expanded)).toBeGreaterThan(similarity(plain) + 0.05);
  });
});

describe("Korean in the cross-lingual lexicon", () => {
  it("finds English words in Korean text and matches a Korean prompt with English utterances", async () => {
    expect(builtinCrossLingualLexicon().translateUnspaced("화요일에")).toContain("tuesday");
    const index = await indexOf([
      { name: "weather", utterances: ["what's the weather like today?", "will it rain tomorrow?"] },
      { name: "recipes", utterances: ["give me a recipe for soup", "how do I bake a cake?"] },
    ]);
    expect(index.score("내일 날씨 어때요?", undefined)[0]).toMatchObject({ name: "weather", matched: true });
  });
});

describe("intent cue", () => {
  it("tells explanatory questions from requests about one's own task", () => {
    for (const text of [
      "How does a guitar produce sound?",
      "what is the history of vaccines",
      "Why are laptops so expensive",
      "explain how credit cards work",
      "who wrote Hamlet",
      "what tools does a plumber use",
    ])
      expect(isExplanatoryQuestion(text), text).toBe(true);
    for (const text of [
      "how do I fix a leaking tap?",
      "what should I cook tonight",
      "my throat hurts",
      "how are you?",
      "please buy me a laptop",
      "what's my balance",
    ])
      expect(isExplanatoryQuestion(text), text).toBe(false);
    expect(taskRoute(["how do I fix a leaking tap?", "replace a broken light switch"])).toBe(true);
    expect(taskRoute(["what is the capital of France?", "who invented the telephone?"])).toBe(false);
  });

  it("with intentCue, lowers a task route's score for an explanatory question on its topic, not for a request", async () => {
    const routes = [
      { name: "home_repair", utterances: ["how do I fix a leaking tap?", "replace a broken light switch", "patch a hole in the drywall"] },
      { name: "facts", utterances: ["what is the capital of France?", "who invented the telephone?"] },
    ];
    const index = await indexOf(routes, { intentCue: true });
    const scoreOf = (text: string, route: string) => index.score(text, undefined).find((entry) => entry.name === route)!.score;
    // The same content words (how, do, did, I, the are stop words); only the form of the request differs.
    const request = scoreOf("how do I fix the light switch", "home_repair");
    expect(request).toBeGreaterThan(0.3);
    expect(scoreOf("how did fix the light switch", "home_repair")).toBeCloseTo(0.6 * request, 6);
    const facts = scoreOf("who invented the light switch", "facts");
    expect(facts).toBeGreaterThan(0);
    expect(scoreOf("I invented the light switch", "facts")).toBeCloseTo(facts, 6); // a route asked as questions keeps its score
    const withoutCue = await indexOf(routes);
    expect(withoutCue.score("how did fix the light switch", undefined).find((entry) => entry.name === "home_repair")!.score).toBeCloseTo(request, 6);
  });
});
