import type { EscalationHedgeInput } from "../../src/learning/escalation-hedge.js";
import type { CascadeOutcomeModel } from "../../src/learning/learned-cascade.js";

/** One local answer is in; the cheap cloud model disagrees with it with probability `disagree`, and the strong model then follows. */
export function hedgeOutcomes(disagree: number): CascadeOutcomeModel {
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

/** A hedge question after one local answer, the cheap cloud model ("mini", 2 s) next and the strong one (2.5 s) after it. */
export function hedgeInput(disagree: number, overrides: Partial<EscalationHedgeInput>): EscalationHedgeInput {
  return {
    outcomes: hedgeOutcomes(disagree),
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
