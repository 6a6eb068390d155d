import { createFeatureSlopes } from "./feature-slopes.js";

/**
 * Online learning for the learned planner: delayed, partial feedback (a user's or a grader's score
 * for some requests, arriving later) recalibrates the success estimates of the situations the
 * router actually decides in, and live rates are compared with what the model expected (drift).
 * Pure and bounded: requests are remembered up to `capacity`, oldest first out.
 *
 * A situation is "model M's answer kept after these models answered in this agreement pattern".
 * Its correction is a shift δ of the model's logit, logit(p) + δ, estimated as the posterior mean of
 * δ under a Gaussian prior N(0, 1 / τ) with τ = `pseudoObservations` / 4 (a prior worth that many
 * observations at even odds) and each observation y a Bernoulli outcome with probability
 * sigmoid(logit(predicted) + δ) — the prediction the model made for that very request. Each
 * observation updates the Gaussian approximation of the posterior by one Newton step (assumed
 * density filtering): it adds its Fisher information w = p(1 − p) to the precision and moves δ by
 * (y − p) / precision, p being the prediction corrected by the δ known so far. So an observation
 * whose prediction was near-certain and came true teaches almost nothing (both y − p and w are
 * small), while a surprise (a failure where 0.99 was predicted) moves δ a lot; the old estimate
 * (logit(observed mean) − logit(predicted mean), each mean shrunk by pseudo-counts in probability
 * space) moved δ by +0.67 after nine agreeing observations predicted at 0.943, and the correction
 * then raised every estimate of the situation far from the ceiling too. Old observations fade with
 * `forgetting` per new observation (their information and their pull on δ, so δ falls back toward 0
 * as it loses support), so a shift in traffic moves the estimates and a reversal moves them back.
 */
export interface DriftSignal {
  /**
   * feedback: scores of kept answers vs their predicted success; agreement: the first two local answers
   * agreeing vs predicted; escalation: the verifier rejecting the plan's answers (calling another model)
   * vs the plan's probability of that (RouterState.planVerdict / expectedEscalation).
   */
  signal: "feedback" | "agreement" | "escalation";
  observed: number;
  expected: number;
  samples: number;
}

export interface OnlineCalibrationOptions {
  pseudoObservations: number;
  /** Weight kept by older observations at each new one (0..1; 1 = never forget). */
  forgetting: number;
  /** |observed - expected| above which a signal with at least `minSamples` drifts. */
  driftThreshold: number;
  minSamples: number;
  capacity: number;
  /**
   * Evidence gate (bandit.online.correctionEvidence): a correction applies only beyond this many
   * posterior standard deviations from zero, and only by the part beyond (soft threshold), so a
   * correction the evidence does not clearly support leaves the model's estimate as it was. 0 (or
   * absent): the posterior mean applies as it is.
   */
  correctionEvidence?: number | undefined;
  /**
   * bandit.online.correctionGate: how `correctionEvidence` measures the evidence. "posterior" (or absent):
   * the posterior's standard deviations (gatedShiftOf). "surprise": the observed successes against the
   * count the model predicted (surpriseGatedShiftOf), so a near-certain estimate can fall.
   */
  correctionGate?: "posterior" | "surprise" | undefined;
  /**
   * bandit.online.promptLengthSlope: per-model slopes of the prompt's length feature learned from the
   * same outcomes (feature-slopes.ts), applied on top of the situation corrections. Off: absent/false.
   */
  promptLengthSlope?: boolean | undefined;
  /**
   * bandit.online.driftPseudoObservations: the prior's weight (as `pseudoObservations`) while the drift
   * report names a drifting live rate; `pseudoObservations` otherwise. Absent: `pseudoObservations` always.
   */
  driftPseudoObservations?: number | undefined;
}

/** An earlier situation of a request (an answer it could have kept), its predicted success and whether it agrees with the kept answer. */
export interface ShadowSituation {
  situation: string;
  predicted: number;
  agrees: boolean;
}

export interface RequestExpectation {
  /** Situation of the kept answer and its predicted success. */
  situation?: string | undefined;
  predicted?: number | undefined;
  /**
   * Earlier situations: an agreeing answer scores what the kept one scores; a disagreeing one scores
   * 0 when the kept answer scored 1 (one right answer), and teaches nothing otherwise.
   */
  shadows?: readonly ShadowSituation[] | undefined;
  /** The prompt's length feature (promptLengthSlope), when known. */
  feature?: number | undefined;
}

interface Tally {
  observed: number;
  expected: number;
  weight: number;
}

