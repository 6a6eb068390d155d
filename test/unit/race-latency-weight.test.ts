import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import { withRaceLatencyWeight } from "../../src/learning/race-latency-weight.js";

describe("bandit.hedge.raceLatencyWeight: the wait after a hedge answered first, weighed at a floor", () => {
  const terms = { latencyWeight: 0.01, sloMs: 6000, sloPenalty: 0.3 };

  it("raises the latency weight to the floor and keeps the objective", () => {
    expect(withRaceLatencyWeight(terms, 0.1)).toEqual({ latencyWeight: 0.1, sloMs: 6000, sloPenalty: 0.3 });
  });

  it("never lowers it, and leaves it without a floor", () => {
    expect(withRaceLatencyWeight(terms, 0.005)).toBe(terms);
    expect(withRaceLatencyWeight(terms, undefined)).toBe(terms);
  });

  it("is opt-in and validated at the boundary", () => {
    const models = [{ id: "m", provider: "ollama", model: "m", tier: "local" }];
    expect(parseConfig({ models }).bandit.hedge.raceLatencyWeight).toBeUndefined();
    expect(parseConfig({ models, bandit: { hedge: { raceLatencyWeight: 0.1 } } }).bandit.hedge.raceLatencyWeight).toBe(0.1);
    expect(() => parseConfig({ models, bandit: { hedge: { raceLatencyWeight: -1 } } })).toThrow(/raceLatencyWeight/);
  });
});
