import type { AnswerRecord, RouterStateValue, RouterStateUpdate } from "../graphs/router-state.js";
import { planLearnedEscalation } from "../learning/learned-escalation.js";
import type { LearnedSuccessPredictor } from "../learning/knn-success-predictor.js";
import type { SuccessPredictor } from "../policies/success-predictor.js";
import { checkAnswerRules } from "../policies/rule-checks.js";
import { resolveProfile } from "./profiles.js";
import type { RouterRuntime } from "./node-runtime.js";

/** The learned predictor when the configured one can plan escalations (a model from `routellm train`). */
export function learnedPredictorOf(predictor: SuccessPredictor | undefined): LearnedSuccessPredictor | undefined {
  return predictor && typeof (predictor as Partial<LearnedSuccessPredictor>).outcomeModel === "function" ? (predictor as LearnedSuccessPredictor) : undefined;
}

export interface LearnedDecision {
  /** Call this model next, or undefined to keep `kept`. */
  next: { modelId: string; reason: "peer" | "escalation" } | undefined;
  kept: AnswerRecord;
  reason: string;
}

/**
 * The verifier's decision with a learned model: from the agreement pattern of the answers so far
 * and the prompt's neighbours, accept the most trustworthy answer (possibly an earlier one) or call
 * the model whose answer is worth its cost (possibly skipping rungs). Answers that fail the rule
 * checks count as "no answer".
 */
export function decideWithLearnedModel(runtime: RouterRuntime, state: RouterStateValue, predictor: LearnedSuccessPredictor, answers: readonly AnswerRecord[]): LearnedDecision {
  const { verifiers, bandit } = runtime.config;
  const expectJson = state.options.responseFormat?.type === "json_object" || state.options.responseFormat?.type === "json_schema";
  const observed = answers.map((answer) => {
    const rules = checkAnswerRules({
      text: answer.text,
      finishReason: answer.finishReason,
      expectJson,
      minChars: verifiers.rules.minChars,
      hasToolCalls: ((answer.message as { tool_calls?: unknown[] }).tool_calls?.length ?? 0) > 0,
    });
    return { modelId: answer.modelId, finalAnswer: verifiers.rules.enabled && !rules.pass ? undefined : answer.finalAnswer };
  });
  const profile = resolveProfile(runtime.config, state.options.profile);
  const plan = planLearnedEscalation({
    predictor,
    vector: state.vector!,
    answers: observed,
    candidates: state.eligible.map((id) => {
      const model = runtime.models.get(id)!.config;
      return { modelId: id, tier: model.tier, pricing: model.pricing };
    }),
    inputTokens: Math.ceil(state.text.length / 4),
    costWeight: profile.costWeight ?? bandit.costWeight,
    callsLeft: Math.max(0, verifiers.maxEscalations - state.escalations),
  });
  const latest = answers[answers.length - 1]!;
  if (plan.step.action === "call") {
    const bothLocal = runtime.models.get(plan.step.modelId)!.config.tier === "local" && runtime.models.get(latest.modelId)!.config.tier === "local";
    return { next: { modelId: plan.step.modelId, reason: bothLocal ? "peer" : "escalation" }, kept: latest, reason: plan.step.reason };
  }
  const kept = answers.find((answer) => answer.modelId === plan.step.modelId) ?? latest;
  return { next: undefined, kept, reason: plan.step.reason };
}

export type { RouterStateUpdate };