/**
 * The Gaussian posterior of a logit shift δ, in natural parameters of the data's part (the prior
 * N(0, 1 / τ) is added when read): `information` = Σ w (faded), `pull` = Σ (w δ_at + y − p) (faded),
 * δ = pull / (τ + information).
 */
export interface LogitShift {
  information: number;
  pull: number;
  /**
   * The surprise gate's statistics (faded like the rest), against the model's own predictions (no
   * correction): Σ (y − p), Σ p, Σ p(1 − p) and the count of observations. Absent: none observed.
   */
  surprise?: number | undefined;
  /** Σ p (faded): the predicted successes, the mean prediction being expected / count. */
  expected?: number | undefined;
  variance?: number | undefined;
  count?: number | undefined;
}

/** The posterior mean of the shift under a prior of precision `priorPrecision`. */
export function shiftOf(shift: LogitShift | undefined, priorPrecision: number): number {
  if (!shift) return 0;
  const precision = priorPrecision + shift.information;
  // Bounded: with no prior (pseudoObservations 0) one surprise at a clamped prediction would be unbounded.
  return precision > 0 ? Math.max(-MAX_SHIFT, Math.min(MAX_SHIFT, shift.pull / precision)) : 0;
}

/**
 * One observation `observed` (0..1; a fractional score counts as a soft outcome) of an event the
 * model predicted with probability `predicted`: one Newton step of the shift's log posterior at its
 * current mean, after fading older observations by `forgetting`.
 */
export function observeShift(shift: LogitShift, observed: number, predicted: number, priorPrecision: number, forgetting: number): void {
  const before = shiftOf(shift, priorPrecision);
  const probability = sigmoid(logit(predicted) + before);
  const weight = probability * (1 - probability);
  shift.information = shift.information * forgetting + weight;
  shift.pull = shift.pull * forgetting + weight * before + (observed - probability);
  const expected = clamp(predicted);
  shift.surprise = (shift.surprise ?? 0) * forgetting + (observed - expected);
  shift.expected = (shift.expected ?? 0) * forgetting + expected;
  shift.variance = (shift.variance ?? 0) * forgetting + expected * (1 - expected);
  shift.count = (shift.count ?? 0) * forgetting + 1;
}

/**
 * The shift a correction applies: the posterior mean moved toward 0 by `evidence` posterior standard
 * deviations (1 / √precision), 0 when the credible interval mean ± evidence·sd contains 0. With
 * evidence 0 it is the posterior mean (shiftOf). Learning itself always uses the posterior mean.
 */
export function gatedShiftOf(shift: LogitShift | undefined, priorPrecision: number, evidence: number): number {
  const mean = shiftOf(shift, priorPrecision);
  if (!(evidence > 0) || mean === 0 || !shift) return mean;
  const precision = priorPrecision + shift.information;
  if (!(precision > 0)) return 0;
  const margin = evidence / Math.sqrt(precision);
  return Math.abs(mean) <= margin ? 0 : mean - Math.sign(mean) * margin;
}

/**
 * The evidence of a correction on the probability scale: the observed successes minus the count the
 * model predicted, Σ (y − p), in standard deviations of that count, with the prior counted as
 * `pseudoObservations` more observations at the situation's own average information:
 * z = Σ (y − p) / √(Σ p(1 − p) · (1 + pseudoObservations / n)). At even odds (p(1 − p) = 1/4) the
 * denominator is √(τ + information), the posterior gate's; near certainty the prior weighs what that
 * many near-certain outcomes weigh, not 80 of them: two failures in eight outcomes predicted at 0.97
 * read z ≈ −2.4, one failure alone z ≈ −1.7.
 */
export function surpriseOf(shift: LogitShift | undefined, pseudoObservations: number): number {
  const variance = shift?.variance ?? 0;
  const count = shift?.count ?? 0;
  if (!shift || !(variance > 0) || !(count > 0)) return 0;
  return (shift.surprise ?? 0) / Math.sqrt(variance * (1 + pseudoObservations / count));
}

/**
 * The shift a correction applies under the surprise gate, all on the probability scale: the surprise
 * Σ (y − p) less `evidence` of its standard deviations (surpriseOf's; 0 when within them), spread over
 * the observations and the prior's `pseudoObservations` at the mean prediction p̄, moves p̄ to
 * p' = p̄ + (|surprise| − evidence · sd) · sign / (n + pseudoObservations); the shift is
 * logit(p') − logit(p̄). Not the posterior mean: its prior, worth pseudoObservations / 4 precision at any
 * prediction, is worth ~80 outcomes at 0.97 and holds a near-certain estimate up however the outcomes
 * fall (3 failures in 12 predicted at 0.97: posterior mean −0.88, here 0.97 → 0.92). With evidence 0 the
 * posterior mean applies (shiftOf), as with the posterior gate.
 */
