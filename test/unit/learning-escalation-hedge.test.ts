import { describe, expect, it } from "vitest";
import { planEscalationHedge, type EscalationHedgeInput } from "../../src/learning/escalation-hedge.js";
import { hedgeInput } from "./escalation-hedge-fixture.js";

function input(disagree: number, overrides: Partial<EscalationHedgeInput> = {}): EscalationHedgeInput {
  return hedgeInput(disagree, overrides);
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
