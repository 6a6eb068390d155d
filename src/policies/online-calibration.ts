/**
 * Online learning for the learned planner: delayed, partial feedback (a user's or a grader's score
 * for some requests, arriving later) recalibrates the success estimates of the situations the
 * router actually decides in, and live rates are compared with what the model expected (drift).
 * Pure and bounded: requests are remembered up to `capacity`, oldest first out.
 *
 * A situation is "model M's answer kept after these models answered in this agreement pattern".
 * Its correction is logit(observed mean) - logit(predicted mean) over the feedback seen for it,
 * each mean shrunk toward the prediction by `pseudoObservations` and old feedback fading with
 * `forgetting` per new observation, so a shift in traffic moves the estimates and a reversal moves
 * them back.
 */
export interface DriftSignal {
  /** feedback: scores vs predicted success; agreement: local answers agreeing vs predicted; escalation: escalations vs predicted. */
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
}

interface Tally {
  observed: number;
  expected: number;
  weight: number;
}

export interface OnlineCalibration {
  /** Success estimate of `situation` corrected by the feedback seen for it. */
  adjust(situation: string, probability: number): number;
  /** What the router expected of a request's kept answer, kept for its feedback. */
  remember(requestId: string, expectation: RequestExpectation): void;
  /** A score for an earlier request: false when the request is unknown (expired or never seen). */
  feedback(requestId: string, score: number): boolean;
  /** A live rate against its expectation (agreement of the local answers, escalation). */
  observeRate(signal: "agreement" | "escalation", observed: number, expected: number): void;
  /** Signals whose live rate has drifted from the expectation. */
  drift(): DriftSignal[];
  /**
   * Live agreement of a model pair (agreementKey): whether `second`'s final answer agreed with `first`'s,
   * against the model's (uncorrected) probability that it would.
   */
  observeAgreement(key: string, agreed: boolean, expected: number): void;
  /** Probability that a pair agrees, corrected by its live agreement (as `adjust` does for success). */
  adjustAgreement(key: string, probability: number): number;
  /**
   * Scores earlier answers against a reference answer at once, without waiting for feedback (local
   * exploration: the cloud answer the router returned stands in): an agreeing answer scores 1, a
   * disagreeing one 0.
   */
  observeReference(shadows: readonly ShadowSituation[]): void;
}

/** The key of a model pair's live agreement: `second`'s answer after `first`'s (order matters: the planner asks in that order). */
export function agreementKey(first: string, second: string): string {
  return `${first}~${second}`;
}

export function situationKey(kept: string, called: readonly string[], pattern: readonly number[]): string {
  return `${kept}|${called.join(",")}|${pattern.join(",")}`;
}

const clamp = (value: number) => Math.min(1 - 1e-4, Math.max(1e-4, value));
const logit = (value: number) => Math.log(clamp(value) / (1 - clamp(value)));
const sigmoid = (value: number) => 1 / (1 + Math.exp(-value));

export function createOnlineCalibration(options: OnlineCalibrationOptions): OnlineCalibration {
  const situations = new Map<string, Tally>();
  const pending = new Map<string, RequestExpectation>();
  const rates = new Map<DriftSignal["signal"], Tally & { count: number }>();
  const add = (tally: Tally, observed: number, expected: number) => {
    tally.observed = tally.observed * options.forgetting + observed;
    tally.expected = tally.expected * options.forgetting + expected;
    tally.weight = tally.weight * options.forgetting + 1;
  };
  const observe = (situation: string, observed: number, expected: number) => {
    let tally = situations.get(situation);
    if (!tally) situations.set(situation, (tally = { observed: 0, expected: 0, weight: 0 }));
    add(tally, observed, expected);
  };
  const rate = (signal: DriftSignal["signal"], observed: number, expected: number) => {
    let tally = rates.get(signal);
    if (!tally) rates.set(signal, (tally = { observed: 0, expected: 0, weight: 0, count: 0 }));
    add(tally, observed, expected);
    tally.count += 1;
  };
  const agreements = new Map<string, Tally>();
  const corrected = (tally: Tally | undefined, probability: number) => {
    if (!tally || tally.weight === 0) return probability;
    const prior = options.pseudoObservations;
    const expectedMean = tally.expected / tally.weight;
    const observedMean = (tally.observed + prior * expectedMean) / (tally.weight + prior);
    return sigmoid(logit(probability) + logit(observedMean) - logit(expectedMean));
  };
  return {
    adjust: (situation, probability) => corrected(situations.get(situation), probability),
    adjustAgreement: (key, probability) => corrected(agreements.get(key), probability),
    observeAgreement(key, agreed, expected) {
      let tally = agreements.get(key);
      if (!tally) agreements.set(key, (tally = { observed: 0, expected: 0, weight: 0 }));
      add(tally, agreed ? 1 : 0, expected);
    },
    observeReference(shadows) {
      for (const shadow of shadows) observe(shadow.situation, shadow.agrees ? 1 : 0, shadow.predicted);
    },
    remember(requestId, expectation) {
      if (expectation.situation === undefined || expectation.predicted === undefined) return;
      pending.set(requestId, expectation);
      if (pending.size > options.capacity) pending.delete(pending.keys().next().value as string);
    },
    feedback(requestId, score) {
      const expectation = pending.get(requestId);
      if (!expectation || expectation.situation === undefined || expectation.predicted === undefined) return false;
      pending.delete(requestId);
      observe(expectation.situation, score, expectation.predicted);
      for (const shadow of expectation.shadows ?? []) {
        const inferred = shadow.agrees ? score : score >= 1 ? 0 : undefined;
        if (inferred !== undefined) observe(shadow.situation, inferred, shadow.predicted);
      }
      rate("feedback", score, expectation.predicted);
      return true;
    },
    observeRate: rate,
    drift() {
      const drifting: DriftSignal[] = [];
      for (const [signal, tally] of rates) {
        if (tally.count < options.minSamples || tally.weight === 0) continue;
        const observed = tally.observed / tally.weight;
        const expected = tally.expected / tally.weight;
        if (Math.abs(observed - expected) > options.driftThreshold) drifting.push({ signal, observed, expected, samples: tally.count });
      }
      return drifting;
    },
  };
}