export function surpriseGatedShiftOf(shift: LogitShift | undefined, priorPrecision: number, pseudoObservations: number, evidence: number): number {
  if (!(evidence > 0)) return shiftOf(shift, priorPrecision);
  const z = surpriseOf(shift, pseudoObservations);
  if (!shift || Math.abs(z) <= evidence) return 0;
  const count = shift.count ?? 0;
  const surprise = shift.surprise ?? 0;
  const beyond = surprise * (1 - evidence / Math.abs(z));
  const mean = clamp((shift.expected ?? 0) / count);
  const delta = logit(mean + beyond / (count + pseudoObservations)) - logit(mean);
  return Math.max(-MAX_SHIFT, Math.min(MAX_SHIFT, delta));
}

export interface OnlineCalibration {
  /** Success estimate of `situation` corrected by the feedback seen for it (and, with promptLengthSlope, by the prompt's `feature`). */
  adjust(situation: string, probability: number, feature?: number): number;
  /** What the router expected of a request's kept answer, kept for its feedback. */
  remember(requestId: string, expectation: RequestExpectation): void;
  /**
   * More situations for a request still awaiting its feedback (a background local check answered after
   * the request was remembered): scored as its shadows when the feedback comes. False when the request
   * is unknown (its feedback already came, it expired, or it was never remembered).
   */
  addShadows(requestId: string, shadows: readonly ShadowSituation[]): boolean;
  /** A score for an earlier request: false when the request is unknown (expired or never seen). */
  feedback(requestId: string, score: number): boolean;
  /** A live rate against its expectation (agreement of the local answers, escalation). */
  observeRate(signal: "agreement" | "escalation", observed: number, expected: number): void;
  /** Signals whose live rate has drifted from the expectation. */
  drift(): DriftSignal[];
  /**
   * Live agreement of a model pair (agreementKey): whether the second model's final answer agreed with
   * the first's, against the model's (uncorrected) probability that it would.
   */
  observeAgreement(key: string, agreed: boolean, expected: number): void;
  /** Probability that a pair agrees, corrected by its live agreement (as `adjust` does for success). */
  adjustAgreement(key: string, probability: number): number;
  /**
   * Scores earlier answers against a reference answer at once, without waiting for feedback (local
   * exploration: the cloud answer the router returned stands in): an agreeing answer scores 1, a
   * disagreeing one 0.
   */
  observeReference(shadows: readonly ShadowSituation[], feature?: number): void;
}

/**
 * The key of a model pair's live agreement. The same for both orders: "the two final answers are
 * equal" is one event whichever model answered first, so what is learned from gemma's answer
 * followed by gpt-4o-mini's (a local exploration: always local first, cloud second) also corrects
 * gpt-4o-mini's followed by gemma's (a direct cloud answer checked by a local model); keyed by order,
 * the same evidence made only the local-first plans look better. The model's own estimate stays per
 * order; only the shift is shared.
 */
export function agreementKey(first: string, second: string): string {
  return first < second ? `${first}~${second}` : `${second}~${first}`;
}

export function situationKey(kept: string, called: readonly string[], pattern: readonly number[]): string {
  return `${kept}|${called.join(",")}|${pattern.join(",")}`;
}

/** The largest logit shift a correction takes (a factor of about 22,000 on the odds). */
const MAX_SHIFT = 10;
const clamp = (value: number) => Math.min(1 - 1e-4, Math.max(1e-4, value));
const logit = (value: number) => Math.log(clamp(value) / (1 - clamp(value)));
const sigmoid = (value: number) => 1 / (1 + Math.exp(-value));
/** The model whose answer a situation keeps (situationKey's first part). */
const keptModelOf = (situation: string) => situation.slice(0, situation.indexOf("|"));

/**
 * The prior's weight (pseudo-observations) now: `driftPseudoObservations` while a live rate drifts
 * (the old file's estimates are then known to miss this traffic, so the prior that holds each
 * correction near zero is widened), else `pseudoObservations`.
 */
export function priorWeightOf(options: Pick<OnlineCalibrationOptions, "pseudoObservations" | "driftPseudoObservations">, drifting: boolean): number {
  return drifting && options.driftPseudoObservations !== undefined ? options.driftPseudoObservations : options.pseudoObservations;
}

