import { describe, expect, it } from "vitest";
import { createVirtualClock } from "../../src/index.js";
import { VirtualServing } from "../../src/simulation/virtual-serving.js";

describe("virtual serving on the simulator's clock", () => {
  it("overlaps concurrent calls: a request waits for the slower one, not the sum", async () => {
    const clock = createVirtualClock(0);
    const serving = new VirtualServing(clock, { sharedLocalDevice: false, maxConcurrency: new Map() });
    await Promise.all([serving.run("a", true, 1000), serving.run("b", false, 3000)]);
    expect(clock.now()).toBe(3000);
  });

  it("splits a shared local device between local calls decoding at once", async () => {
    const clock = createVirtualClock(0);
    const serving = new VirtualServing(clock, { sharedLocalDevice: true, maxConcurrency: new Map() });
    const ends: number[] = [];
    await Promise.all([serving.run("a", true, 1000).then(() => ends.push(clock.now())), serving.run("b", true, 2000).then(() => ends.push(clock.now()))]);
    // Both at half speed until a finishes (2 s), then b alone for its last second.
    expect(ends).toEqual([2000, 3000]);
  });

  it("queues calls past a model's maxConcurrency", async () => {
    const clock = createVirtualClock(0);
    const serving = new VirtualServing(clock, { sharedLocalDevice: false, maxConcurrency: new Map([["a", 1]]) });
    const ends: number[] = [];
    await Promise.all([serving.run("a", true, 1000).then(() => ends.push(clock.now())), serving.run("a", true, 1000).then(() => ends.push(clock.now()))]);
    expect(ends).toEqual([1000, 2000]);
  });

  it("stops a cancelled call where it is: the clock moves only to the calls that finish", async () => {
    const clock = createVirtualClock(0);
    const serving = new VirtualServing(clock, { sharedLocalDevice: false, maxConcurrency: new Map() });
    const controller = new AbortController();
    const hedge = serving.run("cloud", false, 5000, controller.signal);
    await serving.run("local", true, 1000);
    controller.abort();
    await expect(hedge).rejects.toMatchObject({ code: "CANCELLED" });
    await new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
    expect(clock.now()).toBe(1000);
  });

  it("frees a cancelled call's maxConcurrency slot: the queued call starts at the cancel", async () => {
    const clock = createVirtualClock(0);
    const serving = new VirtualServing(clock, { sharedLocalDevice: false, maxConcurrency: new Map([["local", 1]]) });
    const controller = new AbortController();
    const cancelled = serving.run("local", true, 5000, controller.signal);
    const queued = serving.run("local", true, 1000).then(() => clock.now());
    await serving.run("cloud", false, 1500);
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ code: "CANCELLED" });
    // Without the cancel the queued call would start at 5,000 ms.
    expect(await queued).toBe(2500);
  });
});
