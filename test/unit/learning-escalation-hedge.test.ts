import { describe, expect, it } from "vitest";
import { planEscalationHedge, type EscalationHedgeInput } from "../../src/learning/escalation-hedge.js";
import type { CascadeOutcomeModel } from "../../src/learning/learned-cascade.js";

/** A local answer is in; a cheap cloud model disagrees with it with probability `disagree`, and the strong model is then worth its price. */
function outcomes(disagree: number): CascadeOutcomeModel {
  return {
    knows: () => true,
    success(called, pattern, modelId) {
      if (modelId === "strong") return 0.95;
      if (called.length === 2 && pattern[1] === 0) return 0.95;
      return modelId === "mini" ? 0.5 : 0.3;
    },
    nextAnswers(called) {
      if (called.length === 1)
        return [
          { value: 0, probability: 1 - disagree },
          { value: 1, probability: disagree },
        ];
      return [{ value: called.length, probability: 1 }];
    },
  };
}

function input(disagree: number, overrides: Partial<EscalationHedgeInput> = {}): EscalationHedgeInput {
  return {
    outcomes: outcomes(disagree),
    called: ["local"],
    pattern: [0],
    target: "mini",
    remaining: [
      { modelId: "mini", tier: "cloud", relativeCost: 0.05, latencyPenalty: 0.04 },
      { modelId: "strong", tier: "cloud", relativeCost: 1, latencyPenalty: 0.05 },
    ],
    costWeight: 0.1,
    callsLeft: 2,
    expectedMs: new Map([
      ["mini", 2000],
      ["strong", 2500],
    ]),
    latencyWeight: 0.02,
    hedgeCostWeight: 0.1,
    spentShare: () => 0.5,
    ...overrides,
  };
}

describe("hedging an escalation likely to be followed by another", () => {
  it("starts the strong model with the cheap one when the cheap answer usually leads to it", () => {
    const hedge = planEscalationHedge(input(0.8));
    expect(hedge).toMatchObject({ modelId: "strong" });
    expect(hedge!.probability).toBeCloseTo(0.8);
    // Saved: 0.02 x 0.8 x 2 s; wasted: 0.2 x 0.1 x 1 x 0.5.
    expect(hedge!.value).toBeCloseTo(0.032 - 0.01);
  });

  it("does not hedge when the cheap answer usually suffices, latency is not weighed or no call is left", () => {
    expect(planEscalationHedge(input(0.1))).toBeUndefined();
    expect(planEscalationHedge(input(0.8, { latencyWeight: 0 }))).toBeUndefined();
    expect(planEscalationHedge(input(0.8, { callsLeft: 0 }))).toBeUndefined();
  });
});
