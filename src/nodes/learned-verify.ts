import type { AnswerRecord, RouterStateValue, RouterStateUpdate } from "../state/router-state.js";
import { planLearnedEscalation } from "../learning/learned-escalation.js";
import type { LearnedSuccessPredictor } from "../learning/knn-success-predictor.js";
import type { SuccessPredictor } from "../policies/success-predictor.js";
import { checkAnswerRules } from "../policies/rule-checks.js";
import { createCloudSharePacer, type CloudSharePacer } from "../policies/cloud-share-pacer.js";
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
  const latest = answers[answers.length - 1]!;
  // The agreement check comes first, as in the offline replay: a lone local answer is checked by
  // a second local model (free) before any escalation is planned.
  const peer = answers.length === 1 ? localPeerOf(runtime, state, predictor, answers[0]!.modelId) : undefined;
  if (peer !== undefined) return { next: { modelId: peer, reason: "peer" }, kept: latest, reason: `agreement check: ${peer} answers too (local, free)` };
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
    costWeight: (profile.costWeight ?? bandit.costWeight) * (cloudSharePacerOf(runtime)?.multiplier() ?? 1),
    callsLeft: Math.max(0, verifiers.maxEscalations - state.escalations),
  });
  if (plan.step.action === "call") {
    const bothLocal = runtime.models.get(plan.step.modelId)!.config.tier === "local" && runtime.models.get(latest.modelId)!.config.tier === "local";
    return { next: { modelId: plan.step.modelId, reason: bothLocal ? "peer" : "escalation" }, kept: latest, reason: plan.step.reason };
  }
  const kept = answers.find((answer) => answer.modelId === plan.step.modelId) ?? latest;
  return { next: undefined, kept, reason: plan.step.reason };
}

export type { RouterStateUpdate };

const pacers = new WeakMap<RouterRuntime, CloudSharePacer>();

/** This router's cloud-share pacer (`bandit.targetCloudShare`), created on first use; undefined when no target is set. */
export function cloudSharePacerOf(runtime: RouterRuntime): CloudSharePacer | undefined {
  const target = runtime.config.bandit.targetCloudShare;
  if (target === undefined) return undefined;
  let pacer = pacers.get(runtime);
  if (!pacer) {
    pacer = createCloudSharePacer({ target });
    pacers.set(runtime, pacer);
  }
  return pacer;
}

/** Feeds the pacer with a finished request: did any of its calls go to a cloud model? */
export function recordCloudShare(runtime: RouterRuntime, state: RouterStateValue): void {
  cloudSharePacerOf(runtime)?.record(state.attempts.some((attempt) => attempt.tier === "cloud"));
}

/**
 * The local model that checks a lone local answer of `firstModelId`: the configured agreement peer
 * when eligible, else the untried eligible local model with the best learned success. Undefined
 * when the first model is not local or no other local model is allowed.
 */
export function localPeerOf(runtime: RouterRuntime, state: RouterStateValue, predictor: LearnedSuccessPredictor, firstModelId: string): string | undefined {
  if (runtime.models.get(firstModelId)?.config.tier !== "local") return undefined;
  const tried = new Set(state.attempts.map((attempt) => attempt.modelId));
  tried.add(firstModelId);
  const others = state.eligible.filter((id) => !tried.has(id) && runtime.models.get(id)?.config.tier === "local");
  if (others.length === 0) return undefined;
  const configured = runtime.config.verifiers.agreement.peer;
  if (configured !== undefined && others.includes(configured)) return configured;
  const estimates = predictor.predict(state.vector!, others);
  let best = others[0]!;
  for (const id of others) if ((estimates.get(id)?.probability ?? 0) > (estimates.get(best)?.probability ?? 0)) best = id;
  return best;
}

/**
 * The agreement peer to call *together with* the first model (speculative peer): with a learned
 * model the verifier always asks a local peer to check a lone local answer, so when the selector
 * picked a local model the peer's call is certain and can run concurrently. Undefined when the
 * answer streams to the caller (the verifier cannot act after tokens were sent), when the request
 * named its model, or when the verifier would not ask a peer.
 */
export function speculativePeerOf(runtime: RouterRuntime, state: RouterStateValue, streaming: boolean): string | undefined {
  const predictor = learnedPredictorOf(runtime.predictor);
  if (!predictor || streaming || !state.vector || !runtime.config.verifiers.agreement.enabled || state.options.model !== undefined) return undefined;
  if (state.answers.length > 0 || state.next?.reason !== "selected") return undefined;
  return localPeerOf(runtime, state, predictor, state.next.modelId);
}
