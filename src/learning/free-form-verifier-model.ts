import type { LogisticModel } from "./logistic.js";
import { ANSWER_FEATURES } from "./answer-features.js";

export interface FreeFormMember {
  modelId: string;
  model: LogisticModel;
}

export interface FreeFormPair {
  /** The two configured models (sorted). */
  models: [string, string];
  members: [FreeFormMember, FreeFormMember];
  /** The member with the better mean score on the training prompts. */
  betterOnAverage: string;
  /**
   * Out-of-fold gain in mean score of keeping the answer the verifier rates higher instead of always
   * `betterOnAverage`'s, minus one standard error; ≤ 0 = keep `betterOnAverage`'s answer.
   */
  keepGain: number;
  prompts: number;
  /** Out-of-fold log-loss of the verifier vs a constant (each member's mean), summed over members. */
  logLoss: { verifier: number; constant: number };
}

/** The learned free-form verifier as stored in the router model (plain JSON). */
export interface FreeFormVerifierModel {
  /** Inputs read, a subset of `ANSWER_FEATURES` in that order (no `embeddingAgreement` when trained without embeddings). */
  inputs: string[];
  /** Mean answer length (characters) per configured model on the training prompts. */
  norms: Record<string, number>;
  pairs: FreeFormPair[];
}

const finite = (values: unknown, length: number) =>
  Array.isArray(values) && values.length === length && values.every((value) => typeof value === "number" && Number.isFinite(value));

/** Validates a stored verifier; `invalid` throws the router model's typed error. */
export function parseFreeFormVerifier(raw: unknown, invalid: (message: string) => never): FreeFormVerifierModel {
  const value = raw as Partial<FreeFormVerifierModel> | null;
  if (!value || !Array.isArray(value.inputs) || !Array.isArray(value.pairs) || typeof value.norms !== "object" || value.norms === null)
    invalid("freeFormVerifier must have inputs, norms and pairs");
  const inputs = value.inputs.map(String);
  if (inputs.some((name) => !(ANSWER_FEATURES as readonly string[]).includes(name))) invalid("freeFormVerifier names an unknown input");
  for (const pair of value.pairs) {
    if (!Array.isArray(pair.models) || pair.models.length !== 2 || !Array.isArray(pair.members) || pair.members.length !== 2)
      invalid("freeFormVerifier pairs need two models and two members");
    for (const member of pair.members) {
      const model = member?.model;
      if (!model || !finite(model.means, inputs.length) || !finite(model.scales, inputs.length) || !finite(model.weights, inputs.length + 1))
        invalid("freeFormVerifier member weights must be finite numbers, an intercept and one per input");
    }
  }
  return value as FreeFormVerifierModel;
}
