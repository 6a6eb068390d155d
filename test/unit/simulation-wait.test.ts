import { describe, expect, it } from "vitest";
import { createVirtualClock } from "../../src/index.js";
import { VirtualServing } from "../../src/simulation/virtual-serving.js";

// The simulator's `wait` (replayGraph): a late hedge's trigger ends on the virtual clock like a call.
describe("a wait among the calls in flight, on the simulator's clock", () => {
  it("ends at its time without slowing the local calls sharing the device", async () => {
    const clock = createVirtualClock(0);
    const serving = new VirtualServing(clock, { sharedLocalDevice: true, maxConcurrency: new Map() });
    const ends: Record<string, number> = {};
    await Promise.all([
      serving.run("(timer)", false, 400).then(() => (ends["wait"] = clock.now())),
      serving.run("local", true, 1000).then(() => (ends["local"] = clock.now())),
    ]);
    expect(ends).toEqual({ wait: 400, local: 1000 });
  });
});
