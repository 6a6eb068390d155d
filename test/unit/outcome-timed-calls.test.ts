import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import { planEscalationHedge } from "../../src/learning/escalation-hedge.js";
import { planFirstStep } from "../../src/learning/first-step-plan.js";
import { planCascadeStep, type CascadeOutcomeModel } from "../../src/learning/learned-cascade.js";
import { hedgeOverlapMs, outcomeTimedMs, outcomeTimedPenalty } from "../../src/learning/outcome-timed-calls.js";
import { hedgeInput } from "./escalation-hedge-fixture.js";

/** Local models "a" and "b" (right 40%, 95% when they agree); "cloud" is right 95% asked first, 90% after agreeing local answers, 60% after disputed ones. */
const outcomes: CascadeOutcomeModel = {
  knows: () => true,
  success(called, pattern, modelId) {
    if (modelId === "cloud") return called.length === 0 || called[0] === "cloud" ? 0.95 : pattern[1] === 0 ? 0.9 : 0.6;
    return called.length === 2 && pattern[1] === 0 ? 0.95 : 0.4;
  },
  nextAnswers(called) {
    if (called.length === 0) return [{ value: 0, probability: 1 }];
    if (called.length === 1)
      return [
        { value: 0, probability: 0.5 },
        { value: 1, probability: 0.5 },
      ];
    return [{ value: called.length, probability: 1 }];
  },
};
// The cloud model writes 2 s when right, 6 s when wrong (mean 3 s); the local answers take 4 s.
const times = new Map([["cloud", { right: 2000, wrong: 6000 }]]);
const cloud = { modelId: "cloud", tier: "cloud" as const, relativeCost: 1, latencyPenalty: 0.03 };

