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
    // With both running calls about to be cancelled (a hedge won its race), a call gets the device alone.
    expect(expectations.expected("a", 100, 0, ["a", "b"]).totalMs).toBeCloseTo(1000);
    expect(expectations.expected("a", 100, 0, ["b"]).totalMs).toBeCloseTo(2000);
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

  it("learns the device sharing (auto) from local calls that overlapped, against the same model's calls alone", () => {
    const locals = new Map([
      ["a", { ttftMs: 0, tokensPerSecond: 100, local: true }],
      ["b", { ttftMs: 0, tokensPerSecond: 100, local: true }],
    ]);
    // A pair of calls of 100 tokens each (1 s alone at the prior) that take `pairMs` when run together.
    const run = (pairMs: number) => {
      const expectations = createLatencyExpectations({ priors: locals, alpha: 0.5, halfLifeMs: 60_000, sharedLocalDevice: "auto" });
      expect(expectations.deviceSharing()).toBe(1);
      let now = 0;
      for (let round = 0; round < 20; round++) {
        const alone = expectations.beginCall("a", now);
        now += 1000;
        expectations.endCall(alone, now, 1000, 100);
        const first = expectations.beginCall("a", now);
        const second = expectations.beginCall("b", now);
        now += pairMs;
        expectations.endCall(first, now, pairMs, 100);
        expectations.endCall(second, now, pairMs, 100);
      }
      return expectations;
    };
    const separate = run(1000);
    expect(separate.deviceSharing()).toBeLessThan(0.01);
    // Separate devices: a pair call's full-speed work is its whole time, and a local call expected while another runs is not slowed.
    const mark = separate.beginCall("a", 1e6);
    separate.beginCall("b", 1e6);
    expect(separate.expected("a", 100, 1e6).totalMs).toBeCloseTo(1000, -1);
    expect(separate.endCall(mark, 1e6 + 1000, 1000)).toBeCloseTo(1000);
    expect(run(2000).deviceSharing()).toBeGreaterThan(0.99);
    expect(run(1500).deviceSharing()).toBeCloseTo(0.5, 1);
    // Without calls alone there is no baseline: the sharing keeps its prior.
    const pairsOnly = createLatencyExpectations({ priors: locals, alpha: 0.5, halfLifeMs: 60_000, sharedLocalDevice: "auto" });
    const x = pairsOnly.beginCall("a", 0);
    const y = pairsOnly.beginCall("b", 0);
    pairsOnly.endCall(x, 1000, 1000, 100);
    pairsOnly.endCall(y, 1000, 1000, 100);
    expect(pairsOnly.deviceSharing()).toBe(1);
    expect(createLatencyExpectations({ priors: locals, alpha: 0.5, halfLifeMs: 60_000, sharedLocalDevice: false }).deviceSharing()).toBe(0);
  });
});
