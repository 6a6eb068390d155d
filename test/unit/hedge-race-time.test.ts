import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import { planFirstStep } from "../../src/learning/first-step-plan.js";
import { acceptedAlone, hedgeRace } from "../../src/learning/hedge-race-time.js";
import type { CascadeOutcomeModel } from "../../src/learning/learned-cascade.js";
import { firstStepFixture } from "./first-step-fixture.js";

/** The cloud model's answer alone is right 97% of the time (the planner accepts it); a lone local answer 60%. */
const trusted: CascadeOutcomeModel = {
  knows: () => true,
  success: (called, _pattern, modelId) => (modelId === "cloud" ? 0.97 : called.length === 2 ? 0.9 : 0.6),
  nextAnswers: (called) =>
    called.length === 1
      ? [
          { value: 0, probability: 0.5 },
          { value: 1, probability: 0.5 },
        ]
      : [{ value: called.length, probability: 1 }],
};

describe("the hedge race's time", () => {
  it("with no spread: a quicker hedge accepted alone ends the request at its own time, skipping what follows the local answer", () => {
    expect(hedgeRace({ localMs: 4000, hedgeMs: 2000, acceptHedge: 1, afterLocalMs: 1000, spread: 0 })).toEqual({ hedgeFirst: 1, savedMs: 3000 });
    expect(hedgeRace({ localMs: 4000, hedgeMs: 2000, acceptHedge: 0.5, afterLocalMs: 1000, spread: 0 }).savedMs).toBeCloseTo(1500);
    expect(hedgeRace({ localMs: 2000, hedgeMs: 3000, acceptHedge: 1, afterLocalMs: 1000, spread: 0 })).toEqual({ hedgeFirst: 0, savedMs: 0 });
    expect(hedgeRace({ localMs: 4000, hedgeMs: 2000, acceptHedge: 0, afterLocalMs: 1000, spread: 0.5 }).savedMs).toBe(0);
  });

  it("with a spread: equal means race evenly, and E[(local - hedge)+] is Margrabe's m(Φ(σ/2) - Φ(-σ/2))", () => {
    const race = hedgeRace({ localMs: 1000, hedgeMs: 1000, acceptHedge: 1, afterLocalMs: 0, spread: 0.5 });
    expect(race.hedgeFirst).toBeCloseTo(0.5, 6);
    // σ = 0.5·√2 = 0.7071: 1000 × (Φ(0.3536) − Φ(−0.3536)) = 276.3 ms.
    expect(race.savedMs).toBeCloseTo(276.3, 0);
    const spread = hedgeRace({ localMs: 4000, hedgeMs: 2000, acceptHedge: 1, afterLocalMs: 1000, spread: 0.5 });
    expect(spread.hedgeFirst).toBeGreaterThan(0.8);
    expect(spread.hedgeFirst).toBeLessThan(1);
    expect(spread.savedMs).toBeGreaterThan(2000);
  });

  it("counts the hedge's answer accepted alone only where the planner would not call on", () => {
    const input = {
      outcomes: trusted,
      candidates: firstStepFixture(trusted).candidates,
      costWeight: 0.1,
      callsLeft: 3,
      lookahead: 3,
      memo: new Map<string, number>(),
    };
    expect(acceptedAlone(input, "cloud")).toBe(1);
    const doubtful: CascadeOutcomeModel = {
      ...trusted,
      success: (called, pattern, modelId) => (called.length === 1 ? 0.5 : trusted.success(called, pattern, modelId)),
    };
    expect(acceptedAlone({ ...input, outcomes: doubtful, memo: new Map() }, "cloud")).toBe(0);
  });
});

describe("the first step with bandit.hedge.raceTime", () => {
  const slowLocal = {
    expectedMs: new Map([
      ["a", 4000],
      ["b", 4000],
      ["cloud", 2000],
    ]),
    latencyWeight: 0.05,
  };

  it("plans a hedge shorter when the hedge likely answers first and is accepted alone; the other plans are unchanged", () => {
    const plain = planFirstStep(firstStepFixture(trusted, slowLocal));
    const race = planFirstStep(firstStepFixture(trusted, { ...slowLocal, hedgeRace: { spread: 0 } }));
    const find = (plan: typeof plain, kind: string) => plan.options.find((option) => option.plan === kind)!;
    expect(find(race, "solo-hedge").expectedMs).toBeCloseTo(2000);
    expect(find(plain, "solo-hedge").expectedMs).toBeGreaterThan(3900);
    expect(find(race, "solo-hedge").value).toBeGreaterThan(find(plain, "solo-hedge").value);
    expect(find(race, "solo").value).toBeCloseTo(find(plain, "solo").value);
    expect(find(race, "direct").value).toBeCloseTo(find(plain, "direct").value);
  });

  it("the traced planned time of a chosen hedge plan counts the race too", () => {
    const forced = { ...slowLocal, hedgeCostWeight: 0, costWeight: 0.2 };
    const plain = planFirstStep(firstStepFixture(trusted, forced));
    const race = planFirstStep(firstStepFixture(trusted, { ...forced, hedgeRace: { spread: 0 } }));
    expect(race.choice.hedge).toBe("cloud");
    expect(race.planned.totalMs).toBeCloseTo(2000);
    expect(race.planned.savedMs).toBeGreaterThan(plain.planned.savedMs);
  });

  it("is off by default, validated strictly", () => {
    const models = [{ id: "m", provider: "ollama", model: "m", tier: "local" }];
    expect(parseConfig({ models }).bandit.hedge.raceTime).toBeUndefined();
    expect(parseConfig({ models, bandit: { hedge: { raceTime: {} } } }).bandit.hedge.raceTime).toEqual({ enabled: true, spread: 0.5 });
    expect(() => parseConfig({ models, bandit: { hedge: { raceTime: { spred: 1 } } } })).toThrow(/spred/);
    expect(() => parseConfig({ models, bandit: { hedge: { raceTime: { spread: -1 } } } })).toThrow();
  });
});
