import { describe, expect, it } from "vitest";
import { createLatencyExpectations, priorCallMs, stepBoundedAverage, type LatencyPrior } from "../../src/policies/latency-expectation.js";

describe("local model usual speed", () => {
  const gpuPrior: LatencyPrior = { ttftMs: 200, tokensPerSecond: 50, local: true };
  const make = () =>
    createLatencyExpectations({
      priors: new Map([
        ["local", gpuPrior],
        ["cloud", { ttftMs: 300, tokensPerSecond: 80 }],
      ]),
      alpha: 0.2,
      halfLifeMs: 1000,
    });

  it("fades a local model's slowdown toward its usual speed on this hardware, a cloud model's toward 1", () => {
    const expectations = make();
    const localMs = priorCallMs(gpuPrior, 100);
    for (let call = 0; call < 50; call += 1) expectations.observe("local", localMs * 3, 100, call);
    expectations.observe("cloud", priorCallMs({ ttftMs: 300, tokensPerSecond: 80 }, 100) * 3, 100, 0);
    const later = 1_000_000;
    expect(expectations.expected("local", 100, later).slowdown).toBeGreaterThan(2.5);
    expect(expectations.expected("cloud", 100, later).slowdown).toBeCloseTo(1, 5);
  });

  it("bounds each step of the usual average, so a burst of slow calls barely moves it", () => {
    let average = stepBoundedAverage(undefined, 0);
    for (let call = 0; call < 20; call += 1) average = stepBoundedAverage(average, 0);
    const before = average.value;
    average = stepBoundedAverage(average, Math.log(10));
    expect(average.value - before).toBeLessThanOrEqual(0.1 + 1e-12);
    expect(average.count).toBe(22);
  });
});
