import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import { correctedOutcomeTokens } from "../../src/learning/corrected-outcome-lengths.js";
import { createKnnSuccessPredictor } from "../../src/learning/knn-success-predictor.js";
import { trainRouterModel } from "../../src/learning/train-router-model.js";
import { ENCODER, FIXTURE_MODELS, embed, fixtureItems } from "./learning-fixture.js";

describe("bandit.calibratedOutcomeLengths: lengths by outcome corrected by the neighbours' own errors", () => {
  it("scales both outcomes by the correction, and leaves them when none is known", () => {
    expect(correctedOutcomeTokens({ right: 100, wrong: 150 }, 1.2)).toEqual({ right: 120, wrong: 180 });
    expect(correctedOutcomeTokens({ right: 100, wrong: 150 }, undefined)).toEqual({ right: 100, wrong: 150 });
    expect(correctedOutcomeTokens({ right: 100, wrong: 150 }, Number.NaN)).toEqual({ right: 100, wrong: 150 });
  });

  it("is opt-in and validated at the boundary", () => {
    const models = [{ id: "m", provider: "ollama", model: "m", tier: "local" }];
    expect(parseConfig({ models }).bandit.calibratedOutcomeLengths).toBe(false);
    expect(parseConfig({ models, bandit: { calibratedOutcomeLengths: true } }).bandit.calibratedOutcomeLengths).toBe(true);
    expect(() => parseConfig({ models, bandit: { calibratedOutcomeLengths: 1 } })).toThrow(/calibratedOutcomeLengths/);
  });
});

describe("outputLengthCorrection on a learned predictor", async () => {
  // "cloud" writes lengths that vary from prompt to prompt, so the neighbours' own estimates miss.
  const items = fixtureItems().map((item, index) => ({
    ...item,
    outcomes: { ...item.outcomes, cloud: { score: 1, outChars: 400 + (index % 5) * 400, answer: "1" } },
  }));
  const predictor = createKnnSuccessPredictor(
    await trainRouterModel(items, { models: FIXTURE_MODELS, embed, encoder: ENCODER, components: 16, neighbours: 6, priorStrength: 2 }),
  );
  const [vector] = embed(["What is the sum of 12 and 15 apples in the basket?"]);

  it("is the factor calibratedOutputTokens applies to the plain estimate, within [1/2, 2]", () => {
    const factor = predictor.outputLengthCorrection!(vector!, "cloud")!;
    expect(factor).toBeGreaterThanOrEqual(0.5);
    expect(factor).toBeLessThanOrEqual(2);
    expect(predictor.calibratedOutputTokens!(vector!, "cloud")).toBeCloseTo(predictor.expectedOutputTokens(vector!, "cloud")! * factor);
    expect(predictor.outputLengthCorrection!(vector!, "nobody")).toBeUndefined();
  });
});
