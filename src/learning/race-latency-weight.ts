import type { LatencyTerms } from "./learned-escalation.js";

/**
 * `bandit.hedge.raceLatencyWeight` (session 32): when a hedge answers before the local answers it races,
 * the verifier weighs waiting for them (a local check of the hedge's answer) with at least `floor` per
 * second. At the learned planner's usual weight (0.01) a 1.3 s wait for a free local check is almost
 * always worth it, and the kept gpt-4o-mini hedges waited 146 ms a prompt on the consumer GPU (session
 * 32). Absent floor: the terms unchanged. Pure.
 */
export function withRaceLatencyWeight(terms: LatencyTerms, floor: number | undefined): LatencyTerms {
  if (floor === undefined || !(floor > terms.latencyWeight)) return terms;
  return { ...terms, latencyWeight: floor };
}
