import { describe, expect, it } from "vitest";
import { hedgeable, planEscalationHedge } from "../../src/learning/escalation-hedge.js";
import type { CascadeOutcomeModel } from "../../src/learning/learned-cascade.js";
import { hedgeInput, hedgeOutcomes } from "./escalation-hedge-fixture.js";

/** The fixture's strong model played by a free local check ("peer", 1.5 s): after a disagreement the planner asks it. */
function withLocalCheck(disagree: number): CascadeOutcomeModel {
  const base = hedgeOutcomes(disagree);
  return { ...base, success: (called, pattern, modelId) => base.success(called, pattern, modelId === "peer" ? "strong" : modelId) };
}

const localCheck = (disagree: number, localHedges: boolean) =>
  hedgeInput(disagree, {
    outcomes: withLocalCheck(disagree),
    remaining: [
      { modelId: "mini", tier: "cloud", relativeCost: 0.05, latencyPenalty: 0.04 },
      { modelId: "peer", tier: "local", relativeCost: 0, latencyPenalty: 0.03 },
    ],
    expectedMs: new Map([
      ["mini", 2000],
      ["peer", 1500],
    ]),
    localHedges,
  });

describe("bandit.hedge.localCheck: the local check likely to follow a cloud call starts with it", () => {
  it("hedges the local check, valued by its odds and the overlap, with no waste", () => {
    const hedge = planEscalationHedge(localCheck(0.3, true));
    expect(hedge).toMatchObject({ modelId: "peer" });
    expect(hedge!.probability).toBeCloseTo(0.3);
    // Saved: 0.02 x 0.3 x min(1.5 s, 2 s); a local call costs nothing.
    expect(hedge!.value).toBeCloseTo(0.009);
  });

  it("hedges only cloud calls when off", () => {
    expect(planEscalationHedge(localCheck(0.3, false))).toBeUndefined();
    expect(hedgeable({ tier: "cloud" }, false)).toBe(true);
    expect(hedgeable({ tier: "local" }, false)).toBe(false);
    expect(hedgeable({ tier: "local" }, true)).toBe(true);
  });
});
