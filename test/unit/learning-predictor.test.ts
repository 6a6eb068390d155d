import { describe, expect, it } from "vitest";
import { trainRouterModel } from "../../src/learning/train-router-model.js";
import { createKnnSuccessPredictor, patternOfAnswers } from "../../src/learning/knn-success-predictor.js";
import { hashedVector } from "../../src/policies/hashed-vector.js";
import { deserialiseRouterModel, serialiseRouterModel } from "../../src/learning/router-model.js";
import { expectedOutputTokens } from "../../src/learning/learned-escalation.js";
import { ENCODER, FIXTURE_MODELS, embed, fixtureItems } from "./learning-fixture.js";

const easyPrompt = "What is the sum of 100 and 103 apples in the basket?";
const hardPrompt = "Prove the theorem about prime gaps number 101 using analytic number theory.";

describe("createKnnSuccessPredictor", async () => {
  const model = await trainRouterModel(fixtureItems(), { models: FIXTURE_MODELS, embed, encoder: ENCODER, components: 16, neighbours: 6, priorStrength: 2 });
  const predictor = createKnnSuccessPredictor(model);

  it("predicts each model's success from the nearest training prompts", () => {
    const easy = predictor.predict(hashedVector(easyPrompt, 128), ["small", "cloud", "unknown"]);
    const hard = predictor.predict(hashedVector(hardPrompt, 128), ["small", "cloud"]);
    expect(easy.get("small")!.probability).toBeGreaterThan(0.7);
    expect(hard.get("small")!.probability).toBeLessThan(0.3);
    expect(hard.get("cloud")!.probability).toBeGreaterThan(0.9);
    expect(easy.has("unknown")).toBe(false);
    expect(easy.get("small")!.weight).toBeGreaterThan(2);
  });

  it("conditions on which answers agree", () => {
    const vector = hashedVector(easyPrompt, 128);
    const agree = predictor.predictGiven(
      vector,
      [
        { modelId: "small", answer: "203" },
        { modelId: "medium", answer: "203.0" },
      ],
      ["small"],
    );
    const disagree = predictor.predictGiven(
      vector,
      [
        { modelId: "small", answer: "7" },
        { modelId: "medium", answer: "9" },
      ],
      ["small"],
    );
    expect(agree.get("small")!.probability).toBeGreaterThan(disagree.get("small")!.probability + 0.3);
  });

  it("treats a missing answer as a signal where answers are usually extractable", () => {
    const vector = hashedVector(easyPrompt, 128);
    const unconditional = predictor.predict(vector, ["small"]).get("small")!.probability;
    const none = predictor
      .predictGiven(
        vector,
        [
          { modelId: "small", answer: null },
          { modelId: "medium", answer: null },
        ],
        ["small"],
      )
      .get("small")!.probability;
    expect(unconditional).toBeGreaterThan(0.7);
    expect(none).toBeLessThan(unconditional - 0.3);
  });

  it("refuses a vector of the wrong size", () => {
    expect(() => predictor.predict(new Float32Array(64), ["small"])).toThrowError(expect.objectContaining({ code: "CONFIG_INVALID" }));
  });

  it("gives next-answer distributions that sum to one", () => {
    const outcomes = predictor.outcomeModel(hashedVector(hardPrompt, 128));
    const next = outcomes.nextAnswers(["small", "medium"], [0, 1], "cloud");
    expect(next.reduce((sum, entry) => sum + entry.probability, 0)).toBeCloseTo(1, 6);
    // On hard prompts the cloud model's answer is new (index 2) most of the time.
    expect(next.find((entry) => entry.value === 2)!.probability).toBeGreaterThan(0.5);
  });

  it("computes agreement patterns with the verifier's normalisation", () => {
    expect(patternOfAnswers(["18", "18.00", "$17", null])).toEqual([0, 0, 2, -1]);
    expect(patternOfAnswers(["'abc'", "abc"])).toEqual([0, 0]);
  });

  it("expects each model's output length on a prompt from its nearest training prompts' recorded answers", async () => {
    // Easy prompts get short cloud answers (100 characters = 25 tokens), hard ones long (2,000 = 500 tokens).
    const items = fixtureItems().map((item, index) => ({
      ...item,
      outcomes: { ...item.outcomes, cloud: { ...item.outcomes.cloud!, outChars: index % 2 === 0 ? 100 : 2000 } },
    }));
    const lengths = await trainRouterModel(items, { models: FIXTURE_MODELS, embed, encoder: ENCODER, components: 16, neighbours: 6, priorStrength: 2 });
    const roundTrip = createKnnSuccessPredictor(deserialiseRouterModel(serialiseRouterModel(lengths)));
    const mean = lengths.models.find((info) => info.id === "cloud")!.meanOutputTokens;
    expect(mean).toBeCloseTo(262.5);
    const easy = roundTrip.expectedOutputTokens(hashedVector(easyPrompt, 128), "cloud")!;
    const hard = roundTrip.expectedOutputTokens(hashedVector(hardPrompt, 128), "cloud")!;
    expect(easy).toBeLessThan(mean / 2);
    expect(easy).toBeGreaterThan(25);
    expect(hard).toBeGreaterThan(mean * 1.5);
    expect(hard).toBeLessThan(500);
    expect(expectedOutputTokens(roundTrip, "cloud", hashedVector(hardPrompt, 128))).toBeCloseTo(hard);
    expect(expectedOutputTokens(roundTrip, "cloud")).toBeCloseTo(mean);
    expect(roundTrip.expectedOutputTokens(hashedVector(hardPrompt, 128), "unknown")).toBeUndefined();
    // A model trained before per-prompt lengths were kept: each model's mean.
    const { outputTokens: _dropped, ...older } = lengths.examples;
    const legacy = createKnnSuccessPredictor({ ...lengths, examples: older });
    expect(legacy.expectedOutputTokens(hashedVector(hardPrompt, 128), "cloud")).toBeUndefined();
    expect(expectedOutputTokens(legacy, "cloud", hashedVector(hardPrompt, 128))).toBeCloseTo(mean);
  });
});
