import { describe, expect, it } from "vitest";
import { createSpikeDetector, spikeNote, spikeTermsOf } from "../../src/policies/spike-response.js";
import { adaptivityRanges } from "../../src/simulation/run-simulation.js";
import { adaptivityPartLines } from "../../src/simulation/format-table.js";
import { DEFAULT_CONFIG, parseConfig } from "../../src/config/index.js";

const options = { enabled: true, slowdown: 3, latencyWeight: 0.02, costScale: 0.5 };

describe("cloud latency spike response (bandit.spike)", () => {
  it("raises the latency weight and scales the cost weight only while a cloud model runs past the threshold", () => {
    expect(spikeTermsOf(options, 2.9, 0.005)).toEqual({ slowdown: 2.9, active: false, latencyWeight: 0.005, costScale: 1 });
    const spike = spikeTermsOf(options, 9.5, 0.005);
    expect(spike).toEqual({ slowdown: 9.5, active: true, latencyWeight: 0.02, costScale: 0.5 });
    expect(spikeNote(spike)).toBe("cloud latency spike (x9.5 its expectation): latency weight 0.02, cost weight x0.5");
    // A configured latency weight above the spike's is kept.
    expect(spikeTermsOf(options, 9.5, 0.05).latencyWeight).toBe(0.05);
    expect(spikeTermsOf({ ...options, enabled: false }, 20, 0.005)).toMatchObject({ active: false, latencyWeight: 0.005, costScale: 1 });
  });

  it("detects the spike from the cloud tier's latest calls, and its end when they are back to normal or age out", () => {
    const detector = createSpikeDetector({ calls: 5, maxAgeMs: 60_000 });
    expect(detector.slowdown(0)).toBe(1);
    for (const [at, ratio] of [
      [0, 1.1],
      [1000, 0.9],
      [2000, 1],
    ] as const)
      detector.record(ratio, at);
    expect(detector.slowdown(2000)).toBe(1);
    // Three slow calls of the last five: a spike (the median), at once, not after a moving average catches up.
    for (const at of [3000, 4000, 5000]) detector.record(10, at);
    expect(detector.slowdown(5000)).toBe(10);
    // Normal calls again: the spike is over when they are the majority of the last five.
    detector.record(1, 6000);
    expect(detector.slowdown(6000)).toBe(10);
    detector.record(1.2, 7000);
    detector.record(1, 8000);
    expect(detector.slowdown(8000)).toBe(1.2);
    // No cloud call for a while: the slow calls age out and nothing is known (1).
    const quiet = createSpikeDetector({ calls: 5, maxAgeMs: 60_000 });
    for (const at of [0, 1000, 2000]) quiet.record(10, at);
    expect(quiet.slowdown(61_000)).toBe(10);
    expect(quiet.slowdown(62_001)).toBe(1);
    quiet.record(Number.NaN, 63_000);
    expect(quiet.slowdown(63_000)).toBe(1);
  });

  it("is configured strictly, with the defaults measured on the spike scenario", () => {
    const input = { ...structuredClone(DEFAULT_CONFIG), bandit: {} as Record<string, unknown> };
    const config = parseConfig(input);
    expect(config.bandit.spike).toEqual({ enabled: true, slowdown: 3, latencyWeight: 0.01, costScale: 0.1, calls: 5, maxAgeMs: 60_000 });
    const withSpike = (spike: unknown) => parseConfig({ ...input, bandit: { ...input.bandit, spike } });
    expect(withSpike({ costScale: 0.2 }).bandit.spike).toMatchObject({ enabled: true, slowdown: 3, latencyWeight: 0.01, costScale: 0.2 });
    expect(() => withSpike({ slowdown: 1 })).toThrow(/bandit\.spike\.slowdown/);
    expect(() => withSpike({ factor: 2 })).toThrow(/factor/);
  });
});

describe("adaptivity report by part", () => {
  it("splits the replay into before, during, the first window after (recovery) and after the stretch", () => {
    expect(adaptivityRanges({ start: 0.4, end: 0.6 }, 100)).toEqual([
      { part: "before", start: 0, end: 40 },
      { part: "during", start: 40, end: 60 },
      { part: "recovery", start: 60, end: 65 },
      { part: "after", start: 60, end: 100 },
    ]);
    expect(adaptivityRanges({ start: 0, end: 1 }, 10).map((range) => range.part)).toEqual(["during"]);
  });

  it("prints each part's latency and quality difference against the router without adaptation", () => {
    const [line] = adaptivityPartLines([
      {
        part: "during",
        prompts: 215,
        adaptive: { latencyMs: 20_000, quality: 0.905, cloudShare: 0.6 },
        fixed: { latencyMs: 29_600, quality: 0.912, cloudShare: 0.79 },
      },
    ]);
    expect(line).toBe(
      "  during (215 prompts): adaptive 20.00 s, 90.5%, 60% cloud vs no adaptation 29.60 s, 91.2%, 79% cloud: latency -32.4%, quality -0.7 points",
    );
  });
});

describe("the router's spike response from its own cloud calls", () => {
  it("turns on after slow cloud calls, ignores local ones, and turns off when they age out", async () => {
    const { recordCloudCall, spikeOf } = await import("../../src/nodes/spike.js");
    const config = parseConfig({ ...structuredClone(DEFAULT_CONFIG), bandit: { latencyWeight: 0.005 } });
    let now = 0;
    const runtime = {
      config,
      clock: { now: () => now },
      models: new Map([
        ["cloud", { config: { id: "cloud", tier: "cloud", expectedLatency: { ttftMs: 500, tokensPerSecond: 50 } } }],
        ["local", { config: { id: "local", tier: "local", expectedLatency: { ttftMs: 100, tokensPerSecond: 100 } } }],
      ]),
    } as unknown as Parameters<typeof spikeOf>[0];
    const state = { options: {} } as Parameters<typeof spikeOf>[1];
    expect(spikeOf(runtime, state)).toMatchObject({ active: false, latencyWeight: 0.005, costScale: 1 });
    // 100 output tokens are expected to take 2.5 s; the local model's slow calls do not count.
    for (let index = 0; index < 3; index += 1) recordCloudCall(runtime, "local", 50_000, 100);
    expect(spikeOf(runtime, state).active).toBe(false);
    for (let index = 0; index < 3; index += 1) {
      now += 1000;
      recordCloudCall(runtime, "cloud", 25_000, 100);
    }
    expect(spikeOf(runtime, state)).toMatchObject({ active: true, slowdown: 10, latencyWeight: 0.01, costScale: 0.1 });
    now += 61_000;
    expect(spikeOf(runtime, state)).toMatchObject({ active: false, slowdown: 1, latencyWeight: 0.005 });
  });
});
