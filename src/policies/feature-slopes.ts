/**
 * Per-model slopes of a prompt feature, learned online (bandit.online.promptLengthSlope): the
 * success estimate of a model's kept answer gets a logit shift w_m × z, z the prompt's feature
 * standardised by the running mean and spread of the feature over the outcomes seen so far (clipped
 * to ±3). Centred, so it re-ranks prompts within a model (e.g. long GSM8K problems fail more often
 * than the old file's neighbours say) without moving the model's average, which the situation
 * corrections of online-calibration.ts own. Each w_m is a Gaussian posterior updated by one Newton
 * step per outcome (assumed density filtering, as the situation shifts), faded by `forgetting`, and
 * optionally applied through an evidence gate (online-calibration.ts does not gate it). Pure.
 */
export interface FeatureSlopes {
  /** The logit shift for `model`'s estimate on a prompt with feature `value` (0 before `minObservations`). */
  shift(model: string, value: number): number;
  /** One outcome (0..1) of `model`'s answer on a prompt with feature `value`, predicted with probability `predicted`. */
  observe(model: string, value: number, observed: number, predicted: number): void;
}

export interface FeatureSlopeOptions {
  /** Prior precision of each slope (the situation shifts' τ). */
  priorPrecision: number;
  forgetting: number;
  /** Evidence gate in posterior standard deviations (0: the posterior mean as it is). */
  evidence?: number | undefined;
  /** Outcomes seen (all models) before any slope applies: the standardisation needs a spread. */
  minObservations?: number | undefined;
}

const MAX_Z = 3;
const MAX_SLOPE = 5;
const clampProbability = (value: number) => Math.min(1 - 1e-4, Math.max(1e-4, value));
const logit = (value: number) => Math.log(clampProbability(value) / (1 - clampProbability(value)));
const sigmoid = (value: number) => 1 / (1 + Math.exp(-value));

export function createFeatureSlopes(options: FeatureSlopeOptions): FeatureSlopes {
  const tau = options.priorPrecision;
  const evidence = options.evidence ?? 0;
  const minimum = options.minObservations ?? 20;
  const slopes = new Map<string, { information: number; pull: number }>();
  let count = 0;
  let mean = 0;
  let squares = 0;
  const standardised = (value: number) => {
    if (count < minimum) return 0;
    const spread = Math.sqrt(squares / count);
    if (!(spread > 1e-9)) return 0;
    return Math.max(-MAX_Z, Math.min(MAX_Z, (value - mean) / spread));
  };
  const meanOf = (slope: { information: number; pull: number } | undefined) => {
    if (!slope) return 0;
    const precision = tau + slope.information;
    return precision > 0 ? Math.max(-MAX_SLOPE, Math.min(MAX_SLOPE, slope.pull / precision)) : 0;
  };
  const gated = (slope: { information: number; pull: number } | undefined) => {
    const value = meanOf(slope);
    if (!(evidence > 0) || value === 0 || !slope) return value;
    const margin = evidence / Math.sqrt(tau + slope.information);
    return Math.abs(value) <= margin ? 0 : value - Math.sign(value) * margin;
  };
  return {
    shift(model, value) {
      const z = standardised(value);
      return z === 0 ? 0 : gated(slopes.get(model)) * z;
    },
    observe(model, value, observed, predicted) {
      const z = standardised(value);
      // Welford's running mean and spread of the feature (every outcome counts, whatever the model).
      count += 1;
      const delta = value - mean;
      mean += delta / count;
      squares += delta * (value - mean);
      if (z === 0) return;
      let slope = slopes.get(model);
      if (!slope) slopes.set(model, (slope = { information: 0, pull: 0 }));
      const before = meanOf(slope);
      const probability = sigmoid(logit(predicted) + before * z);
      const weight = probability * (1 - probability) * z * z;
      slope.information = slope.information * options.forgetting + weight;
      slope.pull = slope.pull * options.forgetting + weight * before + z * (observed - probability);
    },
  };
}
