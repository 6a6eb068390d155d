/**
 * The learned planner's response to a cloud latency spike, driven by what the router observes rather
 * than by the configured weights alone: while the cloud tier's observed slowdown (its latest calls'
 * time over their profile's expectation, see createSpikeDetector) is at least `slowdown`, the latency
 * weight is raised to at least `latencyWeight` and the cost weight scaled by `costScale` (below 1:
 * money may buy time, e.g. one strong cloud call instead of a chain of slow ones). Observations age
 * out, so the response ends with the spike and the planner moves traffic back. Pure.
 */
export interface SpikeResponseOptions {
  enabled: boolean;
  /** Live slowdown (observed / expected) of a cloud model from which the response starts. */
  slowdown: number;
  /** Latency weight during the spike (the configured one when larger). */
  latencyWeight: number;
  /** Factor on the cost weight during the spike. */
  costScale: number;
  /** The detector's memory: the latest this many cloud calls, each for at most `maxAgeMs`. */
  calls: number;
  maxAgeMs: number;
}

export interface SpikeTerms {
  /** The cloud tier's observed slowdown (1 when none observed lately). */
  slowdown: number;
  active: boolean;
  latencyWeight: number;
  costScale: number;
}

/** The spike terms for a request, from the cloud tier's observed slowdown. */
export function spikeTermsOf(
  options: Pick<SpikeResponseOptions, "enabled" | "slowdown" | "latencyWeight" | "costScale">,
  slowdown: number,
  latencyWeight: number,
): SpikeTerms {
  const active = options.enabled && slowdown >= options.slowdown;
  return active
    ? { slowdown, active, latencyWeight: Math.max(latencyWeight, options.latencyWeight), costScale: options.costScale }
    : { slowdown, active, latencyWeight, costScale: 1 };
}

/** The trace note of an active spike response. */
export function spikeNote(terms: SpikeTerms): string {
  return `cloud latency spike (x${terms.slowdown.toFixed(1)} its expectation): latency weight ${terms.latencyWeight}${terms.costScale !== 1 ? `, cost weight x${terms.costScale}` : ""}`;
}

/**
 * The cloud tier's observed slowdown, fast: the median of the latest `calls` observed/expected
 * ratios of cloud calls made within `maxAgeMs`. The planner's per-model expectation is smoothed and
 * fades between calls (right for routing around one slow model, too slow to say a spike has begun
 * or ended); this signal follows the tier's last few calls and forgets them once they age out, so
 * the response ends when the spike does even if no cloud call was made meanwhile.
 */
export interface SpikeDetector {
  record(ratio: number, at: number): void;
  slowdown(now: number): number;
}

export function createSpikeDetector(options: { calls: number; maxAgeMs: number }): SpikeDetector {
  const recent: Array<{ ratio: number; at: number }> = [];
  return {
    record(ratio, at) {
      if (!(ratio > 0) || !Number.isFinite(ratio)) return;
      recent.push({ ratio, at });
      if (recent.length > options.calls) recent.shift();
    },
    slowdown(now) {
      const live = recent
        .filter((entry) => now - entry.at <= options.maxAgeMs)
        .map((entry) => entry.ratio)
        .sort((a, b) => a - b);
      if (live.length === 0) return 1;
      const middle = Math.floor(live.length / 2);
      return live.length % 2 === 1 ? live[middle]! : (live[middle - 1]! + live[middle]!) / 2;
    },
  };
}
