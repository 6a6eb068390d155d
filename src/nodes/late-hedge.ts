import type { AnswerRecord, RouterStateValue } from "../state/router-state.js";
import { cascadeCandidates, expectedOutputTokens } from "../learning/learned-escalation.js";
import { planEscalationHedge, type EscalationHedge } from "../learning/escalation-hedge.js";
import type { LearnedSuccessPredictor } from "../learning/knn-success-predictor.js";
import { patternOfAnswers } from "../learning/knn-success-predictor.js";
import { tokensGeneratedBy } from "../policies/hedge-cost.js";
import { calibratedOutcomes, escalationCandidates, latencyTermsOf, observedAnswers, pacedCostWeight, spentShareFor } from "./learned-verify.js";
import type { RouterRuntime } from "./node-runtime.js";

/**
 * Late hedges (`bandit.hedge.whenLate`, session 29). A cloud call the verifier waits for that runs
 * past its expected time is writing a longer answer than usual, and on the prompt's training
 * neighbours long answers are more often wrong (gpt-4o-mini on the mix's CRUXEval prompts: 341
 * tokens when wrong, 222 when right). So the escalation likely to follow it is valued again at that
 * moment, with its odds raised by that likelihood ratio and the call's time left taken from the
 * neighbours' long answers, and started then when worth it (the escalation hedge's formula).
 */
export interface LateCall {
  modelId: string;
  elapsedMs: number;
}

/** When to look again at `modelId`'s call: ms from its start until it passes its expected time. */
export function lateAfterMs(
  runtime: RouterRuntime,
  state: Pick<RouterStateValue, "vector">,
  predictor: LearnedSuccessPredictor,
  modelId: string,
  startedAt: number,
): number {
  return runtime.latencyExpectations.expected(modelId, expectedOutputTokens(predictor, modelId, state.vector), startedAt).totalMs;
}

/** The escalation worth starting now that `late` (a cloud call the request waits for) runs past its expected time, if any. */
export function lateHedgeFor(
  runtime: RouterRuntime,
  state: RouterStateValue,
  predictor: LearnedSuccessPredictor,
  answers: readonly AnswerRecord[],
  late: LateCall,
  tried: ReadonlySet<string>,
): (EscalationHedge & { likelihoodRatio: number }) | undefined {
  if (!state.vector || !predictor.lateAnswerEvidence) return undefined;
  const now = runtime.clock.now();
  const tokens = expectedOutputTokens(predictor, late.modelId, state.vector);
  const timing = runtime.latencyExpectations.expected(late.modelId, tokens, now - late.elapsedMs);
  const written = tokensGeneratedBy(late.elapsedMs, timing.ttftMs, timing.totalMs, tokens);
  const evidence = predictor.lateAnswerEvidence(state.vector, late.modelId, written);
  if (!evidence) return undefined;
  const msPerToken = tokens > 0 ? (timing.totalMs - timing.ttftMs) / tokens : 0;
  const leftMs = evidence.remainingTokens * msPerToken;
  const observed = observedAnswers(runtime, state, answers);
  const called = observed.map((answer) => answer.modelId);
  const latency = latencyTermsOf(runtime, state);
  const raw = escalationCandidates(runtime, state, predictor)
    .filter((candidate) => candidate.modelId === late.modelId || !tried.has(candidate.modelId))
    .map((candidate) => (candidate.modelId === late.modelId ? { ...candidate, expectedMs: leftMs } : candidate));
  const inputTokens = Math.ceil(state.text.length / 4);
  const costWeight = pacedCostWeight(runtime, state);
  const hedge = planEscalationHedge({
    outcomes: calibratedOutcomes(runtime, predictor, state.vector),
    called,
    pattern: patternOfAnswers(observed.map((answer) => answer.finalAnswer)),
    target: late.modelId,
    remaining: cascadeCandidates(predictor, raw, inputTokens, latency, state.vector).filter((candidate) => !called.includes(candidate.modelId)),
    costWeight,
    callsLeft: Math.max(0, runtime.config.verifiers.maxEscalations - state.escalations - 1),
    expectedMs: new Map(raw.map((candidate) => [candidate.modelId, candidate.expectedMs ?? 0])),
    latencyWeight: latency.latencyWeight,
    hedgeCostWeight: runtime.config.bandit.hedge.costWeight ?? costWeight,
    spentShare: spentShareFor(runtime, predictor, inputTokens, state.vector),
    likelihoodRatio: evidence.likelihoodRatio,
  });
  return hedge && { ...hedge, likelihoodRatio: evidence.likelihoodRatio };
}
