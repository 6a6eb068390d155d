/**
 * Keeps the share of requests reaching a cloud model on a target by scaling the cost weight
 * online: after each request, log(multiplier) += gain × (reachedCloud − target), clamped (no
 * windup). When the cloud share runs under the target the multiplier falls (escalations get
 * cheaper), over it the multiplier rises. Integral control: while the multiplier stays inside its
 * bounds, cloudRequests − target × requests = log(multiplier) / gain, so a run that needed a lower
 * cost weight ends slightly *under* the target, never far above it. Pure: no clock, no randomness.
 */
export interface CloudSharePacer {
  readonly target: number;
  /** Factor to apply to the configured cost weight for the next request. */
  multiplier(): number;
  /** Notes a finished request. */
  record(reachedCloud: boolean): void;
  snapshot(): { requests: number; cloudRequests: number; multiplier: number };
}

export interface CloudSharePacerOptions {
  /** Target share of requests reaching a cloud model, in [0, 1]. */
  target: number;
  /** Step of log(multiplier) per unit of error (default 0.3). */
  gain?: number;
  /** Bounds of the multiplier (default 1/30 and 30). */
  min?: number;
  max?: number;
}

export function createCloudSharePacer(options: CloudSharePacerOptions): CloudSharePacer {
  const target = Math.min(1, Math.max(0, options.target));
  const gain = options.gain ?? 0.3;
  const low = Math.log(options.min ?? 1 / 30);
  const high = Math.log(options.max ?? 30);
  let logMultiplier = 0;
  let requests = 0;
  let cloudRequests = 0;
  return {
    target,
    multiplier: () => Math.exp(logMultiplier),
    record(reachedCloud) {
      requests++;
      if (reachedCloud) cloudRequests++;
      logMultiplier = Math.min(high, Math.max(low, logMultiplier + gain * ((reachedCloud ? 1 : 0) - target)));
    },
    snapshot: () => ({ requests, cloudRequests, multiplier: Math.exp(logMultiplier) }),
  };
}
