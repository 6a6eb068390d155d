import { describe, expect, it } from "vitest";
import { fitSuccessModel, predictSuccess, PROMPT_SHAPE_FEATURES, promptShape } from "../../src/learning/success-model.js";
import { solveRidge } from "../../src/learning/ridge.js";
import { createSeededRandom } from "../../src/policies/clock.js";
import { hashedVector } from "../../src/policies/hashed-vector.js";
import { MISSING_SCORE } from "../../src/learning/router-model.js";
import { planCascadeStep, type CascadeOutcomeModel } from "../../src/learning/learned-cascade.js";
import { qualityAtShare } from "../../src/learning/evaluation/evaluate.js";
import { trainRouterModel } from "../../src/learning/train-router-model.js";
import { createKnnSuccessPredictor } from "../../src/learning/knn-success-predictor.js";
import { ENCODER, FIXTURE_MODELS, embed, fixtureItems } from "./learning-fixture.js";

/**
 * Two models on `count` prompts: model 0 fails long prompts (shape feature 0 above 0.5), model 1
 * gets every prompt right with probability 0.8; the neighbour estimates are the models' means.
 */
function synthetic(count = 400, noisyPair = false) {
  const random = createSeededRandom(11);
  const shapeCount = PROMPT_SHAPE_FEATURES.length;
  const shapes = new Float64Array(count * shapeCount);
  const scores = new Uint8Array(count * 2);
  const neighbourEstimates = new Float64Array(count * 2);
  for (let row = 0; row < count; row++) {
    const size = random();
    shapes[row * shapeCount] = size;
    shapes[row * shapeCount + 1] = 2 * size + 0.1 * random();
    const firstGood = noisyPair ? random() < 0.6 : size < 0.5 ? random() < 0.95 : random() < 0.1;
    scores[row * 2] = firstGood ? 254 : 0;
    scores[row * 2 + 1] = random() < (noisyPair ? 0.55 : 0.8) ? 254 : 0;
    neighbourEstimates[row * 2] = 0.5;
    neighbourEstimates[row * 2 + 1] = 0.8;
  }
  return { count, modelCount: 2, scores, neighbourEstimates, shapes };
}

describe("solveRidge", () => {
  it("recovers a linear relation with a small penalty and shrinks the slopes with a large one", () => {
    const rows = Array.from({ length: 50 }, (_, index) => [1, index / 10 - 2.5]);
    const targets = rows.map((row) => 0.3 + 0.2 * row[1]!);
    const [intercept, slope] = solveRidge(rows, targets, 1e-6);
    expect(intercept).toBeCloseTo(0.3, 6);
    expect(slope).toBeCloseTo(0.2, 6);
    expect(Math.abs(solveRidge(rows, targets, 1e6)[1]!)).toBeLessThan(0.01);
  });
});

describe("success model (neighbours + prompt shape)", () => {
  it("reads the prompt's size off its embedding", () => {
    const short = promptShape(hashedVector("What is 2 + 2?", 512));
    const long = promptShape(
      hashedVector(
        "A farmer has 20 animals, chickens and cows, with 70 legs in total; if he sells a third of the cows and buys twice as many chickens, how many legs are there now?",
        512,
      ),
    );
    expect(long[0]!).toBeGreaterThan(short[0]!);
    expect(long[1]!).toBeGreaterThan(short[1]!);
  });

  it("learns that one model fails long prompts and another does not, and tells them apart", () => {
    const model = fitSuccessModel(synthetic());
    expect(model.inputs).toEqual(["neighbours", ...PROMPT_SHAPE_FEATURES]);
    const shortPrompt = [0.1, 0.2];
    const longPrompt = [0.9, 1.8];
    expect(predictSuccess(model, 0, 0.5, shortPrompt)).toBeGreaterThan(0.8);
    expect(predictSuccess(model, 0, 0.5, longPrompt)).toBeLessThan(0.3);
    expect(Math.abs(predictSuccess(model, 1, 0.8, longPrompt) - predictSuccess(model, 1, 0.8, shortPrompt))).toBeLessThan(0.15);
    // Keeping the predicted-better answer beats always keeping model 1 (the better on average).
    expect(model.switchGains![0]![1]!).toBeGreaterThan(0);
  });

  it("does not switch between two models whose per-prompt estimates carry no signal", () => {
    const model = fitSuccessModel(synthetic(400, true));
    expect(model.switchGains![0]![1]!).toBeLessThanOrEqual(0);
  });

  it("keeps the neighbours' estimate for a model with too few records, and clamps to (0, 1)", () => {
    const data = synthetic(30);
    for (let row = 10; row < 30; row++) data.scores[row * 2] = MISSING_SCORE;
    const model = fitSuccessModel(data);
    expect(model.weights[0]).toEqual([0, 1, 0, 0]);
    expect(predictSuccess(model, 0, 0.42, [5, 5])).toBe(0.42);
    expect(
      predictSuccess(
        {
          ...model,
          weights: [
            [2, 0, 0, 0],
            [-1, 0, 0, 0],
          ],
        },
        0,
        0.5,
        [0, 0],
      ),
    ).toBeLessThan(1);
    expect(
      predictSuccess(
        {
          ...model,
          weights: [
            [2, 0, 0, 0],
            [-1, 0, 0, 0],
          ],
        },
        1,
        0.5,
        [0, 0],
      ),
    ).toBeGreaterThan(0);
  });
});

