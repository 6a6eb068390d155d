import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { builtinEnglishWords, builtinWordVectors, formatWordList, isKnownEnglishWord, parseWordList } from "../../src/embeddings/word-vectors.js";
import { parseConfig } from "../../src/index.js";
import { buildRouteIndex } from "../../src/nodes/route-index.js";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

describe("shipped English word list", () => {
  it("holds exactly the word vectors' words, in order (rebuild: npx tsx scripts/build-word-list.ts)", () => {
    const words = builtinWordVectors().words ?? [];
    const shipped = read("data/word-vectors/english-words.txt");
    expect(words.length).toBe(40_000);
    expect(shipped).toBe(formatWordList(words));
    expect(parseWordList(shipped)).toEqual(words);
    expect(builtinEnglishWords().size).toBe(words.length);
    expect(["deposit", "python", "pyhton"].map(isKnownEnglishWord)).toEqual([true, true, false]);
    expect(() => parseWordList("the\n\nof\n")).toThrow(expect.objectContaining({ code: "DATASET_INVALID" }));
    expect(() => parseWordList("the\nof")).toThrow(expect.objectContaining({ code: "DATASET_INVALID" }));
  });

  it("gives the same route scores as the word vectors' words (dev-4 routes and prompts)", async () => {
    const { routes } = parse(read("eval/routing/dev-4/routes.yaml")) as { routes: Array<{ name: string; utterances: string[] }> };
    const prompts = read("eval/routing/dev-4/prompts.jsonl")
      .trim()
      .split("\n")
      .map((line) => (JSON.parse(line) as { text: string }).text);
    const { classifier } = parseConfig({ models: [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }], classifier: { routes } });
    expect(classifier.embeddings).toMatchObject({ spelling: true, wordVectors: false });
    let asked = 0;
    const fromList = await buildRouteIndex(classifier, { knownWord: (word) => (asked++, builtinEnglishWords().has(word)) });
    const fromVectors = await buildRouteIndex(classifier, { knownWord: (word) => builtinWordVectors().row(word) !== undefined });
    const scores = (index: typeof fromList) => prompts.map((text) => index.score(text, undefined));
    expect(scores(fromList)).toEqual(scores(fromVectors));
    expect(asked).toBeGreaterThan(100);
    // The list matters: with no word known, the typo correction changes 23 of the 246 prompts' scores.
    const noneKnown = await buildRouteIndex(classifier, { knownWord: () => false });
    expect(scores(noneKnown)).not.toEqual(scores(fromList));
  });
});
