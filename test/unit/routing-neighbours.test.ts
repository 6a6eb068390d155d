import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtinNeighbourTable } from "../../src/embeddings/neighbour-table.js";
import { parseConfig } from "../../src/index.js";
import { buildRouteIndex } from "../../src/nodes/route-index.js";
import { routeWords, termsOfWords } from "../../src/policies/route-terms.js";
import { englishExpansion, neighboursOfUnknownWords, parseNeighbourTable, parseSynonymTable } from "../../src/policies/synonym-table.js";

type Switches = { neighbours?: boolean; synonyms?: boolean };
const configOf = (routes: Array<{ name: string; utterances: string[] }>, embeddings: Switches = {}) =>
  parseConfig({ models: [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }], classifier: { embeddings, routes } });

describe("English word neighbours (classifier.embeddings.neighbours)", () => {
  it("is off by default and takes a boolean", () => {
    expect(configOf([]).classifier.embeddings).toMatchObject({ neighbours: false });
    expect(configOf([], { neighbours: true }).classifier.embeddings).toMatchObject({ neighbours: true });
    expect(() => configOf([], { neighbours: "yes" } as never)).toThrow(/classifier\.embeddings\.neighbours/);
  });

  it("parses stems with their neighbours and joins them to the WordNet table or stands alone", () => {
    const neighbours = parseNeighbourTable("# comment\nairfar\taccommod|lodg\nsnowfal\trainfal\n\n");
    expect(neighbours("airfar")).toEqual(["accommod", "lodg"]);
    expect(neighbours("cat")).toBeUndefined();
    expect(englishExpansion(undefined, undefined)).toBeUndefined();
    const synonyms = parseSynonymTable("purchas\tbuy\tacquir\n");
    expect(englishExpansion(synonyms, undefined)).toBe(synonyms);
    const alone = englishExpansion(undefined, neighbours)!;
    expect(alone.synonyms("purchas")).toBeUndefined();
    expect(alone.neighbours?.("snowfal")).toEqual(["rainfal"]);
    const both = englishExpansion(synonyms, neighbours)!;
    expect(both.synonyms("purchas")).toEqual(["buy"]);
    expect(both.neighbours?.("airfar")).toEqual(["accommod", "lodg"]);
  });

  it("gives neighbours only to words the routes lack, and only neighbours the routes have", () => {
    const neighbours = parseNeighbourTable("snowfal\trainfal|snowstorm|rain|snow\nrain\tsnow|wet\n");
    const restricted = neighboursOfUnknownWords(neighbours, new Set(["rain", "snow", "weather"]));
    expect(restricted("snowfal")).toEqual(["rain", "snow"]);
    expect(restricted("rain")).toBeUndefined(); // a route word: left as it is
    expect(restricted("cat")).toBeUndefined();
    expect(neighboursOfUnknownWords(neighbours, new Set(["weather"]))("snowfal")).toBeUndefined(); // no route word among them
  });

  it("ships a table built from the word vectors: one line per stem, header naming its build", () => {
    const text = readFileSync(new URL("../../data/word-vectors/neighbours.tsv", import.meta.url), "utf8");
    expect(text.split("\n")[0]).toMatch(/^# GloVe 6B .*build-neighbours\.mjs/u);
    const stems = text
      .split("\n")
      .filter((line) => line && !line.startsWith("#"))
      .map((line) => line.split("\t")[0]);
    expect(new Set(stems).size).toBe(stems.length);
    expect(builtinNeighbourTable()("snowfal")).toContain("snowstorm");
  });

  it("adds an English word's neighbours at half a word's weight, and only with the key on, leaving the thresholds", async () => {
    const expansion = englishExpansion(undefined, builtinNeighbourTable());
    const terms = termsOfWords(routeWords("heavy snowfall", undefined, expansion));
    expect(terms).toContainEqual({ term: "w:snowstorm", weight: 0.5 });
    const routes = [
      { name: "weather", utterances: ["what's the weather like today?", "will it rain tomorrow?", "is it going to be cold this weekend?"] },
      { name: "recipes", utterances: ["give me a recipe for soup", "how do I bake a cake?", "what can I cook with rice?"] },
    ];
    const prompt = "expect heavy snowfall overnight?";
    const off = await buildRouteIndex(configOf(routes).classifier);
    const on = await buildRouteIndex(configOf(routes, { neighbours: true }).classifier);
    const weatherScore = (scores: Array<{ name: string; score: number }>) => scores.find((score) => score.name === "weather")!.score;
    expect(weatherScore(on.score(prompt, undefined))).toBeGreaterThan(weatherScore(off.score(prompt, undefined)));
    // The utterances' words are the routes' own, so they get no neighbours: same thresholds.
    expect(on.routes.map((route) => route.threshold)).toEqual(off.routes.map((route) => route.threshold));
  });
});
