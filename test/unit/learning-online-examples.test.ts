import { describe, expect, it } from "vitest";
import { trainRouterModel } from "../../src/learning/train-router-model.js";
import { createKnnSuccessPredictor } from "../../src/learning/knn-success-predictor.js";
import { hashedVector } from "../../src/policies/hashed-vector.js";
import { parseConfig } from "../../src/config/load-config.js";
import { ENCODER, FIXTURE_MODELS, embed, fixtureItems } from "./learning-fixture.js";

const easyPrompt = "What is the sum of 100 and 103 apples in the basket?";

describe("online per-prompt examples (bandit.online.knnExamples)", async () => {
  const model = await trainRouterModel(fixtureItems(), { models: FIXTURE_MODELS, embed, encoder: ENCODER, components: 16, neighbours: 6, priorStrength: 2 });
  const base = createKnnSuccessPredictor(model);
  const vector = hashedVector(easyPrompt, 128);
  const small = (predictor: typeof base) => predictor.predict(vector, ["small"]).get("small")!.probability;
  const failures = [{ modelId: "small", answer: "7", score: 0 }];

  it("moves the prediction towards the new outcomes, bounded to the most recent examples", () => {
    const online = base.withOnlineExamples!({ capacity: 3, weight: 4 });
    const before = small(online);
    expect(before).toBeCloseTo(small(base), 10);
    for (let index = 0; index < 5; index++) expect(online.addOnlineExample(vector, failures)).toBe(true);
    expect(online.onlineExampleCount).toBe(3);
    expect(small(online)).toBeLessThan(before - 0.3);
    // The base predictor (shared across routers) is untouched.
    expect(small(base)).toBeCloseTo(before, 10);
  });

  it("is deterministic for identical evidence and ignores examples without a known score", () => {
    const first = base.withOnlineExamples!({ capacity: 10, weight: 4 });
    const second = base.withOnlineExamples!({ capacity: 10, weight: 4 });
    for (const predictor of [first, second]) {
      predictor.addOnlineExample(vector, failures);
      expect(predictor.addOnlineExample(vector, [{ modelId: "small", answer: "7" }])).toBe(false);
      expect(predictor.addOnlineExample(vector, [{ modelId: "unknown", answer: "7", score: 1 }])).toBe(false);
    }
    expect(small(first)).toBe(small(second));
  });

  it("learns from feedback: the kept answer's score, agreeing answers the same, others 0 after a score of 1", () => {
    const online = base.withOnlineExamples!({ capacity: 10, weight: 4 });
    const before = small(online);
    online.rememberForFeedback(
      "request-1",
      vector,
      [
        { modelId: "small", answer: "9" },
        { modelId: "cloud", answer: "203" },
      ],
      "cloud",
    );
    expect(online.feedbackExample("request-2", 1)).toBe(false);
    expect(online.feedbackExample("request-1", 1)).toBe(true);
    expect(online.feedbackExample("request-1", 1)).toBe(false);
    expect(small(online)).toBeLessThan(before - 0.1);
  });

  it("adds nothing when disabled", () => {
    const disabled = base.withOnlineExamples!({ capacity: 0, weight: 4 });
    expect(disabled.addOnlineExample(vector, failures)).toBe(false);
    disabled.rememberForFeedback("request-1", vector, [{ modelId: "small", answer: "7" }], "small");
    expect(disabled.feedbackExample("request-1", 0)).toBe(false);
    expect(small(disabled)).toBeCloseTo(small(base), 10);
  });

  it("validates the settings strictly", () => {
    const models = [{ id: "local", provider: "ollama", model: "llama3", tier: "local" }];
    expect(parseConfig({ models }).bandit.online).toMatchObject({ knnExamples: 2000, knnExampleWeight: 4 });
    expect(parseConfig({ models, bandit: { online: { knnExamples: 0 } } }).bandit.online.knnExamples).toBe(0);
    expect(() => parseConfig({ models, bandit: { online: { knnExamples: -1 } } })).toThrow();
    expect(() => parseConfig({ models, bandit: { online: { knnExamples: 1.5 } } })).toThrow();
    expect(() => parseConfig({ models, bandit: { online: { knnExampleWeight: 0 } } })).toThrow();
  });
});