export function createOnlineCalibration(options: OnlineCalibrationOptions): OnlineCalibration {
  // Drift-widened prior (driftPseudoObservations): re-read after each live rate or feedback.
  let pseudoObservations = options.pseudoObservations;
  let priorPrecision = pseudoObservations / 4;
  const situations = new Map<string, LogitShift>();
  const pending = new Map<string, RequestExpectation>();
  const rates = new Map<DriftSignal["signal"], Tally & { count: number }>();
  const add = (tally: Tally, observed: number, expected: number) => {
    tally.observed = tally.observed * options.forgetting + observed;
    tally.expected = tally.expected * options.forgetting + expected;
    tally.weight = tally.weight * options.forgetting + 1;
  };
  const observeIn = (shifts: Map<string, LogitShift>, key: string, observed: number, expected: number) => {
    let shift = shifts.get(key);
    if (!shift) shifts.set(key, (shift = { information: 0, pull: 0 }));
    observeShift(shift, observed, expected, priorPrecision, options.forgetting);
  };
  const slopes = options.promptLengthSlope
    ? // Not gated by correctionEvidence: a centred slope moves no average, gated at 2 sd it changed no decision on MMLU-Pro -> GSM8K (session 34).
      createFeatureSlopes({ priorPrecision, forgetting: options.forgetting })
    : undefined;
  const observe = (situation: string, observed: number, expected: number, feature?: number) => {
    // The slope learns against the estimate the situation's correction gives now (it re-ranks within it).
    if (slopes && feature !== undefined) slopes.observe(keptModelOf(situation), feature, observed, corrected(situations.get(situation), expected));
    observeIn(situations, situation, observed, expected);
  };
  const rate = (signal: DriftSignal["signal"], observed: number, expected: number) => {
    let tally = rates.get(signal);
    if (!tally) rates.set(signal, (tally = { observed: 0, expected: 0, weight: 0, count: 0 }));
    add(tally, observed, expected);
    tally.count += 1;
    if (options.driftPseudoObservations !== undefined) {
      pseudoObservations = priorWeightOf(options, driftOf().length > 0);
      priorPrecision = pseudoObservations / 4;
    }
  };
  const agreements = new Map<string, LogitShift>();
  const evidence = options.correctionEvidence ?? 0;
  const gate =
    options.correctionGate === "surprise"
      ? (shift: LogitShift | undefined) => surpriseGatedShiftOf(shift, priorPrecision, pseudoObservations, evidence)
      : (shift: LogitShift | undefined) => gatedShiftOf(shift, priorPrecision, evidence);
  const corrected = (shift: LogitShift | undefined, probability: number) => {
    const delta = gate(shift);
    return delta === 0 ? probability : sigmoid(logit(probability) + delta);
  };
  return {
    adjust(situation, probability, feature) {
      const value = corrected(situations.get(situation), probability);
      const slope = slopes && feature !== undefined ? slopes.shift(keptModelOf(situation), feature) : 0;
      return slope === 0 ? value : sigmoid(logit(value) + slope);
    },
    adjustAgreement: (key, probability) => corrected(agreements.get(key), probability),
    observeAgreement: (key, agreed, expected) => observeIn(agreements, key, agreed ? 1 : 0, expected),
    observeReference(shadows, feature) {
      for (const shadow of shadows) observe(shadow.situation, shadow.agrees ? 1 : 0, shadow.predicted, feature);
    },
    remember(requestId, expectation) {
      if (expectation.situation === undefined || expectation.predicted === undefined) return;
      pending.set(requestId, expectation);
      if (pending.size > options.capacity) pending.delete(pending.keys().next().value as string);
    },
    addShadows(requestId, shadows) {
      const expectation = pending.get(requestId);
      if (!expectation) return false;
      pending.set(requestId, { ...expectation, shadows: [...(expectation.shadows ?? []), ...shadows] });
      return true;
    },
    feedback(requestId, score) {
      const expectation = pending.get(requestId);
      if (!expectation || expectation.situation === undefined || expectation.predicted === undefined) return false;
      pending.delete(requestId);
      observe(expectation.situation, score, expectation.predicted, expectation.feature);
      for (const shadow of expectation.shadows ?? []) {
        const inferred = shadow.agrees ? score : score >= 1 ? 0 : undefined;
        if (inferred !== undefined) observe(shadow.situation, inferred, shadow.predicted, expectation.feature);
      }
      rate("feedback", score, expectation.predicted);
      return true;
    },
    observeRate: rate,
    drift: () => driftOf(),
  };
  function driftOf(): DriftSignal[] {
    const drifting: DriftSignal[] = [];
    for (const [signal, tally] of rates) {
      if (tally.count < options.minSamples || tally.weight === 0) continue;
      const observed = tally.observed / tally.weight;
      const expected = tally.expected / tally.weight;
      if (Math.abs(observed - expected) > options.driftThreshold) drifting.push({ signal, observed, expected, samples: tally.count });
    }
    return drifting;
  }
}
