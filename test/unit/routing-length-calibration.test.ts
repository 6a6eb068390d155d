import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/index.js";
import { buildRouteIndex } from "../../src/nodes/route-index.js";
import { DEFAULT_LENGTH_CALIBRATION, lengthFactor, scaledScores } from "../../src/policies/length-calibration.js";

const routes = [
  { name: "gifts", utterances: ["gift ideas for my dad's birthday", "a present for a coworker", "what should I get my sister for christmas?"] },
  { name: "shell", utterances: ["bash command to find large files", "kill the process on port 3000", "make a shell script executable"] },
];

async function index(lengthCalibration?: boolean) {
  const config = parseConfig({
    models: [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }],
    classifier: { embeddings: lengthCalibration === undefined ? {} : { lengthCalibration }, routes },
  });
  return buildRouteIndex(config.classifier);
}

describe("length calibration", () => {
  it("lifts the scores of a prompt longer than the pivot, up to the cap", () => {
    expect(lengthFactor(5, DEFAULT_LENGTH_CALIBRATION)).toBe(1);
    expect(lengthFactor(7, DEFAULT_LENGTH_CALIBRATION)).toBe(1);
    expect(lengthFactor(14, DEFAULT_LENGTH_CALIBRATION)).toBe(2);
    expect(lengthFactor(60, DEFAULT_LENGTH_CALIBRATION)).toBe(2);
    const scaled = scaledScores(
      [
        { name: "a", score: 0.2, threshold: 0.25, matched: false },
        { name: "b", score: 0.1, threshold: 0.25, matched: false },
      ],
      1.5,
    );
    expect(scaled.map((entry) => [entry.name, entry.matched])).toEqual([
      ["a", true],
      ["b", false],
    ]);
    expect(scaled[0]!.score).toBeCloseTo(0.3);
  });

  it("lifts a long request's score, not a short near-miss's, and exact utterances still match (opt-in)", async () => {
    const long = "my grandpa honestly has literally everything already and we never know what on earth to buy him for christmas this year";
    const [on, off] = [await index(true), await index()];
    const best = (scores: ReturnType<typeof on.score>) => scores[0]!;
    expect(best(on.score(long, undefined)).score).toBeGreaterThan(best(off.score(long, undefined)).score);
    expect(best(on.score("who wrote the first unix shell?", undefined)).score).toBe(best(off.score("who wrote the first unix shell?", undefined)).score);
    for (const route of routes)
      for (const utterance of route.utterances) expect(best(on.score(utterance, undefined))).toMatchObject({ name: route.name, matched: true });
  });

  it("is refused when it is not a boolean", () => {
    const parse = (lengthCalibration: unknown) =>
      parseConfig({ models: [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }], classifier: { embeddings: { lengthCalibration } } });
    expect(() => parse("yes")).toThrow();
    expect(parse(true).classifier.embeddings.lengthCalibration).toBe(true);
    expect(parseConfig({ models: [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }] }).classifier.embeddings.lengthCalibration).toBe(
      false,
    );
  });
});
