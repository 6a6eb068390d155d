import type { Tier } from "../index.js";
import type { LatencyConfig, LatencyProfile, ScenarioConfig } from "../config/index.js";
import { normal, randomFor } from "./seeded.js";

export interface CallTiming {
  ttftMs: number;
  totalMs: number;
  spiked: boolean;
}

/** Cloud conditions during the replay: spike factor and outage, set by the scenario. */
export interface ConditionState {
  cloudFactor: number;
  cloudDown: boolean;
}

export const NORMAL_CONDITIONS: ConditionState = { cloudFactor: 1, cloudDown: false };

/** The conditions at replay position `index` of `total` under a scenario (none outside the stretch). */
export function conditionsAt(scenario: ScenarioConfig | undefined, index: number, total: number): ConditionState {
  if (!scenario || scenario.kind === "none" || total === 0) return NORMAL_CONDITIONS;
  const position = index / total;
  if (position < scenario.start || position >= scenario.end) return NORMAL_CONDITIONS;
  return scenario.kind === "outage" ? { cloudFactor: 1, cloudDown: true } : { cloudFactor: scenario.factor, cloudDown: false };
}

export function profileFor(latency: LatencyConfig, modelId: string, tier: Tier): LatencyProfile {
  return latency.models[modelId] ?? latency[tier];
}

/**
 * Latency of one call: time to first token and total, from the model's profile with log-normal
 * jitter, plus a cloud spike with the configured probability, times the scenario's factor.
 * Deterministic for the same `key` (seed, prompt, model and virtual time).
 */
export function callTiming(
  latency: LatencyConfig,
  modelId: string,
  tier: Tier,
  outputTokens: number,
  conditions: ConditionState,
  key: ReadonlyArray<string | number>,
): CallTiming {
  const profile = profileFor(latency, modelId, tier);
  const random = randomFor("latency", ...key, modelId);
  const ttftJitter = Math.exp(profile.jitter * normal(random));
  const speedJitter = Math.exp(profile.jitter * normal(random));
  let ttftMs = profile.ttftMs * ttftJitter;
  const generationMs = (outputTokens / (profile.tokensPerSecond * speedJitter)) * 1000;
  let spiked = false;
  if (tier === "cloud" && random() < latency.cloudSpikes.probability) {
    ttftMs += latency.cloudSpikes.medianExtraMs * Math.exp(0.5 * normal(random));
    spiked = true;
  }
  const factor = tier === "cloud" ? conditions.cloudFactor : 1;
  return { ttftMs: ttftMs * factor, totalMs: (ttftMs + generationMs) * factor, spiked };
}
