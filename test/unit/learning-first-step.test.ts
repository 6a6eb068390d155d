import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import { FIRST_STEP_LOOKAHEAD, planFirstStep, type FirstStepInput } from "../../src/learning/first-step-plan.js";
import type { CascadeOutcomeModel } from "../../src/learning/learned-cascade.js";
import { firstStepFixture } from "./first-step-fixture.js";

/** Two local models that disagree with probability `disagree`; the cloud model is right 90% of the time, a lone or disputed local answer 40% (`loneB` for b alone). */
function outcomes(disagree: number, loneB = 0.4): CascadeOutcomeModel {
  return {
    knows: () => true,
    success(called, pattern, modelId) {
      if (modelId === "cloud") return 0.9;
      if (called.length === 2 && pattern[1] === 0) return 0.95;
      if (called.length === 1 && modelId === "b") return loneB;
      return 0.4;
    },
    nextAnswers(called) {
      if (called.length === 0) return [{ value: 0, probability: 1 }];
      if (called.length === 1)
        return [
          { value: 0, probability: 1 - disagree },
          { value: 1, probability: disagree },
        ];
      return [{ value: called.length, probability: 1 }];
    },
  };
}

function input(disagree: number, overrides: Partial<FirstStepInput> = {}): FirstStepInput {
  return firstStepFixture(outcomes(disagree), overrides);
}

describe("the learned planner's first step weighs latency", () => {
  it("keeps the plain cascade when the local models usually agree", () => {
    const plan = planFirstStep(input(0.05));
    expect(plan.choice.plan).toBe("cascade");
    expect(plan.escalation.get("cloud")).toBeCloseTo(0.05);
  });

  it("hedges the likely escalation when the local models often disagree and latency is weighed", () => {
    const plan = planFirstStep(input(0.6));
    expect(plan.choice).toMatchObject({ plan: "hedge", modelId: "a", hedge: "cloud" });
    expect(plan.choice.expectedMs).toBeLessThan(plan.options.find((option) => option.plan === "cascade")!.expectedMs);
  });

  it("does not hedge when latency is not weighed, or when hedging is off", () => {
    expect(
      planFirstStep(input(0.6, { latencyWeight: 0, candidates: input(0.6).candidates.map(({ latencyPenalty: _unused, ...rest }) => rest) })).choice.plan,
    ).toBe("cascade");
    expect(planFirstStep(input(0.6, { hedge: false })).choice.plan).not.toBe("hedge");
  });

  it("goes straight to the cloud when an SLO rules out waiting for local answers", () => {
    const plan = planFirstStep(
      input(0.9, {
        expectedMs: new Map([
          ["a", 6000],
          ["b", 6000],
          ["cloud", 2500],
        ]),
        sloMs: 4000,
        hedge: false,
      }),
    );
    expect(plan.choice).toMatchObject({ plan: "direct", modelId: "cloud" });
  });

  it("answers with one local model alone when its lone answer is trustworthy and a shared device makes the pair slow", () => {
    const plan = planFirstStep(input(0.05, { outcomes: outcomes(0.05, 0.97), sharedLocalDevice: true }));
    expect(plan.choice).toMatchObject({ plan: "solo", modelId: "b" });
    const pair = plan.options.find((option) => option.plan === "cascade")!;
    expect(pair.expectedMs).toBeCloseTo(4000 + 0.05 * 2500);
    expect(plan.choice.expectedMs).toBeCloseTo(2000);
    expect(planFirstStep(input(0.05, { outcomes: outcomes(0.05, 0.97), sharedLocalDevice: true, loneLocalAnswers: false })).choice.plan).toBe("cascade");
    // Without a trustworthy lone answer the pair's agreement check is worth its time.
    expect(planFirstStep(input(0.05, { sharedLocalDevice: true })).choice.plan).toBe("cascade");
  });

  it("expects the pair to take the slower call plus the learned device sharing times the faster one", () => {
    const pairMs = (deviceSharing: number) =>
      planFirstStep(input(0.05, { outcomes: outcomes(0.05, 0.97), sharedLocalDevice: true, deviceSharing })).options.find(
        (option) => option.plan === "cascade",
      )!.expectedMs;
    // a and b take 2 s each: separate devices 2 s, half-shared 3 s, one device 4 s (plus the expected escalation).
    expect(pairMs(0) - pairMs(1)).toBeCloseTo(-2000);
    expect(pairMs(0.5) - pairMs(0)).toBeCloseTo(1000);
    // A lone answer a little less trustworthy than the pair: worth its saved time on one device, not on separate ones.
    expect(planFirstStep(input(0.05, { outcomes: outcomes(0.05, 0.93), deviceSharing: 1 })).choice.plan).toBe("solo");
    expect(planFirstStep(input(0.05, { outcomes: outcomes(0.05, 0.93), deviceSharing: 0 })).choice.plan).toBe("cascade");
  });

  it("hedges only cloud calls, never the other local model", () => {
    const plan = planFirstStep(input(0.6, { outcomes: outcomes(0.6, 0.2), sharedLocalDevice: true }));
    for (const option of plan.options.filter((entry) => entry.hedge !== undefined)) expect(option.hedge).toBe("cloud");
    expect(plan.options.filter((option) => option.plan === "solo").map((option) => option.modelId)).toEqual(["a", "b"]);
  });

  it("values a direct call with what the verifier may do after it (a local check of its answer, one after the other)", () => {
    // Latency free: checking the cloud answer with local a (free) lifts it from 0.9 to 0.4 x 0.95 + 0.6 x 0.9.
    const direct = (directFollowUps: boolean) =>
      planFirstStep(input(0.6, { latencyWeight: 0, directFollowUps })).options.find((option) => option.plan === "direct")!;
    expect(direct(false)).toMatchObject({ modelId: "cloud", expectedQuality: 0.9, expectedMs: 2500 });
    expect(direct(false).value).toBeCloseTo(0.9 - 0.1);
    expect(direct(true).expectedQuality).toBeCloseTo(0.92);
    expect(direct(true).value).toBeCloseTo(0.92 - 0.1);
    expect(direct(true).expectedMs).toBeCloseTo(2500 + 2000);
    // With latency weighed the check's wait is priced: at 0.02 per second it is not worth 2 points.
    const weighed = planFirstStep(input(0.6)).options.find((option) => option.plan === "direct")!;
    expect(weighed.expectedMs).toBeCloseTo(2500);
    expect(weighed.value).toBeCloseTo(0.9 - 0.1 - 0.05);
  });
});

