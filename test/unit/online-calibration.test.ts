import { describe, expect, it } from "vitest";
import { createOnlineCalibration, situationKey } from "../../src/policies/online-calibration.js";

const options = { pseudoObservations: 10, forgetting: 0.995, driftThreshold: 0.05, minSamples: 50, capacity: 1000 };

describe("online calibration from delayed, partial feedback", () => {
  it("lowers a situation's success estimate when its kept answers keep failing, and leaves other situations alone", () => {
    const online = createOnlineCalibration(options);
    const agree = situationKey("gemma", ["llama", "gemma"], [0, 0]);
    for (let index = 0; index < 200; index += 1) online.remember(`r${index}`, { situation: agree, predicted: 0.95 });
    // Feedback arrives later, for a fifth of the requests: on the new traffic, agreeing local answers are right 70% of the time.
    for (let index = 0, given = 0; index < 200; index += 5, given += 1) expect(online.feedback(`r${index}`, given % 10 < 7 ? 1 : 0)).toBe(true);
    expect(online.adjust(agree, 0.95)).toBeLessThan(0.85);
    expect(online.adjust(situationKey("mini", ["llama", "gemma", "mini"], [0, 1, 2]), 0.8)).toBe(0.8);
    expect(online.feedback("r0", 1)).toBe(false);
    expect(online.feedback("never-seen", 1)).toBe(false);
  });

  it("reports drift of live rates from the model's expectations after enough samples", () => {
    const online = createOnlineCalibration(options);
    for (let index = 0; index < 49; index += 1) online.observeRate("agreement", index % 2, 0.9);
    expect(online.drift()).toEqual([]);
    online.observeRate("agreement", 0, 0.9);
    const [signal] = online.drift();
    expect(signal).toMatchObject({ signal: "agreement", samples: 50 });
    expect(signal!.observed).toBeLessThan(0.6);
    expect(signal!.expected).toBeCloseTo(0.9);
    for (let index = 0; index < 100; index += 1) online.observeRate("escalation", index % 10 === 0 ? 1 : 0, 0.1);
    expect(online.drift().map((entry) => entry.signal)).toEqual(["agreement"]);
  });
});

describe("quality pacing from feedback (bandit.targetQuality)", () => {
  it("makes escalation cheaper while scores run under the target and dearer when over, within bounds", async () => {
    const { createQualityPacer } = await import("../../src/policies/quality-pacer.js");
    const pacer = createQualityPacer({ target: 0.9 });
    for (let index = 0; index < 20; index += 1) pacer.record(0.6);
    expect(pacer.multiplier()).toBeLessThan(0.1);
    for (let index = 0; index < 1000; index += 1) pacer.record(0);
    expect(pacer.multiplier()).toBeCloseTo(0.01);
    for (let index = 0; index < 1000; index += 1) pacer.record(1);
    expect(pacer.multiplier()).toBeCloseTo(10);
  });
});