describe("planner: which answer to keep", () => {
  const outcomes = (keep: string | undefined): CascadeOutcomeModel => ({
    knows: () => true,
    success: (_called, _pattern, modelId) => ({ a: 0.6, b: 0.62, cloud: 0.9 })[modelId] ?? 0,
    nextAnswers: (called) => [{ value: called.length, probability: 1 }],
    keep: (called) => (called.includes("cloud") ? undefined : keep),
  });

  it("accepts the answer the outcome model says to keep, at that answer's success", () => {
    const input = { called: ["a", "b"], pattern: [-1, -1], remaining: [{ modelId: "cloud", tier: "cloud" as const, relativeCost: 1 }], costWeight: 0.5 };
    expect(planCascadeStep({ ...input, outcomes: outcomes(undefined) }).step).toMatchObject({ action: "accept", modelId: "b", probability: 0.62 });
    expect(planCascadeStep({ ...input, outcomes: outcomes("a") }).step).toMatchObject({ action: "accept", modelId: "a", probability: 0.6 });
    // Keeping the weaker answer makes the cloud call worth more: 0.9 - 0.29 > 0.6.
    expect(planCascadeStep({ ...input, costWeight: 0.29, outcomes: outcomes("a") }).step).toMatchObject({ action: "call", modelId: "cloud" });
    expect(planCascadeStep({ ...input, costWeight: 0.29, outcomes: outcomes(undefined) }).step).toMatchObject({ action: "accept", modelId: "b" });
  });
});

describe("qualityAtShare (a fold's curve read at a cloud share)", () => {
  it("interpolates between swept points, averages points at one share and closes the curve with the weak and strong models", () => {
    const points = [
      { cloudShare: 0.2, quality: 0.7 },
      { cloudShare: 0.6, quality: 0.9 },
      { cloudShare: 0.6, quality: 0.8 },
    ];
    expect(qualityAtShare(points, 0, 0.5, 1)).toBe(0.5);
    expect(qualityAtShare(points, 0.1, 0.5, 1)).toBeCloseTo(0.6, 10);
    expect(qualityAtShare(points, 0.4, 0.5, 1)).toBeCloseTo(0.775, 10);
    expect(qualityAtShare(points, 0.6, 0.5, 1)).toBeCloseTo(0.85, 10);
    expect(qualityAtShare(points, 0.8, 0.5, 1)).toBeCloseTo(0.925, 10);
    expect(qualityAtShare(points, 1, 0.5, 1)).toBe(1);
  });
});

describe("learned predictor on free-form answers", () => {
  /** Chat-like prompts with no extracted answers; "medium" is better on average, the per-prompt differences are coin flips. */
  function freeFormItems(count: number) {
    const random = createSeededRandom(3);
    const topics = ["poem about the sea", "email to my landlord", "story about a dragon", "summary of a meeting", "recipe for soup"];
    return Array.from({ length: count }, (_, index) => ({
      id: `chat-${index}`,
      prompt: `Write a ${topics[index % topics.length]} number ${index}${" with more detail".repeat(index % 4)}`,
      outcomes: {
        small: { score: Math.round(10 * random() * 0.9) / 10, outChars: 800, answer: null },
        medium: { score: Math.min(1, Math.round(10 * (0.2 + random() * 0.8)) / 10), outChars: 900, answer: null },
        cloud: { score: 0.9, outChars: 1200, answer: null },
      },
    }));
  }

  it("keeps the better-on-average local answer when the per-prompt estimates cannot tell the two apart", async () => {
    const model = await trainRouterModel(freeFormItems(120), { models: FIXTURE_MODELS, embed, encoder: ENCODER, components: 16 });
    expect(model.successModel!.switchGains![0]![1]!).toBeLessThanOrEqual(0);
    const vector = hashedVector("Write a poem about the sea number 7", 128);
    const outcomes = createKnnSuccessPredictor(model).outcomeModel(vector);
    expect(outcomes.keep!(["small", "medium"], [-1, -1])).toBe("medium");
    expect(outcomes.keep!(["medium", "small"], [-1, -1])).toBe("medium");
    // Without the success model the planner keeps whichever estimate is higher (no rule).
    expect(createKnnSuccessPredictor(model, { successModel: false }).outcomeModel(vector).keep!(["small", "medium"], [-1, -1])).toBeUndefined();
    // The unconditional estimates come from the success model, within (0, 1).
    const estimates = createKnnSuccessPredictor(model).predict(vector, ["small", "medium", "cloud"]);
    for (const estimate of estimates.values()) expect(estimate.probability).toBeGreaterThan(0);
    expect(estimates.get("cloud")!.probability).toBeGreaterThan(estimates.get("small")!.probability);
  });

  it("applies no keep rule where answers can be compared", async () => {
    const model = await trainRouterModel(fixtureItems(), { models: FIXTURE_MODELS, embed, encoder: ENCODER, components: 8 });
    const outcomes = createKnnSuccessPredictor(model).outcomeModel(hashedVector("What is the sum of 4 and 7 apples in the basket?", 128));
    expect(outcomes.keep!(["small", "medium"], [0, 0])).toBeUndefined();
    expect(outcomes.keep!(["small", "medium"], [-1, -1])).toBeUndefined();
  });
});