/**
 * A lone local answer a, then the cheap cloud model (mini) that always disagrees with it; a local
 * check by b then sides with one of the two (half the time each): siding with mini makes mini
 * trustworthy (0.85), siding with a leaves a at 0.6, where the strongest model (top, 0.9) is worth calling.
 */
function chainOutcomes(): CascadeOutcomeModel {
  const checked = (called: readonly string[]) => called.length === 3 && called[0] === "a" && called[1] === "mini" && called[2] === "b";
  return {
    knows: () => true,
    success(called, pattern, modelId) {
      if (modelId === "top") return 0.9;
      if (checked(called)) {
        const sidesWithMini = pattern[2] === 1;
        if (modelId === "mini") return sidesWithMini ? 0.85 : 0.1;
        return sidesWithMini ? 0.1 : 0.6;
      }
      return 0.5;
    },
    nextAnswers(called, pattern, modelId) {
      if (called.length === 0) return [{ value: 0, probability: 1 }];
      if (modelId === "b" && called.length === 2 && called[0] === "a" && called[1] === "mini" && pattern[1] === 1)
        return [
          { value: 1, probability: 0.5 },
          { value: 0, probability: 0.5 },
        ];
      return [{ value: called.length, probability: 1 }];
    },
  };
}

function chainInput(overrides: Partial<FirstStepInput> = {}): FirstStepInput {
  return {
    outcomes: chainOutcomes(),
    first: "a",
    peer: "b",
    candidates: [
      { modelId: "a", tier: "local", relativeCost: 0 },
      { modelId: "b", tier: "local", relativeCost: 0 },
      { modelId: "mini", tier: "cloud", relativeCost: 0.05, latencyPenalty: 0.02 * 3 },
      { modelId: "top", tier: "cloud", relativeCost: 1, latencyPenalty: 0.02 * 2.5 },
    ],
    expectedMs: new Map([
      ["a", 1000],
      ["b", 1000],
      ["mini", 3000],
      ["top", 2500],
    ]),
    priorSuccess: new Map([
      ["a", 0.5],
      ["b", 0.5],
      ["mini", 0.5],
      ["top", 0.9],
    ]),
    costWeight: 0.2,
    latencyWeight: 0.02,
    hedgeCostWeight: 0.2,
    spentShare: () => 0.5,
    hedge: false,
    callsLeft: 3,
    sloPenalty: 0.5,
    ...overrides,
  };
}

