import type { RandomSource } from "./clock.js";

/**
 * Thompson sampling over "this model answers this kind of prompt well", with known cost and
 * latency penalties. Each arm's quality is a Beta posterior: the prior (from the learned
 * predictor, or the tier heuristic) counts as `priorStrength` pseudo-observations, and every
 * verifier verdict or user score adds one observation. Pure: randomness is injected.
 */
export interface ArmEvidence {
  successes: number;
  failures: number;
}

export interface BanditCandidate {
  modelId: string;
  /** Prior mean quality in (0, 1). */
  priorMean: number;
  /** Prior strength in pseudo-observations. */
  priorStrength: number;
  evidence: ArmEvidence | undefined;
  /** Estimated cost of this request on this model relative to the priciest candidate (0..1). */
  relativeCost: number;
  /** Expected seconds to a full answer (0 when unknown). */
  expectedSeconds: number;
  /** True when the model's p95 latency is past its SLO. */
  overSlo: boolean;
}

export interface BanditWeights {
  costWeight: number;
  latencyWeight: number;
  sloPenalty: number;
  /** Sample from the posterior (explore) or use its mean (exploit only). */
  explore: boolean;
}

export interface ScoredCandidate {
  modelId: string;
  /** Posterior mean quality. */
  expectedQuality: number;
  /** The value used for the decision (a posterior sample when exploring). */
  sampledQuality: number;
  utility: number;
}

export function posteriorParameters(candidate: BanditCandidate): { alpha: number; beta: number } {
  const mean = Math.min(0.999, Math.max(0.001, candidate.priorMean));
  return {
    alpha: mean * candidate.priorStrength + (candidate.evidence?.successes ?? 0),
    beta: (1 - mean) * candidate.priorStrength + (candidate.evidence?.failures ?? 0),
  };
}

function sampleNormal(random: RandomSource): number {
  const u = Math.max(random(), 1e-12);
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Marsaglia-Tsang gamma sampler (shape > 0, scale 1). */
export function sampleGamma(shape: number, random: RandomSource): number {
  if (shape < 1) return sampleGamma(shape + 1, random) * Math.pow(Math.max(random(), 1e-12), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = sampleNormal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(Math.max(u, 1e-12)) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

export function sampleBeta(alpha: number, beta: number, random: RandomSource): number {
  const x = sampleGamma(alpha, random);
  const y = sampleGamma(beta, random);
  return x / (x + y);
}

/** Scores every candidate; the first of the result is the choice. */
export function scoreCandidates(candidates: readonly BanditCandidate[], weights: BanditWeights, random: RandomSource): ScoredCandidate[] {
  const scored = candidates.map((candidate) => {
    const { alpha, beta } = posteriorParameters(candidate);
    const expectedQuality = alpha / (alpha + beta);
    const sampledQuality = weights.explore ? sampleBeta(alpha, beta, random) : expectedQuality;
    const utility =
      sampledQuality -
      weights.costWeight * candidate.relativeCost -
      weights.latencyWeight * candidate.expectedSeconds -
      (candidate.overSlo ? weights.sloPenalty : 0);
    return { modelId: candidate.modelId, expectedQuality, sampledQuality, utility };
  });
  return scored.sort((left, right) => right.utility - left.utility);
}

/** Reward in [0, 1] for the bandit from a verdict and the quality score when one is known. */
export function rewardFrom(pass: boolean, score?: number): number {
  if (score !== undefined && Number.isFinite(score)) return Math.min(1, Math.max(0, score));
  return pass ? 1 : 0;
}
