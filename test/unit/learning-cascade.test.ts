import { describe, expect, it } from "vitest";
import { decideCascadeStep, planCascadeStep, relativeCosts, type CascadeOutcomeModel } from "../../src/learning/learned-cascade.js";

const candidates = [
  { modelId: "mini", tier: "cloud" as const, relativeCost: 0.06 },
  { modelId: "big", tier: "cloud" as const, relativeCost: 1 },
];

/** Two locals disagreed; mini agrees with one of them 40% of the time, and then that answer is very likely right. */
const outcomes: CascadeOutcomeModel = {
  knows: () => true,
  success(called, pattern, modelId) {
    const key = `${called.join(",")}|${pattern.join(",")}|${modelId}`;
    const table: Record<string, number> = {
      "a,b|0,1|a": 0.3,
      "a,b|0,1|b": 0.25,
      "a,b|0,1|mini": 0.7,
      "a,b|0,1|big": 0.84,
      "a,b,mini|0,1,0|mini": 0.9,
      "a,b,mini|0,1,2|mini": 0.5,
      "a,b,mini|0,1,2|big": 0.75,
      "a,b,mini|0,1,0|big": 0.93,
    };
    return table[key] ?? 0.1;
  },
  nextAnswers(called, pattern, modelId) {
    if (modelId === "mini")
      return [
        { value: 0, probability: 0.4 },
        { value: 2, probability: 0.6 },
      ];
    return [{ value: called.length, probability: 1 }];
  },
};

describe("learned cascade policy", () => {
  it("one-step rule: calls the model with the largest gain net of cost, else accepts", () => {
    const success = new Map([
      ["a", 0.3],
      ["b", 0.25],
      ["mini", 0.7],
      ["big", 0.84],
    ]);
    // 0.2: mini nets 0.7 - 0.3 - 0.012 = 0.388, big 0.84 - 0.3 - 0.2 = 0.34. 0.05: big nets more.
    expect(decideCascadeStep({ called: ["a", "b"], remaining: candidates, success, costWeight: 0.2 })).toMatchObject({ action: "call", modelId: "mini" });
    expect(decideCascadeStep({ called: ["a", "b"], remaining: candidates, success, costWeight: 0.05 })).toMatchObject({ action: "call", modelId: "big" });
    expect(decideCascadeStep({ called: ["a", "b"], remaining: candidates, success, costWeight: 10 })).toMatchObject({ action: "accept", modelId: "a" });
    expect(decideCascadeStep({ called: ["a", "b"], remaining: candidates, success, costWeight: 0, escalations: 3, maxEscalations: 3 })).toMatchObject({
      action: "accept",
    });
  });

  it("looking ahead values the cheap model for what its agreement will tell", () => {
    // One step: big (0.84 - 0.15) beats mini (0.7 - 0.009)? No: 0.69 < 0.691, nearly a tie.
    // With lookahead, mini is clearly better: 0.4 x 0.9 + 0.6 x max(0.5, 0.75 - 0.15) - 0.009 = 0.711.
    const plan = planCascadeStep({ called: ["a", "b"], pattern: [0, 1], remaining: candidates, costWeight: 0.15, outcomes, lookahead: 2 });
    expect(plan.step).toMatchObject({ action: "call", modelId: "mini" });
    expect(plan.value).toBeCloseTo(-0.009 + 0.4 * 0.9 + 0.6 * 0.6, 6);
  });

  it("accepts when every call costs more than it adds, and respects the call limit", () => {
    expect(planCascadeStep({ called: ["a", "b"], pattern: [0, 1], remaining: candidates, costWeight: 20, outcomes }).step).toMatchObject({
      action: "accept",
      modelId: "a",
    });
    expect(planCascadeStep({ called: ["a", "b"], pattern: [0, 1], remaining: candidates, costWeight: 0, outcomes, callsLeft: 0 }).step.action).toBe("accept");
  });

  it("scales costs to the priciest model", () => {
    const scaled = relativeCosts(
      new Map([
        ["free", 0],
        ["mini", 0.0006],
        ["big", 0.01],
      ]),
    );
    expect(scaled.get("free")).toBe(0);
    expect(scaled.get("mini")).toBeCloseTo(0.06, 12);
    expect(scaled.get("big")).toBe(1);
  });
});
