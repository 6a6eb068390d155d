import { describe, expect, it } from "vitest";
import { createCloudSharePacer } from "../../src/policies/cloud-share-pacer.js";

describe("cloud-share pacer", () => {
  it("lowers the cost-weight multiplier while the cloud share runs under the target, raises it above", () => {
    const under = createCloudSharePacer({ target: 0.2 });
    for (let index = 0; index < 20; index++) under.record(index % 10 === 0);
    expect(under.multiplier()).toBeLessThan(1);
    const over = createCloudSharePacer({ target: 0.2 });
    for (let index = 0; index < 20; index++) over.record(index % 2 === 0);
    expect(over.multiplier()).toBeGreaterThan(1);
  });

  it("is integral control: cloud requests minus target x requests = log(multiplier) / gain inside the bounds", () => {
    const pacer = createCloudSharePacer({ target: 0.25, gain: 0.3 });
    const pattern = [true, false, false, true, false, false, false, true, false, false, false, false];
    for (const cloud of pattern) pacer.record(cloud);
    const { requests, cloudRequests, multiplier } = pacer.snapshot();
    expect(requests).toBe(12);
    expect(cloudRequests).toBe(3);
    expect(cloudRequests - 0.25 * requests).toBeCloseTo(Math.log(multiplier) / 0.3, 10);
  });

  it("stays within its bounds (no windup) and recovers at once when the share turns", () => {
    const pacer = createCloudSharePacer({ target: 0.5, gain: 1, min: 0.1, max: 10 });
    for (let index = 0; index < 100; index++) pacer.record(false);
    expect(pacer.multiplier()).toBeCloseTo(0.1, 10);
    for (let index = 0; index < 5; index++) pacer.record(true);
    expect(pacer.multiplier()).toBeCloseTo(0.1 * Math.exp(2.5), 10);
  });
});
