import { describe, expect, it } from "vitest";
import { sampleBeta, scoreCandidates, type BanditCandidate } from "../../src/policies/bandit.js";
import { createCircuitBreakers } from "../../src/policies/circuit-breaker.js";
import { createLatencyTracker } from "../../src/policies/latency-tracker.js";
import { createSeededRandom, createVirtualClock } from "../../src/policies/clock.js";
import { eligibleModels, nextRung, resolveLadder } from "../../src/policies/ladder.js";
import { modelRetryDelayMs } from "../../src/policies/retry-backoff.js";

const candidate = (overrides: Partial<BanditCandidate>): BanditCandidate => ({
  modelId: "m",
  priorMean: 0.5,
  priorStrength: 4,
  evidence: undefined,
  relativeCost: 0,
  expectedSeconds: 0,
  overSlo: false,
  ...overrides,
});

describe("Thompson sampling", () => {
  it("samples Beta with the right mean", () => {
    const random = createSeededRandom(7);
    let sum = 0;
    for (let index = 0; index < 4000; index++) sum += sampleBeta(3, 7, random);
    expect(sum / 4000).toBeCloseTo(0.3, 1);
  });

  it("learns from evidence and trades quality for cost", () => {
    const random = createSeededRandom(1);
    const weights = { costWeight: 0.3, latencyWeight: 0, sloPenalty: 0.5, explore: false };
    const cheapGood = candidate({ modelId: "local", evidence: { successes: 90, failures: 10 } });
    const pricey = candidate({ modelId: "cloud", priorMean: 0.95, relativeCost: 1 });
    expect(scoreCandidates([cheapGood, pricey], weights, random)[0]!.modelId).toBe("local");
    const cheapBad = candidate({ modelId: "local", evidence: { successes: 5, failures: 95 } });
    expect(scoreCandidates([cheapBad, pricey], weights, random)[0]!.modelId).toBe("cloud");
  });

  it("penalises a model over its latency SLO", () => {
    const scored = scoreCandidates(
      [candidate({ modelId: "slow", priorMean: 0.9, overSlo: true }), candidate({ modelId: "fast", priorMean: 0.8 })],
      { costWeight: 0, latencyWeight: 0, sloPenalty: 0.5, explore: false },
      Math.random,
    );
    expect(scored[0]!.modelId).toBe("fast");
  });
});

describe("circuit breaker", () => {
  it("opens after repeated failures, half-opens after the wait, closes on success", () => {
    const clock = createVirtualClock();
    const breakers = createCircuitBreakers({ failureThreshold: 2, openMs: 1000 }, clock);
    breakers.recordFailure("m");
    expect(breakers.state("m")).toBe("closed");
    breakers.recordFailure("m");
    expect(breakers.state("m")).toBe("open");
    expect(breakers.tryAcquire("m")).toBe(false);
    clock.advance(1000);
    expect(breakers.tryAcquire("m")).toBe(true);
    expect(breakers.tryAcquire("m")).toBe(false);
    breakers.recordSuccess("m");
    expect(breakers.state("m")).toBe("closed");
  });

  it("release() frees a half-open trial without closing or reopening the circuit", () => {
    const clock = createVirtualClock();
    const breakers = createCircuitBreakers({ failureThreshold: 1, openMs: 1000 }, clock);
    breakers.recordFailure("m");
    clock.advance(1000);
    expect(breakers.tryAcquire("m")).toBe(true);
    breakers.release("m");
    expect(breakers.state("m")).toBe("half-open");
    expect(breakers.tryAcquire("m")).toBe(true);
  });
});

describe("latency tracker, ladder and backoff", () => {
  it("tracks moving averages and a p95", () => {
    const tracker = createLatencyTracker(0.5);
    for (let index = 1; index <= 100; index++) tracker.record("m", index, index / 2);
    const estimate = tracker.estimate("m");
    expect(estimate.totalP95Ms).toBeGreaterThanOrEqual(95);
    expect(estimate.totalEwmaMs).toBeGreaterThan(90);
    expect(estimate.ttftEwmaMs).toBeGreaterThan(45);
  });

  it("climbs the ladder over eligible untried models only", () => {
    const models = [
      { id: "a", tier: "local" as const },
      { id: "x", tier: "cloud" as const },
      { id: "b", tier: "local" as const },
    ];
    const ladder = resolveLadder(models, undefined);
    expect(ladder).toEqual(["a", "b", "x"]);
    const { eligible } = eligibleModels({ models, pinnedLocal: true, unavailable: new Set(), tooSmall: new Set() });
    expect(nextRung(ladder, "a", new Set(eligible), new Set(["a"]))).toBe("b");
    expect(nextRung(ladder, "b", new Set(eligible), new Set(["a", "b"]))).toBeUndefined();
  });

  it("backs off exponentially with jitter and honours Retry-After", () => {
    expect(modelRetryDelayMs(3, 100, () => 0.5)).toBe(400);
    expect(modelRetryDelayMs(0, 100, () => 0.5, 2000)).toBe(2000);
  });
});
