/**
 * A learned estimate of how likely each model is to answer a prompt well, from the prompt's
 * embedding. Implemented by the learned router model (`routellm train`); the graph works without one.
 */
export interface SuccessEstimate {
  /** Probability in [0, 1] that the model's answer is good. */
  probability: number;
  /** How much evidence backs it, in pseudo-observations (used as the bandit prior's strength). */
  weight: number;
}

export interface SuccessPredictor {
  /** Model ids the predictor knows; others get no estimate. */
  readonly modelIds: readonly string[];
  predict(vector: ArrayLike<number>, modelIds: readonly string[]): Map<string, SuccessEstimate>;
}
