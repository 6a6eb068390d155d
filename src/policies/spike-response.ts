/**
 * The learned planner's response to a cloud latency spike, driven by what the latency expectation
 * observes rather than by the configured weights alone: while the live slowdown of a cloud model the
 * request may use (observed time over its profile's expectation) is at least `slowdown`, the latency
 * weight is raised to at least `latencyWeight` and the cost weight scaled by `costScale` (below 1:
 * money may buy time, e.g. one strong cloud call instead of a chain of slow ones). The live slowdown
 * fades back toward 1 while a model is not called (`health.latencyHalfLifeMs`), so the response ends
 * with the spike and the planner moves traffic back. Pure.
 */
export interface SpikeResponseOptions {
  enabled: boolean;
  /** Live slowdown (observed / expected) of a cloud model from which the response starts. */
  slowdown: number;
  /** Latency weight during the spike (the configured one when larger). */
  latencyWeight: number;
  /** Factor on the cost weight during the spike. */
  costScale: number;
}

export interface SpikeTerms {
  /** The largest live slowdown among the request's cloud models (1 when none). */
  slowdown: number;
  active: boolean;
  latencyWeight: number;
  costScale: number;
}

/** The spike terms for a request: `slowdowns` are the live slowdowns of its eligible cloud models. */
export function spikeTermsOf(options: SpikeResponseOptions, slowdowns: readonly number[], latencyWeight: number): SpikeTerms {
  const slowdown = slowdowns.reduce((max, value) => (value > max ? value : max), 1);
  const active = options.enabled && slowdown >= options.slowdown;
  return active
    ? { slowdown, active, latencyWeight: Math.max(latencyWeight, options.latencyWeight), costScale: options.costScale }
    : { slowdown, active, latencyWeight, costScale: 1 };
}

/** The trace note of an active spike response. */
export function spikeNote(terms: SpikeTerms): string {
  return `cloud latency spike (x${terms.slowdown.toFixed(1)} its expectation): latency weight ${terms.latencyWeight}${terms.costScale !== 1 ? `, cost weight x${terms.costScale}` : ""}`;
}
