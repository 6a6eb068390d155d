import type { OutputTokensByOutcome } from "./knn-success-predictor.js";

/**
 * `bandit.calibratedOutcomeLengths` (session 32): a model's expected output tokens by outcome, multiplied
 * by the prompt's neighbour length correction (`outputLengthCorrection`: how far the neighbours' own
 * leave-one-out estimates fall from their recorded lengths). The lengths by outcome are neighbour means
 * as the plain mean is, so they fall short where the plain mean does (held-out CRUXEval: direct
 * gpt-4o-mini calls planned 2.91 s, realised 3.43 s). No correction known: the lengths unchanged. Pure.
 */
export function correctedOutcomeTokens(tokens: OutputTokensByOutcome, correction: number | undefined): OutputTokensByOutcome {
  if (correction === undefined || !Number.isFinite(correction) || correction <= 0) return tokens;
  return { right: tokens.right * correction, wrong: tokens.wrong * correction };
}