describe("bandit.outcomeTimedCalls: calls timed by how their answer is likely to fall", () => {
  it("weighs a call's right and wrong times by its P(right) in the state it is made from", () => {
    expect(outcomeTimedMs(outcomes, times, [], [], "cloud")).toBeCloseTo(0.95 * 2000 + 0.05 * 6000);
    expect(outcomeTimedMs(outcomes, times, ["a", "b"], [0, 1], "cloud")).toBeCloseTo(0.6 * 2000 + 0.4 * 6000);
    expect(outcomeTimedMs(outcomes, times, [], [], "a")).toBeUndefined();
  });

  it("prices a call by cost and its outcome-timed seconds (SLO past the objective), else by its own penalty", () => {
    const price = outcomeTimedPenalty({ outcomes, times, costWeight: 0.1, latencyWeight: 0.01, sloMs: 3500, sloPenalty: 0.5 });
    expect(price(cloud, [], [])).toBeCloseTo(0.1 + 0.01 * 2.2);
    expect(price(cloud, ["a", "b"], [0, 1])).toBeCloseTo(0.1 + 0.01 * 3.6 + 0.5);
    expect(price({ modelId: "a", tier: "local", relativeCost: 0, latencyPenalty: 0.04 }, [], [])).toBeCloseTo(0.04);
    expect(outcomeTimedPenalty({ outcomes, times, costWeight: 0.1, latencyWeight: 0, sloPenalty: 0 })(cloud, [], [])).toBeCloseTo(0.13);
  });

  it("lets planCascadeStep price each state's calls: a call worth it at its mean time is not after a disputed answer", () => {
    const step = (penaltyAt?: Parameters<typeof planCascadeStep>[0]["penaltyAt"]) =>
      planCascadeStep({
        called: ["a", "b"],
        pattern: [0, 1],
        // 0.03 a second × its mean 3 s.
        remaining: [{ ...cloud, relativeCost: 0.1, latencyPenalty: 0.09 }],
        costWeight: 1,
        outcomes,
        ...(penaltyAt ? { penaltyAt } : {}),
      }).step.action;
    // Mean: 0.6 − 0.1 − 0.09 = 0.41 beats keeping a local answer (0.4); timed by outcome there (3.6 s): 0.6 − 0.1 − 0.108 = 0.392 does not.
    expect(step()).toBe("call");
    expect(step(outcomeTimedPenalty({ outcomes, times, costWeight: 1, latencyWeight: 0.03, sloPenalty: 0 }))).toBe("accept");
  });

  it("times the first step's escalations and direct calls by outcome, and a hedge saves the escalating branch's time", () => {
    const base = {
      outcomes,
      first: "a",
      peer: "b",
      candidates: [{ modelId: "a", tier: "local" as const, relativeCost: 0 }, { modelId: "b", tier: "local" as const, relativeCost: 0 }, cloud],
      expectedMs: new Map([
        ["a", 4000],
        ["b", 4000],
        ["cloud", 3000],
      ]),
      priorSuccess: new Map([["cloud", 0.95]]),
      costWeight: 0.1,
      latencyWeight: 0.01,
      hedgeCostWeight: 0.1,
      spentShare: () => 0.5,
      hedge: true,
      callsLeft: 3,
      sloPenalty: 0,
      loneLocalAnswers: false,
    };
    const option = (plan: ReturnType<typeof planFirstStep>, kind: string) => plan.options.find((entry) => entry.plan === kind)!;
    const mean = planFirstStep(base);
    const timed = planFirstStep({ ...base, outcomeTimes: times });
    // The disputed half escalates to the cloud, which takes 3.6 s there instead of its mean 3 s.
    expect(option(mean, "cascade").expectedMs).toBeCloseTo(4000 + 0.5 * 3000);
    expect(option(timed, "cascade").expectedMs).toBeCloseTo(4000 + 0.5 * 3600);
    // The hedge overlaps the 4 s local answers: it saves 3.6 s of the escalating branch's cloud call, not 3 s.
    expect(option(timed, "cascade").expectedMs - option(timed, "hedge").expectedMs).toBeCloseTo(0.5 * 3600);
    expect(option(mean, "cascade").expectedMs - option(mean, "hedge").expectedMs).toBeCloseTo(0.5 * 3000);
    // Asked first the cloud is likelier right, so shorter: the direct plan gains 0.8 s × the latency weight on its own call.
    expect(option(timed, "direct").value - option(mean, "direct").value).toBeCloseTo(0.01 * 0.8, 3);
  });

  it("makes an escalation hedge save the target's time on the branches that send the request on", () => {
    const outcomeTimes = new Map([
      ["mini", { right: 1500, wrong: 4500 }],
      ["strong", { right: 2500, wrong: 2500 }],
    ]);
    // Disputed branch: mini right 50% (3 s), strong 2.5 s: the hedge saves min(3, 2.5) s, not min(2, 2.5).
    const branches = [{ probability: 1, called: ["local", "mini"], pattern: [0, 1] }];
    expect(hedgeOverlapMs(hedgeInput(0.6, {}).outcomes, outcomeTimes, branches, "mini", "strong", () => 0)).toBeCloseTo(2500);
    const mean = planEscalationHedge(hedgeInput(0.6, {}))!;
    const timed = planEscalationHedge(hedgeInput(0.6, { outcomeTimes }))!;
    expect(mean.modelId).toBe("strong");
    expect(timed).toMatchObject({ modelId: "strong", probability: mean.probability });
    expect(timed.value - mean.value).toBeCloseTo((0.02 * mean.probability * (2500 - 2000)) / 1000);
  });

  it('is an opt-in bandit key (true or "cloud"), refused otherwise', () => {
    const models = [{ id: "local", provider: "ollama", model: "llama3", tier: "local" }];
    expect(parseConfig({ models }).bandit.outcomeTimedCalls).toBe(false);
    expect(parseConfig({ models, bandit: { outcomeTimedCalls: true } }).bandit.outcomeTimedCalls).toBe(true);
    expect(parseConfig({ models, bandit: { outcomeTimedCalls: "cloud" } }).bandit.outcomeTimedCalls).toBe("cloud");
    expect(() => parseConfig({ models, bandit: { outcomeTimedCalls: "yes" } })).toThrow(/outcomeTimedCalls/);
  });
});
