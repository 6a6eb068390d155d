import { describe, expect, it } from "vitest";
import { trainRouterModel } from "../../src/learning/train-router-model.js";
import { createKnnSuccessPredictor } from "../../src/learning/knn-success-predictor.js";
import { chooseLearnedFirstModel, planLearnedEscalation } from "../../src/learning/learned-escalation.js";
import { hashedVector } from "../../src/policies/hashed-vector.js";
import { ENCODER, FIXTURE_MODELS, embed, fixtureItems } from "./learning-fixture.js";

const candidates = [
  { modelId: "small", tier: "local" as const, pricing: { inputPer1M: 0, outputPer1M: 0 } },
  { modelId: "medium", tier: "local" as const, pricing: { inputPer1M: 0, outputPer1M: 0 } },
  { modelId: "cloud", tier: "cloud" as const, pricing: { inputPer1M: 2.5, outputPer1M: 10 } },
];

describe("learned escalation (the graph's entry points)", async () => {
  const predictor = createKnnSuccessPredictor(
    await trainRouterModel(fixtureItems(), { models: FIXTURE_MODELS, embed, encoder: ENCODER, components: 16, neighbours: 6, priorStrength: 2 }),
  );
  const hard = hashedVector("Prove the theorem about prime gaps number 77 using analytic number theory.", 128);
  const easy = hashedVector("What is the sum of 76 and 79 apples in the basket?", 128);

  it("starts with a local model whenever one is allowed, else the best cloud model", () => {
    expect(["small", "medium"]).toContain(chooseLearnedFirstModel(predictor, hard, candidates, 40, 0));
    expect(chooseLearnedFirstModel(predictor, hard, candidates.slice(2), 40, 0.3)).toBe("cloud");
  });

  it("accepts agreeing local answers and escalates disagreeing ones", () => {
    const base = { predictor, candidates, inputTokens: 40, costWeight: 0.3, callsLeft: 3 };
    const agree = planLearnedEscalation({
      ...base,
      vector: easy,
      answers: [
        { modelId: "small", finalAnswer: "155" },
        { modelId: "medium", finalAnswer: "155" },
      ],
    });
    expect(agree.step).toMatchObject({ action: "accept" });
    const disagree = planLearnedEscalation({
      ...base,
      vector: hard,
      answers: [
        { modelId: "small", finalAnswer: "7" },
        { modelId: "medium", finalAnswer: "9" },
      ],
    });
    expect(disagree.step).toMatchObject({ action: "call", modelId: "cloud" });
    expect(
      planLearnedEscalation({
        ...base,
        vector: hard,
        callsLeft: 0,
        answers: [
          { modelId: "small", finalAnswer: "7" },
          { modelId: "medium", finalAnswer: "9" },
        ],
      }).step.action,
    ).toBe("accept");
  });
});
