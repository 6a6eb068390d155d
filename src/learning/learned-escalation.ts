import {
  chooseFirstModel,
  expectedCallCost,
  planCascadeStep,
  relativeCosts,
  type CascadeCandidate,
  type CascadeOutcomeModel,
  type CascadePlan,
  type CascadePlanInput,
} from "./learned-cascade.js";
import { patternOfAnswers, type LearnedSuccessPredictor } from "./knn-success-predictor.js";

/** A model the router may still call on this request (privacy, profile and health already applied). */
export interface EscalationCandidate {
  modelId: string;
  tier: "local" | "cloud";
  pricing: { inputPer1M: number; outputPer1M: number };
  /** Expected end-to-end ms of a call to it now (queue, live slowdown); undefined = latency not weighed. */
  expectedMs?: number | undefined;
}

/** How latency enters the plan: quality given up per expected second, and the request's objective. */
export interface LatencyTerms {
  /** Per second (bandit.latencyWeight or the profile's). */
  latencyWeight: number;
  /** End-to-end objective, ms; a call expected past it pays `sloPenalty`. */
  sloMs?: number | undefined;
  sloPenalty: number;
}

/** A call's latency penalty in probability units. */
export function latencyPenaltyOf(expectedMs: number | undefined, terms: LatencyTerms | undefined): number {
  if (expectedMs === undefined || terms === undefined) return 0;
  return (terms.latencyWeight * expectedMs) / 1000 + (terms.sloMs !== undefined && expectedMs > terms.sloMs ? terms.sloPenalty : 0);
}

export interface LearnedEscalationInput {
  predictor: LearnedSuccessPredictor;
  /** The prompt's embedding (the semantic classifier's vector). */
  vector: ArrayLike<number>;
  /** Answers so far, in call order, with the extracted final answer (undefined/null when none or a rule check failed). */
  answers: ReadonlyArray<{ modelId: string; finalAnswer: string | null | undefined }>;
  /** Eligible models not called yet. */
  candidates: readonly EscalationCandidate[];
  /** Prompt tokens of the request (for the expected cost of each call). */
  inputTokens: number;
  /** bandit.costWeight (or the profile's). */
  costWeight: number;
  /** verifiers.maxEscalations minus the escalations already made. */
  callsLeft: number;
  /** Calls to look ahead (default 2). */
  lookahead?: number;
  /** Weigh each call's expected latency (candidates' `expectedMs`). */
  latency?: LatencyTerms | undefined;
  /** The outcome model to plan with (default: the predictor's for `vector`); e.g. one recalibrated online. */
  outcomes?: CascadeOutcomeModel | undefined;
  /** State-dependent call prices (planCascadeStep's `penaltyAt`; `bandit.outcomeTimedCalls`). */
  penaltyAt?: CascadePlanInput["penaltyAt"];
}

/** Expected output tokens of a model: on this prompt (`vector`: its nearest training prompts' recorded lengths) when the router model has them, else the learned mean, else 256. */
export function expectedOutputTokens(predictor: LearnedSuccessPredictor, modelId: string, vector?: ArrayLike<number>): number {
  const perPrompt = vector === undefined ? undefined : predictor.expectedOutputTokens(vector, modelId);
  return perPrompt ?? predictor.routerModel.models.find((info) => info.id === modelId)?.meanOutputTokens ?? 256;
}

/** Candidates with their expected cost as a fraction of the priciest one (among the answered and remaining models). */
export function cascadeCandidates(
  predictor: LearnedSuccessPredictor,
  candidates: readonly EscalationCandidate[],
  inputTokens: number,
  latency?: LatencyTerms,
  /** The prompt's embedding: per-prompt output lengths for the expected costs. */
  vector?: ArrayLike<number>,
): CascadeCandidate[] {
  const costs = new Map(
    candidates.map((candidate) => [
      candidate.modelId,
      expectedCallCost(candidate.pricing, inputTokens, expectedOutputTokens(predictor, candidate.modelId, vector)),
    ]),
  );
  const relative = relativeCosts(costs);
  return candidates.map((candidate) => {
    const penalty = latencyPenaltyOf(candidate.expectedMs, latency);
    return {
      modelId: candidate.modelId,
      tier: candidate.tier,
      relativeCost: relative.get(candidate.modelId) ?? 0,
      ...(penalty > 0 ? { latencyPenalty: penalty } : {}),
    };
  });
}

/**
 * The verifier's decision with a learned model: accept the most trustworthy answer so far
 * (`step.modelId` may be an earlier model than the last one called) or call `step.modelId`
 * (which may skip rungs of the ladder). Pass every eligible model as a candidate, including the
 * ones already called, so relative costs are measured against the priciest eligible model.
 */
export function planLearnedEscalation(input: LearnedEscalationInput): CascadePlan {
  const called = input.answers.map((answer) => answer.modelId);
  const scaled = cascadeCandidates(input.predictor, input.candidates, input.inputTokens, input.latency, input.vector);
  return planCascadeStep({
    called,
    pattern: patternOfAnswers(input.answers.map((answer) => answer.finalAnswer)),
    remaining: scaled.filter((candidate) => !called.includes(candidate.modelId)),
    costWeight: input.costWeight,
    outcomes: input.outcomes ?? input.predictor.outcomeModel(input.vector),
    callsLeft: input.callsLeft,
    lookahead: input.lookahead ?? 2,
    ...(input.penaltyAt ? { penaltyAt: input.penaltyAt } : {}),
  });
}

/**
 * The selector's first choice with a learned model: the best local model by learned success when
 * any local model is eligible (its answer is then checked by a second local model for free, and the
 * planner escalates from there); otherwise the cloud model with the best success minus cost.
 */
export function chooseLearnedFirstModel(
  predictor: LearnedSuccessPredictor,
  vector: ArrayLike<number>,
  candidates: readonly EscalationCandidate[],
  inputTokens: number,
  costWeight: number,
): string | undefined {
  const scaled = cascadeCandidates(predictor, candidates, inputTokens, undefined, vector);
  const estimates = predictor.predict(
    vector,
    scaled.map((candidate) => candidate.modelId),
  );
  const probabilities = new Map([...estimates].map(([id, estimate]) => [id, estimate.probability]));
  const locals = scaled.filter((candidate) => candidate.tier === "local");
  return chooseFirstModel(locals.length > 0 ? locals : scaled, probabilities, costWeight)?.modelId;
}
