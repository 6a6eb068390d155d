import { describe, expect, it } from "vitest";
import { builtinCrossLingualLexicon } from "../../src/embeddings/cross-lingual-lexicon.js";
import { parseConfig } from "../../src/index.js";
import { buildRouteIndex } from "../../src/nodes/route-index.js";
import { createRequestSynonyms } from "../../src/policies/request-synonyms.js";
import { routeWords, stemmerFor } from "../../src/policies/route-terms.js";

const canonical = createRequestSynonyms(stemmerFor("eng")!);
const routes = [
  { name: "summarization", utterances: ["summarize this article", "give me a short summary of the following text"] },
  { name: "account_support", utterances: ["I can't log into my account", "how can I get a refund?"] },
  { name: "smalltalk", utterances: ["hi there", "thanks a lot, that was helpful"] },
];
const indexOf = (spelling: boolean) =>
  buildRouteIndex(
    parseConfig({ models: [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }], classifier: { embeddings: { spelling }, routes } })
      .classifier,
  );

describe("request synonym groups (built-in route encoder)", () => {
  it("reads a group's words and phrases, inflected too, as its first word", () => {
    expect(canonical(["recap", "the", "notes"])).toEqual(["summarize", "the", "notes"]);
    expect(canonical(["sum", "up", "this"])).toEqual(["summarize", "this"]);
    expect(canonical(["signing", "in", "fails"])).toEqual(["login", "fails"]);
    expect(canonical(["the", "odds", "of", "rain"])).toEqual(["the", "probability", "of", "rain"]);
    expect(canonical(["buy", "a", "sandwich"])).toEqual(["buy", "a", "sandwich"]);
    expect(canonical(["compute", "my", "computer", "computers"])).toEqual(["calculate", "my", "computer", "computers"]);
  });

  it("reads the lexicon's English words for another language the same way", () => {
    const german = "fasse diesen Artikel bitte zusammen";
    expect(routeWords(german, builtinCrossLingualLexicon()).translations).toContain("summary");
    expect(routeWords(german, builtinCrossLingualLexicon(), undefined, {}).translations).toEqual(["summarize", "article"]);
    expect(routeWords("recap please", undefined, undefined, {}).tokens).toEqual(["summarize", "please"]);
  });

  it("is on by default and matches paraphrases in other words (classifier.embeddings.spelling)", async () => {
    const on = await indexOf(true);
    const off = await indexOf(false);
    const best = (index: typeof on, text: string) => {
      const top = index.score(text, undefined)[0]!;
      return top.matched ? top.name : null;
    };
    for (const [text, route] of [
      ["recap pls", "summarization"],
      ["i cant sign in to my acct", "account_support"],
      ["thx!! very useful", "smalltalk"],
    ] as const) {
      expect(best(on, text)).toBe(route);
      expect(best(off, text)).not.toBe(route);
    }
    expect(best(on, "what is a good recipe for banana bread?")).toBeNull();
  });
});
