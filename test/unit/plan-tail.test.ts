import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import { planFirstStep, type FirstStepInput } from "../../src/learning/first-step-plan.js";
import type { CascadeOutcomeModel } from "../../src/learning/learned-cascade.js";
import { firstStepFixture } from "./first-step-fixture.js";
import { normalCdf, planTimeBranches, sloMissProbability, type PlanTailInput } from "../../src/learning/plan-tail.js";

/** A lone local answer ("local", right 40%), then "mini" (agrees 60%: accepted), else "strong" after it. */
const chain: CascadeOutcomeModel = {
  knows: () => true,
  success(called, pattern, modelId) {
    if (modelId === "strong") return 0.95;
    if (called.length === 2 && pattern[1] === 0) return 0.95;
    return modelId === "mini" ? 0.5 : 0.4;
  },
  nextAnswers(called) {
    if (called.length === 0) return [{ value: 0, probability: 1 }];
    if (called.length === 1)
      return [
        { value: 0, probability: 0.6 },
        { value: 1, probability: 0.4 },
      ];
    return [{ value: called.length, probability: 1 }];
  },
};

const tailInput: PlanTailInput = {
  outcomes: chain,
  candidates: [
    { modelId: "local", tier: "local", relativeCost: 0 },
    { modelId: "mini", tier: "cloud", relativeCost: 0.05 },
    { modelId: "strong", tier: "cloud", relativeCost: 1 },
  ],
  expectedMs: new Map([
    ["local", 4000],
    ["mini", 3000],
    ["strong", 2500],
  ]),
  costWeight: 0.1,
  callsLeft: 3,
  lookahead: 3,
  deviceSharing: 1,
};

describe("a plan's time branch by branch (bandit.sloMiss)", () => {
  it("lays out the chain a lone local answer starts: each call after the other", () => {
    const branches = planTimeBranches(tailInput, { models: ["local"] });
    expect(branches).toHaveLength(2);
    expect(branches.find((branch) => branch.ms === 7000)?.probability).toBeCloseTo(0.6);
    expect(branches.find((branch) => branch.ms === 9500)?.probability).toBeCloseTo(0.4);
  });

  it("a hedge started with the local answer ends at the later of the two, not after it", () => {
    const branches = planTimeBranches(tailInput, { models: ["local"], hedge: "mini" });
    expect(branches.map((branch) => branch.ms).sort((a, b) => a - b)).toEqual([4000, 6500]);
  });

  it("a direct call starts with the model itself, and two local answers at once share the device", () => {
    expect(planTimeBranches(tailInput, { models: ["strong"] })).toEqual([{ probability: 1, ms: 2500 }]);
    const pair = planTimeBranches({ ...tailInput, deviceSharing: 0.5, callsLeft: 0 }, { models: ["local", "local"] });
    expect(pair[0]!.ms).toBe(6000);
  });
});

describe("P(a plan's time exceeds the objective)", () => {
  it("is the share of branches past it with no spread, and log-normal about each branch with one", () => {
    const branches = [
      { probability: 0.7, ms: 2000 },
      { probability: 0.3, ms: 9000 },
    ];
    expect(sloMissProbability(branches, 6000, 0)).toBeCloseTo(0.3);
    expect(sloMissProbability([{ probability: 1, ms: 6000 }], 6000, 0.5)).toBeCloseTo(0.5);
    // ln(6000 / 3000) / 0.5 = 1.386 standard deviations: 8.3% of a 3 s plan's time runs past 6 s.
    expect(sloMissProbability([{ probability: 1, ms: 3000 }], 6000, 0.5)).toBeCloseTo(0.0829, 3);
  });

  it("normalCdf matches the standard normal", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 3);
    expect(normalCdf(-1)).toBeCloseTo(0.1587, 4);
  });
});

/** Two local models that disagree 60% of the time (then the cloud model, 2.5 s, answers); a 4 s objective, no lone answers, separate devices. */
function firstStep(overrides: Partial<FirstStepInput>): FirstStepInput {
  const outcomes: CascadeOutcomeModel = {
    knows: () => true,
    success: (called, pattern, modelId) => (modelId === "cloud" ? 0.9 : called.length === 2 && pattern[1] === 0 ? 0.95 : 0.4),
    nextAnswers: (called) =>
      called.length === 1
        ? [
            { value: 0, probability: 0.4 },
            { value: 1, probability: 0.6 },
          ]
        : [{ value: called.length, probability: 1 }],
  };
  return firstStepFixture(outcomes, { loneLocalAnswers: false, sloMs: 4000, deviceSharing: 0, ...overrides });
}

describe("the first step with bandit.sloMiss", () => {
  it("charges a plan sloPenalty x P(miss), not by its mean: the cascade's disputed branch (4.5 s) misses a 4 s objective its mean (3.5 s) meets", () => {
    const plain = planFirstStep(firstStep({}));
    const tail = planFirstStep(firstStep({ sloMiss: { spread: 0 } }));
    const value = (plan: typeof plain, kind: string) => plan.options.find((option) => option.plan === kind)!.value;
    expect(value(tail, "cascade")).toBeCloseTo(value(plain, "cascade") - 0.5 * 0.6);
    // The hedged cloud answer is in at 2.5 s, within the objective on every branch: no charge.
    expect(value(tail, "hedge")).toBeCloseTo(value(plain, "hedge"));
    expect(tail.choice.plan).not.toBe("cascade");
  });

  it("changes nothing without an objective", () => {
    const plain = planFirstStep(firstStep({ sloMs: undefined }));
    const tail = planFirstStep(firstStep({ sloMs: undefined, sloMiss: { spread: 0.5 } }));
    expect(tail.options.map((option) => option.value)).toEqual(plain.options.map((option) => option.value));
  });

  it("is off by default and refused without a latency objective", () => {
    const models = [{ id: "m", provider: "ollama", model: "m", tier: "local" }];
    expect(parseConfig({ models }).bandit.sloMiss).toEqual({ enabled: false, spread: 0.5 });
    expect(() => parseConfig({ models, bandit: { sloMiss: { enabled: true } } })).toThrow(/sloMiss needs a latency objective/);
    expect(parseConfig({ models, bandit: { latencySloMs: 6000, sloMiss: { enabled: true } } }).bandit.sloMiss.enabled).toBe(true);
    expect(() => parseConfig({ models, bandit: { latencySloMs: 6000, sloMiss: { enabled: true, spred: 1 } } })).toThrow(/spred/);
  });
});
