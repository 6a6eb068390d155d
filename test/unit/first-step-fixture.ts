import type { FirstStepInput } from "../../src/learning/first-step-plan.js";
import type { CascadeOutcomeModel } from "../../src/learning/learned-cascade.js";

/** Two local models ("a", "b", 2 s each) and one cloud model (2.5 s, right 90% alone): the first step's shared test setup. */
export function firstStepFixture(outcomes: CascadeOutcomeModel, overrides: Partial<FirstStepInput> = {}): FirstStepInput {
  return {
    outcomes,
    first: "a",
    peer: "b",
    candidates: [
      { modelId: "a", tier: "local", relativeCost: 0 },
      { modelId: "b", tier: "local", relativeCost: 0 },
      { modelId: "cloud", tier: "cloud", relativeCost: 1, latencyPenalty: 0.02 * 2.5 },
    ],
    expectedMs: new Map([
      ["a", 2000],
      ["b", 2000],
      ["cloud", 2500],
    ]),
    priorSuccess: new Map([
      ["a", 0.6],
      ["b", 0.6],
      ["cloud", 0.9],
    ]),
    costWeight: 0.1,
    latencyWeight: 0.02,
    hedgeCostWeight: 0.1,
    spentShare: () => 0.5,
    hedge: true,
    callsLeft: 3,
    sloPenalty: 0.5,
    ...overrides,
  };
}
