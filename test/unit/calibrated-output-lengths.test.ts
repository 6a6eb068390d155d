import { describe, expect, it } from "vitest";
import { trainRouterModel } from "../../src/learning/train-router-model.js";
import { createKnnSuccessPredictor } from "../../src/learning/knn-success-predictor.js";
import { hashedVector } from "../../src/policies/hashed-vector.js";
import { routerConfigSchema } from "../../src/config/schema.js";
import { ENCODER, FIXTURE_MODELS, embed, fixtureItems } from "./learning-fixture.js";

const hardPrompt = "Prove the theorem about prime gaps number 101 using analytic number theory.";
const train = (outChars: (index: number) => number) =>
  trainRouterModel(
    fixtureItems().map((item, index) => ({ ...item, outcomes: { ...item.outcomes, cloud: { ...item.outcomes.cloud!, outChars: outChars(index) } } })),
    { models: FIXTURE_MODELS, embed, encoder: ENCODER, components: 16, neighbours: 6, priorStrength: 2 },
  );

describe("calibratedOutputTokens (bandit.calibratedOutputLengths)", () => {
  it("moves a length estimate the neighbours' own leave-one-out estimates get wrong toward the truth", async () => {
    // One proof prompt's cloud answer is long (1,000 tokens), the other proofs' short (100): asked about
    // that prompt, the neighbours' mean falls short, and so does each neighbour's own estimate of it.
    const items = fixtureItems();
    const predictor = createKnnSuccessPredictor(await train((index) => (index === 1 ? 4000 : 400)));
    const vector = hashedVector(items[1]!.prompt, 128);
    const plain = predictor.expectedOutputTokens(vector, "cloud")!;
    const calibrated = predictor.calibratedOutputTokens!(vector, "cloud")!;
    expect(plain).toBeLessThan(1000);
    expect(calibrated).toBeGreaterThan(plain * 1.1);
    expect(calibrated).toBeLessThanOrEqual(plain * 2);
    expect(predictor.calibratedOutputTokens!(vector, "unknown")).toBeUndefined();
  });

  it("leaves estimates the neighbours get right unchanged", async () => {
    const predictor = createKnnSuccessPredictor(await train(() => 400));
    const vector = hashedVector(hardPrompt, 128);
    expect(predictor.calibratedOutputTokens!(vector, "cloud")).toBeCloseTo(predictor.expectedOutputTokens(vector, "cloud")!);
  });

  it("is an opt-in boolean key", () => {
    const base = { version: 1, models: [{ id: "m", provider: "ollama", model: "m", tier: "local" }] };
    expect(routerConfigSchema.parse(base).bandit.calibratedOutputLengths).toBe(false);
    expect(routerConfigSchema.parse({ ...base, bandit: { calibratedOutputLengths: true } }).bandit.calibratedOutputLengths).toBe(true);
    expect(() => routerConfigSchema.parse({ ...base, bandit: { calibratedOutputLengths: "yes" } })).toThrow();
  });
});
