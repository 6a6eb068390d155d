import type { LatencyConfig } from "../../src/config/sections/simulation.js";

/** A deterministic latency profile for replay tests: local 100 ms + 50 tok/s, cloud 400 ms + 100 tok/s, no jitter or spikes. */
export const FLAT_LATENCY: LatencyConfig = {
  local: { ttftMs: 100, tokensPerSecond: 50, jitter: 0 },
  cloud: { ttftMs: 400, tokensPerSecond: 100, jitter: 0 },
  models: {},
  cloudSpikes: { probability: 0, medianExtraMs: 0 },
  sharedLocalDevice: false,
};
