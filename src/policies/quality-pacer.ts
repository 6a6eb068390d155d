/**
 * Keeps the quality users report (feedback scores) at a target by scaling the learned planner's
 * cost weight: after each score, log(multiplier) += gain x (score - target), clamped. Scores under
 * the target make escalations cheaper until quality comes back; scores over it let the router save
 * again. The counterpart of the cloud-share pacer for `bandit.targetQuality`; it moves only with
 * feedback, so it re-balances after a traffic shift at the pace feedback arrives. Pure.
 */
export interface QualityPacer {
  readonly target: number;
  multiplier(): number;
  record(score: number): void;
}

export function createQualityPacer(options: { target: number; gain?: number; min?: number; max?: number }): QualityPacer {
  const gain = options.gain ?? 0.5;
  const low = Math.log(options.min ?? 1 / 100);
  const high = Math.log(options.max ?? 10);
  let logMultiplier = 0;
  return {
    target: options.target,
    multiplier: () => Math.exp(logMultiplier),
    record(score) {
      logMultiplier = Math.min(high, Math.max(low, logMultiplier + gain * (score - options.target)));
    },
  };
}
