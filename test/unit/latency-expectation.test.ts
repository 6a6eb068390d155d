import { describe, expect, it } from "vitest";
import { createLatencyExpectations, priorCallMs } from "../../src/policies/latency-expectation.js";
import { expectedQueueWaitMs } from "../../src/policies/serving-queue.js";
import { spentShareOf, tokensGeneratedBy } from "../../src/policies/hedge-cost.js";

describe("latency expectations", () => {
  const priors = new Map([
    ["cloud", { ttftMs: 400, tokensPerSecond: 100 }],
    ["local", { ttftMs: 100, tokensPerSecond: 50, maxConcurrency: 2 }],
  ]);

  it("expects the prior until measured, follows a spike, and fades back toward the prior while the model is not called", () => {
    const expectations = createLatencyExpectations({ priors, alpha: 1, halfLifeMs: 10_000 });
    expect(expectations.expected("cloud", 200, 0).totalMs).toBeCloseTo(priorCallMs(priors.get("cloud")!, 200));
    expectations.observe("cloud", 24_000, 200, 0); // ten times the expected 2.4 s
    expect(expectations.expected("cloud", 200, 0).slowdown).toBeCloseTo(10);
    expect(expectations.expected("cloud", 200, 10_000).slowdown).toBeCloseTo(Math.sqrt(10));
    expect(expectations.expected("cloud", 200, 100_000).slowdown).toBeLessThan(1.01);
  });

  it("adds the queue wait of a model with maxConcurrency once its slots are taken", () => {
    const expectations = createLatencyExpectations({ priors, alpha: 0.2, halfLifeMs: 60_000 });
    const alone = expectations.expected("local", 100, 0).totalMs;
    expectations.inFlight.begin("local");
    expectations.inFlight.begin("local");
    expect(expectations.expected("local", 100, 0).queueMs).toBeCloseTo(alone / 2);
    expectations.inFlight.end("local");
    expect(expectations.expected("local", 100, 0).queueMs).toBe(0);
    expect(expectedQueueWaitMs(5, undefined, 1000)).toBe(0);
    expect(expectedQueueWaitMs(3, 1, 1000)).toBe(3000);
  });

  it("prices a cancelled call by its input and the tokens generated before the cancel", () => {
    expect(tokensGeneratedBy(300, 400, 2400, 200)).toBe(0);
    expect(tokensGeneratedBy(1400, 400, 2400, 200)).toBe(100);
    expect(tokensGeneratedBy(9999, 400, 2400, 200)).toBe(200);
    const pricing = { inputPer1M: 1, outputPer1M: 1 };
    expect(spentShareOf(pricing, 100, 100, { ttftMs: 0, totalMs: 1000 }, 500)).toBeCloseTo(0.75);
  });

  it("measures a local call on a shared device net of the time it shared it, and expects sharing while local calls run", () => {
    const shared = new Map([
      ["a", { ttftMs: 0, tokensPerSecond: 100, local: true }],
      ["b", { ttftMs: 0, tokensPerSecond: 100, local: true }],
      ["cloud", { ttftMs: 0, tokensPerSecond: 100 }],
    ]);
    const expectations = createLatencyExpectations({ priors: shared, alpha: 1, halfLifeMs: 60_000, sharedLocalDevice: true });
    const a = expectations.beginCall("a", 0);
    const b = expectations.beginCall("b", 0);
    const cloud = expectations.beginCall("cloud", 0);
    expect(expectations.expected("a", 100, 0).totalMs).toBeCloseTo(3000); // two local calls running: a third gets a third of the device
    expect(expectations.expected("cloud", 100, 0).totalMs).toBeCloseTo(1000);
    // b (1 s of work) ends at 2 s at half speed; a (2 s of work) ends at 3 s.
    expect(expectations.endCall(b, 2000, 2000)).toBeCloseTo(1000);
    expect(expectations.endCall(a, 3000, 3000)).toBeCloseTo(2000);
    expect(expectations.endCall(cloud, 3000, 3000)).toBe(3000);
    expect(expectations.inFlight.count("a")).toBe(0);
    const separate = createLatencyExpectations({ priors: shared, alpha: 1, halfLifeMs: 60_000, sharedLocalDevice: false });
    const first = separate.beginCall("a", 0);
    separate.beginCall("b", 0);
    expect(separate.endCall(first, 2000, 2000)).toBe(2000);
  });
});