describe("the first step looking three calls ahead (bandit.planningLookahead: 3)", () => {
  const soloA = (plan: ReturnType<typeof planFirstStep>) => plan.options.find((option) => option.plan === "solo" && option.modelId === "a")!;

  it("values a lone answer with the cheap cloud answer, the local check of the two and the escalation after it", () => {
    expect(FIRST_STEP_LOOKAHEAD).toBe(2); // the default; three is opt-in
    // After a and mini disagree, b's check is worth −0.02 + ½ × 0.85 (mini kept) + ½ × (0.9 − 0.2 − 0.05) (top after it) = 0.73,
    // more than calling top at once (0.65); mini itself costs 0.2 × 0.05 + 0.06, a's own second 0.02.
    const deep = soloA(planFirstStep(chainInput({ lookahead: 3 })));
    expect(deep.value).toBeCloseTo(-0.02 - 0.07 + (-0.02 + 0.5 * 0.85 + 0.5 * 0.65));
    expect(deep.expectedMs).toBe(1000 + 3000);
    // Two calls ahead, b's check after mini was valued by its own success (0.5): the plan escalated to top at once.
    const shallow = soloA(planFirstStep(chainInput({ lookahead: 2 })));
    expect(shallow.value).toBeCloseTo(-0.02 + 0.9 - 0.2 - 0.05);
    expect(shallow.expectedMs).toBe(1000 + 2500);
  });
});

describe("bandit.planningLookahead", () => {
  it("defaults to 2, accepts 1–3 and refuses anything else", () => {
    const models = [{ id: "local", provider: "ollama", model: "llama3", tier: "local" }];
    expect(parseConfig({ models }).bandit.planningLookahead).toBe(2);
    expect(parseConfig({ models, bandit: { planningLookahead: 3 } }).bandit.planningLookahead).toBe(3);
    expect(() => parseConfig({ models, bandit: { planningLookahead: 4 } })).toThrow(/planningLookahead/);
    expect(() => parseConfig({ models, bandit: { planningLookahead: 2.5 } })).toThrow(/planningLookahead/);
  });
});

describe("first answers timed by branch (bandit.branchOutputLengths)", () => {
  it("times each branch by its answers' P(right): the escalating (disputed) branch waits longer, and a hedge saves that wait", () => {
    const times = { right: 1500, wrong: 3000 };
    const branchMs = new Map([
      ["a", times],
      ["b", times],
    ]);
    const option = (plan: ReturnType<typeof planFirstStep>, kind: string) => plan.options.find((entry) => entry.plan === kind)!;
    const mean = planFirstStep(input(0.5));
    const branched = planFirstStep(input(0.5, { branchMs }));
    // The disputed half escalates: both answers right 40% (1500·0.4 + 3000·0.6 = 2400 ms); the agreeing half is kept (95%: 1575 ms).
    expect(branched.escalation.get("cloud")).toBeCloseTo(0.5);
    expect(option(branched, "cascade").expectedMs).toBeCloseTo(0.5 * 1575 + 0.5 * 2400 + 0.5 * 2500);
    expect(option(mean, "cascade").expectedMs).toBeCloseTo(2000 + 0.5 * 2500);
    // The hedge saves 2.4 s of the cloud call on the escalating branch, not the mean 2 s.
    expect(option(branched, "cascade").expectedMs - option(branched, "hedge").expectedMs).toBeCloseTo(0.5 * 2400);
    expect(option(mean, "cascade").expectedMs - option(mean, "hedge").expectedMs).toBeCloseTo(0.5 * 2000);
  });
});
