import { defaultExpectedLatency } from "../config/sections/latency-profiles.js";
import { priorCallMs } from "../policies/latency-expectation.js";
import { createSpikeDetector, spikeTermsOf, type SpikeDetector, type SpikeTerms } from "../policies/spike-response.js";
import type { RouterStateValue } from "../state/router-state.js";
import { resolveProfile } from "./profiles.js";
import type { RouterRuntime } from "./node-runtime.js";

const detectors = new WeakMap<RouterRuntime, SpikeDetector>();

/** This router's cloud spike detector (bandit.spike), created on first use. */
export function spikeDetectorOf(runtime: RouterRuntime): SpikeDetector {
  let detector = detectors.get(runtime);
  if (!detector) {
    const { calls, maxAgeMs } = runtime.config.bandit.spike;
    detectors.set(runtime, (detector = createSpikeDetector({ calls, maxAgeMs })));
  }
  return detector;
}

/** A finished cloud call: its time (net of queueing) over what its latency profile expects for its output. */
export function recordCloudCall(runtime: RouterRuntime, modelId: string, workMs: number, outputTokens: number): void {
  const model = runtime.models.get(modelId)?.config;
  if (!model || model.tier !== "cloud") return;
  const expectedMs = priorCallMs(model.expectedLatency ?? defaultExpectedLatency("cloud"), outputTokens);
  spikeDetectorOf(runtime).record(workMs / expectedMs, runtime.clock.now());
}

/** The cloud latency spike response for a request (`bandit.spike`): the latency weight and cost factor the learned planner uses now. */
export function spikeOf(runtime: RouterRuntime, state: Pick<RouterStateValue, "options">): SpikeTerms {
  const profile = resolveProfile(runtime.config, state.options.profile);
  const { bandit } = runtime.config;
  return spikeTermsOf(bandit.spike, spikeDetectorOf(runtime).slowdown(runtime.clock.now()), profile.latencyWeight ?? bandit.latencyWeight);
}
