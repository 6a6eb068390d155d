import type { AnswerRecord, RouterStateValue, RouterStateUpdate } from "../state/router-state.js";
import { cascadeCandidates, expectedOutputTokens, planLearnedEscalation, type EscalationCandidate, type LatencyTerms } from "../learning/learned-escalation.js";
import { planFirstStep, type FirstStepPlan } from "../learning/first-step-plan.js";
import { answerLengthRatio, planEscalationHedge, timeLeftGivenElapsed } from "../learning/escalation-hedge.js";
import { outcomeTimedPenalty } from "../learning/outcome-timed-calls.js";
import { withEscalationLengths } from "../learning/escalation-lengths.js";
import { spentShareOf } from "../policies/hedge-cost.js";
import { costOfTokens } from "../policies/cost.js";
import { decideLocalExploration } from "../policies/local-exploration.js";
import { decideVerifyExploration } from "../policies/verify-exploration.js";
import { agreementKey, situationKey, type ShadowSituation } from "../policies/online-calibration.js";
import type { CascadeOutcomeModel } from "../learning/learned-cascade.js";
import { isOnlineLearningPredictor, patternOfAnswers } from "../learning/knn-success-predictor.js";
import type { LearnedSuccessPredictor, OutputTokensByOutcome } from "../learning/knn-success-predictor.js";
import { correctedOutcomeTokens } from "../learning/corrected-outcome-lengths.js";
import { withRaceLatencyWeight } from "../learning/race-latency-weight.js";
import type { SuccessPredictor } from "../learning/success-predictor.js";
import { checkAnswerRules } from "../policies/rule-checks.js";
import { createCloudSharePacer, type CloudSharePacer } from "../policies/cloud-share-pacer.js";
import { promptShape } from "../learning/success-model.js";
import { createQualityPacer, type QualityPacer } from "../policies/quality-pacer.js";
import { spikeOf } from "./spike.js";
import { resolveProfile } from "./profiles.js";
import { judgeFreeForm, withFreeFormVerdict, type FreeFormVerdict } from "../learning/free-form-verifier.js";
import { vectorCosine } from "../learning/answer-features.js";
import { hashedVector } from "../policies/hashed-vector.js";
import { lastUserText } from "./message-text.js";
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
  /** Accepting: the situation of the kept answer and its (recalibrated) success estimate. */
  situation?: string;
  probability?: number;
  /** True when the free-form verifier judged the answers. */
  freeForm?: boolean;
  /** Accepting: the earlier situations the request passed through (see shadowSituations). */
  shadows?: ShadowSituation[];
  /** Escalating: the likely next escalation, started together with `next` (cancelled if `next`'s answer suffices). */
  hedge?: string;
  /** The forced agreement check of a lone local answer (its peer answers too): not yet a decision on the plan's answers. */
  check?: true;
  /**
   * Verify exploration (bandit.online.verifyExploration): the plan accepted `kept`, and `next` is the
   * step it passed over, taken instead; the note for the trace. Not a verdict on the plan's answers.
   */
  explored?: string;
}

/**
 * The request's plan verdict after `decision` (RouterState.planVerdict): the first decision on the
 * plan's answers — a rejection when it calls another model, else an acceptance; a verdict already
 * made stays, and the forced agreement check of a lone answer is not one (the plan's answers are not
 * all in).
 */
export function planVerdictOf(
  state: Pick<RouterStateValue, "planVerdict">,
  decision: Pick<LearnedDecision, "next" | "check" | "explored">,
): RouterStateValue["planVerdict"] {
  if (state.planVerdict !== undefined || decision.check) return state.planVerdict;
  return decision.next === undefined || decision.explored !== undefined ? "accept" : "reject";
}

/** The predictor's outcome model for a prompt, its success estimates recalibrated by online feedback (bandit.online). */
export function calibratedOutcomes(runtime: RouterRuntime, predictor: LearnedSuccessPredictor, vector: ArrayLike<number>): CascadeOutcomeModel {
  const base = predictor.outcomeModel(vector);
  if (!runtime.config.bandit.online.enabled) return base;
  const feature = lengthFeatureOf(runtime, vector);
  return {
    knows: (modelId) => base.knows(modelId),
    success: (called, pattern, modelId) => {
      const probability = base.success(called, pattern, modelId);
      return called.includes(modelId) ? runtime.online.adjust(situationKey(modelId, called, pattern), probability, feature) : probability;
    },
    nextAnswers: (called, pattern, modelId) => {
      const next = base.nextAnswers(called, pattern, modelId);
      // A second answer after one: how often this pair agrees, corrected by its live agreement.
      const agree = called.length === 1 && pattern[0] === 0 ? next.find((entry) => entry.value === 0) : undefined;
      if (!agree || agree.probability <= 0 || agree.probability >= 1) return next;
      const adjusted = runtime.online.adjustAgreement(agreementKey(called[0]!, modelId), agree.probability);
      const scale = (1 - adjusted) / (1 - agree.probability);
      return next.map((entry) => ({ ...entry, probability: entry.value === 0 ? adjusted : entry.probability * scale }));
    },
    ...(base.keep ? { keep: (called: readonly string[], pattern: readonly number[]) => base.keep!(called, pattern) } : {}),
  };
}

/** The prompt's length feature for bandit.online.promptLengthSlope (log of its active embedding dimensions), else undefined. */
export function lengthFeatureOf(runtime: RouterRuntime, vector: ArrayLike<number>): number | undefined {
  return runtime.config.bandit.online.promptLengthSlope ? promptShape(vector)[0] : undefined;
}

const lastDriftReport = new WeakMap<RouterRuntime, number>();

/** Reports drifting live rates to hooks.onDrift (at most once a minute), else as a process warning (at most every ten minutes). */
export function reportDrift(runtime: RouterRuntime): void {
  const signals = runtime.online.drift();
  if (signals.length === 0) return;
  const now = runtime.clock.now();
  const last = lastDriftReport.get(runtime);
  const interval = runtime.hooks.onDrift ? 60_000 : 600_000;
  if (last !== undefined && now - last < interval) return;
  lastDriftReport.set(runtime, now);
  if (runtime.hooks.onDrift) runtime.hooks.onDrift(signals);
  else
    process.emitWarning(
      `RouteLLM: live rates drifted from the learned model's expectations (${signals.map((signal) => `${signal.signal} ${(signal.observed * 100).toFixed(1)}% vs ${(signal.expected * 100).toFixed(1)}% expected over ${signal.samples}`).join("; ")}); consider retraining or recalibrating`,
      "RouteLLMDriftWarning",
    );
}

/**
 * Feeds drift detection and feedback calibration with a finished request: whether its first two
 * local answers agreed and whether it escalated, against what the model expected, and the situation
 * its kept answer was decided in (for a later router.feedback score). A local exploration running
 * in the background learns from its answers when they are in (recordExplorationOutcome).
 */
export function recordOnlineOutcome(runtime: RouterRuntime, state: RouterStateValue, predictor: LearnedSuccessPredictor, decision: LearnedDecision): void {
  if (!runtime.config.bandit.online.enabled || !state.vector) return;
  const base = predictor.outcomeModel(state.vector);
  observeLocalPair(runtime, base, state.answers);
  // Online per-prompt learning (bandit.online.knnExamples): the served answers join the predictor's
  // neighbours when the request's feedback comes (explored answers: recordExplorationOutcome).
  if (isOnlineLearningPredictor(predictor))
    predictor.rememberForFeedback(
      state.requestId,
      state.vector,
      state.answers.map((answer) => ({ modelId: answer.modelId, answer: answer.finalAnswer })),
      decision.kept.modelId,
    );
  // The escalation signal compares the event the plan's expectation predicts: the verifier rejected
  // the plan's answers (called another model). Not state.escalations: that also counts a hedged call
  // kept only because it answered first, which the plan's probability does not (a false drift on
  // unshifted traffic, session 28). A request whose plan answers were never all in is not observed.
  const verdict = planVerdictOf(state, decision);
  if (state.expectedEscalation !== undefined && verdict !== "unknown" && verdict !== undefined)
    runtime.online.observeRate("escalation", verdict === "reject" ? 1 : 0, state.expectedEscalation);
  if (decision.situation !== undefined)
    runtime.online.remember(state.requestId, {
      situation: decision.situation,
      predicted: decision.probability,
      ...(decision.shadows ? { shadows: decision.shadows } : {}),
      feature: lengthFeatureOf(runtime, state.vector),
    });
  reportDrift(runtime);
}

/**
 * What a local exploration teaches, once its answers are in (after the request returned): whether
 * the local pair agreed, and each local answer against the cloud answer the request kept (live
 * agreement per local/cloud pair; the local situations scored against it at once: agree 1,
 * disagree 0). `kept` undefined (the request kept no answer): only the local pair is observed.
 */
export function recordExplorationOutcome(
  runtime: RouterRuntime,
  state: RouterStateValue,
  predictor: LearnedSuccessPredictor,
  explored: readonly AnswerRecord[],
  kept: AnswerRecord | undefined,
): void {
  if (!runtime.config.bandit.online.enabled || !state.vector || explored.length === 0) return;
  const base = predictor.outcomeModel(state.vector);
  observeLocalPair(runtime, base, explored);
  if (kept && kept.finalAnswer !== undefined && runtime.models.get(kept.modelId)?.config.tier === "cloud") {
    for (const answer of explored) {
      const expected = answer.finalAnswer === undefined ? undefined : expectedAgreementOf(base, answer.modelId, kept.modelId);
      if (expected !== undefined) runtime.online.observeAgreement(agreementKey(answer.modelId, kept.modelId), answersAgreed(answer, kept), expected);
    }
    const observed = [...explored, kept].map((answer) => ({ modelId: answer.modelId, finalAnswer: answer.finalAnswer }));
    runtime.online.observeReference(
      shadowSituations(base, observed, kept.modelId).filter((shadow) => !shadow.situation.startsWith(`${kept.modelId}|`)),
      lengthFeatureOf(runtime, state.vector),
    );
    // Online per-prompt learning: the explored local answers, scored against the kept cloud answer, join
    // the predictor's neighbours now.
    if (isOnlineLearningPredictor(predictor))
      predictor.addOnlineExample(state.vector, [
        ...explored.map((answer) => ({ modelId: answer.modelId, answer: answer.finalAnswer, score: answersAgreed(answer, kept) ? 1 : 0 })),
        { modelId: kept.modelId, answer: kept.finalAnswer },
      ]);
  }
  reportDrift(runtime);
}

function expectedAgreementOf(base: CascadeOutcomeModel, first: string, second: string): number | undefined {
  return base.nextAnswers([first], [0], second).find((next) => next.value === 0)?.probability;
}

function answersAgreed(first: AnswerRecord, second: AnswerRecord): boolean {
  return patternOfAnswers([first.finalAnswer, second.finalAnswer])[1] === 0;
}

/** The first two answers, when both are local: did they agree, against what the model expected (drift, and the pair's live agreement). */
export function observeLocalPair(runtime: RouterRuntime, base: CascadeOutcomeModel, answers: readonly AnswerRecord[]): void {
  const [first, second] = answers;
  if (
    !first ||
    !second ||
    runtime.models.get(first.modelId)?.config.tier !== "local" ||
    runtime.models.get(second.modelId)?.config.tier !== "local" ||
    first.finalAnswer === undefined
  )
    return;
  const expected = expectedAgreementOf(base, first.modelId, second.modelId);
  if (expected === undefined) return;
  runtime.online.observeRate("agreement", answersAgreed(first, second) ? 1 : 0, expected);
  if (second.finalAnswer !== undefined) runtime.online.observeAgreement(agreementKey(first.modelId, second.modelId), answersAgreed(first, second), expected);
}

/** The answers as the planner sees them: an answer failing the rule checks counts as "no answer". */
export function observedAnswers(
  runtime: RouterRuntime,
  state: RouterStateValue,
  answers: readonly AnswerRecord[],
): Array<{ modelId: string; finalAnswer: string | null | undefined }> {
  const { verifiers } = runtime.config;
  const expectJson = state.request.responseFormat?.type === "json_object" || state.request.responseFormat?.type === "json_schema";
  return answers.map((answer) => {
    const rules = checkAnswerRules({
      text: answer.text,
      finishReason: answer.finishReason,
      expectJson,
      minChars: verifiers.rules.minChars,
      hasToolCalls: ((answer.message as { tool_calls?: unknown[] }).tool_calls?.length ?? 0) > 0,
    });
    return { modelId: answer.modelId, finalAnswer: verifiers.rules.enabled && !rules.pass ? undefined : answer.finalAnswer };
  });
}

/**
 * What is left of a running call (a hedge) expected to take `expectedMs` in all: that minus its elapsed
 * time, or with `bandit.hedge.timeLeftGivenElapsed` the time its neighbours' answers at least as long
 * as what it has written so far still took.
 */
function runningTimeLeft(
  runtime: RouterRuntime,
  state: RouterStateValue,
  predictor: LearnedSuccessPredictor,
  running: { modelId: string; elapsedMs: number },
  expectedMs: number,
): number {
  const evidence = predictor.lateAnswerEvidence;
  const vector = state.vector;
  if (!runtime.config.bandit.hedge.timeLeftGivenElapsed || !evidence || !vector) return Math.max(0, expectedMs - running.elapsedMs);
  const tokens = expectedOutputTokens(predictor, running.modelId, vector);
  const timing = runtime.latencyExpectations.expected(running.modelId, tokens, runtime.clock.now() - running.elapsedMs);
  return timeLeftGivenElapsed(
    { elapsedMs: running.elapsedMs, ttftMs: timing.ttftMs, totalMs: timing.totalMs, tokens },
    (written) => evidence.call(predictor, vector, running.modelId, written)?.remainingTokens,
  );
}

/** bandit.hedge.answerLength: how much likelier the local answers in hand are, at their lengths, when wrong than when right. */
function localAnswerLengthRatio(runtime: RouterRuntime, state: RouterStateValue, predictor: LearnedSuccessPredictor, answers: readonly AnswerRecord[]): number {
  const vector = state.vector;
  const evidence = predictor.lateAnswerEvidence;
  if (!vector || !evidence) return 1;
  const local = answers.filter((answer) => runtime.models.get(answer.modelId)?.config.tier === "local");
  return answerLengthRatio(
    (modelId, tokens) => evidence.call(predictor, vector, modelId, tokens),
    local.map((answer) => ({
      modelId: answer.modelId,
      tokens: (answer.message as { usage_metadata?: { output_tokens?: number } }).usage_metadata?.output_tokens ?? Math.ceil(answer.text.length / 4),
    })),
  );
}

/**
 * The verifier's decision with a learned model: from the agreement pattern of the answers so far
 * and the prompt's neighbours, accept the most trustworthy answer (possibly an earlier one) or call
 * the model whose answer is worth its cost (possibly skipping rungs). Answers that fail the rule
 * checks count as "no answer".
 */
export function decideWithLearnedModel(
  runtime: RouterRuntime,
  state: RouterStateValue,
  predictor: LearnedSuccessPredictor,
  answers: readonly AnswerRecord[],
  /** A call already running (a hedge): what is left of its latency is what waiting for it costs. */
  running?: { modelId: string; elapsedMs: number },
  /** Calls in flight about to be cancelled (a hedge that won its race): expected latencies as without them. */
  leaving: readonly string[] = [],
  /** bandit.hedge.raceLatencyWeight, when a hedge answered before the local answers it races. */
  raceLatencyWeight?: number,
  /** The verifier's own decision (not a look-ahead from call_model): bandit.online.verifyExploration may apply. */
  mayExplore = false,
): LearnedDecision {
  const { verifiers } = runtime.config;
  const latest = answers[answers.length - 1]!;
  // The agreement check comes first, as in the offline replay: a lone local answer is checked by
  // a second local model (free) before any escalation is planned.
  const peer = answers.length === 1 && state.solo !== true ? localPeerOf(runtime, state, predictor, answers[0]!.modelId) : undefined;
  if (peer !== undefined)
    return { next: { modelId: peer, reason: "peer" }, kept: latest, reason: `agreement check: ${peer} answers too (local, free)`, check: true };
  const observed = observedAnswers(runtime, state, answers);
  const calibrated = calibratedOutcomes(runtime, predictor, state.vector!);
  const freeForm = freeFormVerdictOf(runtime, state, predictor, answers, observed);
  const outcomes = freeForm ? withFreeFormVerdict(calibrated, freeForm.verdict) : calibrated;
  const candidates = escalationCandidates(runtime, state, predictor, leaving).map((candidate) =>
    candidate.modelId === running?.modelId && candidate.expectedMs !== undefined
      ? { ...candidate, expectedMs: runningTimeLeft(runtime, state, predictor, running, candidate.expectedMs) }
      : candidate,
  );
  const inputTokens = Math.ceil(state.text.length / 4);
  const costWeight = pacedCostWeight(runtime, state);
  const callsLeft = Math.max(0, verifiers.maxEscalations - state.escalations);
  const latency = withRaceLatencyWeight(latencyTermsOf(runtime, state), raceLatencyWeight);
  // bandit.outcomeTimedCalls: each call timed by how its answer is likely to fall (a running call: by its time left).
  const outcomeTimes = outcomeTimesFor(runtime, predictor, state, leaving);
  if (running) outcomeTimes?.delete(running.modelId);
  const plan = planLearnedEscalation({
    predictor,
    outcomes,
    vector: state.vector!,
    answers: observed,
    candidates,
    inputTokens,
    costWeight,
    callsLeft,
    latency,
    ...(outcomeTimes ? { penaltyAt: outcomeTimedPenalty({ ...latency, outcomes, times: outcomeTimes, costWeight }) } : {}),
  });
  if (plan.step.action === "call") {
    const bothLocal = runtime.models.get(plan.step.modelId)!.config.tier === "local" && runtime.models.get(latest.modelId)!.config.tier === "local";
    const called = observed.map((answer) => answer.modelId);
    // A local check after a local answer hedges no other local call (the pair plan does); with
    // bandit.hedge.throughLocalCheck a cloud hedge running through that check is valued all the same.
    const throughCheck = running !== undefined && runtime.config.bandit.hedge.throughLocalCheck && runtime.models.get(running.modelId)!.config.tier === "cloud";
    const hedge =
      (bothLocal && !throughCheck) || !runtime.config.bandit.hedge.enabled
        ? undefined
        : planEscalationHedge({
            outcomes,
            called,
            pattern: patternOfAnswers(observed.map((answer) => answer.finalAnswer)),
            target: plan.step.modelId,
            remaining: cascadeCandidates(predictor, candidates, inputTokens, latency, state.vector).filter((candidate) => !called.includes(candidate.modelId)),
            costWeight,
            callsLeft: callsLeft - 1,
            expectedMs: new Map(candidates.map((candidate) => [candidate.modelId, candidate.expectedMs ?? 0])),
            latencyWeight: latency.latencyWeight,
            hedgeCostWeight: runtime.config.bandit.hedge.costWeight ?? costWeight,
            spentShare: spentShareFor(runtime, predictor, inputTokens, state.vector),
            // bandit.hedge.throughLocalCheck: a hedge already running is valued from now on (its spend so far is sunk).
            ...(running && runtime.config.bandit.hedge.throughLocalCheck ? { running } : {}),
            // bandit.hedge.answerLength: long local answers in hand raise the odds of the escalation after the target.
            ...(runtime.config.bandit.hedge.answerLength ? { likelihoodRatio: localAnswerLengthRatio(runtime, state, predictor, answers) } : {}),
            ...(outcomeTimes ? { outcomeTimes, sloMs: latency.sloMs, sloPenalty: latency.sloPenalty } : {}),
            // bandit.hedge.localCheck: waiting for a running cloud call (the local answers in), a local check may start now.
            ...(running && runtime.config.bandit.hedge.localCheck && runtime.models.get(plan.step.modelId)!.config.tier === "cloud"
              ? { localHedges: true }
              : {}),
          });
    const reason = `${freeForm ? `${freeForm.note}; ` : ""}${plan.step.reason}${hedge ? `; ${hedge.modelId} started with it (${(hedge.probability * 100).toFixed(0)}% likely next)` : ""}`;
    return {
      next: { modelId: plan.step.modelId, reason: bothLocal ? "peer" : "escalation" },
      kept: latest,
      reason,
      ...(hedge ? { hedge: hedge.modelId } : {}),
    };
  }
  const kept = answers.find((answer) => answer.modelId === plan.step.modelId) ?? latest;
  const explored = !mayExplore ? undefined : verifyExplorationFor(runtime, state, predictor, observed, kept.modelId, plan.alternative, candidates, inputTokens);
  if (explored?.step) {
    const bothLocal = runtime.models.get(explored.step)!.config.tier === "local" && runtime.models.get(latest.modelId)!.config.tier === "local";
    return {
      next: { modelId: explored.step, reason: bothLocal ? "peer" : "escalation" },
      kept: latest,
      reason: `${plan.step.reason}; ${explored.note}`,
      explored: explored.note,
    };
  }
  const called = observed.map((answer) => answer.modelId);
  const pattern = patternOfAnswers(observed.map((answer) => answer.finalAnswer));
  // Feedback calibrates the model's own (uncorrected) estimate: a corrected one would cancel half the correction.
  const base = freeForm ? undefined : predictor.outcomeModel(state.vector!);
  return {
    next: undefined,
    kept,
    reason: `${freeForm ? `${freeForm.note}; ` : ""}${plan.step.reason}${explored ? `; ${explored.note}` : ""}`,
    ...(freeForm ? { freeForm: true } : {}),
    situation: situationKey(kept.modelId, called, pattern),
    probability: base ? base.success(called, pattern, kept.modelId) : plan.step.probability,
    ...(base ? { shadows: shadowSituations(base, observed, kept.modelId) } : {}),
  };
}

/**
 * The situations the request passed through before its kept answer (each shorter run of the answers,
 * each of its answers kept there), with the model's estimate for each and whether that answer agrees
 * with the kept one: a score for the kept answer also tells whether those earlier answers were right
 * (same final answer: the same score; a different one when the kept answer is right: wrong). So
 * feedback on requests that went on to the cloud still calibrates the local situations they left.
 */
export function shadowSituations(
  outcomes: Pick<CascadeOutcomeModel, "success">,
  observed: ReadonlyArray<{ modelId: string; finalAnswer: string | null | undefined }>,
  keptId: string,
): ShadowSituation[] {
  const keptAnswer = observed.find((answer) => answer.modelId === keptId)?.finalAnswer;
  if (keptAnswer === undefined || keptAnswer === null) return [];
  const shadows: ShadowSituation[] = [];
  for (let length = 1; length < observed.length; length += 1) {
    const prefix = observed.slice(0, length);
    const called = prefix.map((answer) => answer.modelId);
    const pattern = patternOfAnswers(prefix.map((answer) => answer.finalAnswer));
    for (const answer of prefix) {
      if (answer.finalAnswer === undefined || answer.finalAnswer === null) continue;
      shadows.push({
        situation: situationKey(answer.modelId, called, pattern),
        predicted: outcomes.success(called, pattern, answer.modelId),
        agrees: answer.finalAnswer === keptAnswer,
      });
    }
  }
  return shadows;
}

export type { RouterStateUpdate };

/**
 * The free-form verifier's verdict on the first two answers, when both are local, free-form (no
 * extractable final answer) and the learned model has a verifier for that pair. The embedding
 * agreement uses the built-in encoder only (local); with another encoder the training mean stands
 * in (no answer text leaves the machine for it). `note`: the verdict and the second local answer's
 * latency, for the trace.
 */
export function freeFormVerdictOf(
  runtime: RouterRuntime,
  state: RouterStateValue,
  predictor: LearnedSuccessPredictor,
  answers: readonly AnswerRecord[],
  observed: ReadonlyArray<{ modelId: string; finalAnswer: string | null | undefined }>,
): { verdict: FreeFormVerdict; note: string } | undefined {
  const verifier = predictor.routerModel.freeFormVerifier;
  if (!verifier || !runtime.config.verifiers.freeForm.enabled || answers.length < 2) return undefined;
  const pair = answers.slice(0, 2);
  if (pair.some((answer) => runtime.models.get(answer.modelId)?.config.tier !== "local")) return undefined;
  if (observed.slice(0, 2).some((answer) => answer.finalAnswer !== undefined && answer.finalAnswer !== null)) return undefined;
  const embeddings = runtime.config.classifier.embeddings;
  const embeddingAgreement =
    embeddings.provider === "builtin" && verifier.inputs.includes("embeddingAgreement")
      ? vectorCosine(hashedVector(pair[0]!.text, embeddings.dimensions), hashedVector(pair[1]!.text, embeddings.dimensions))
      : undefined;
  const verdict = judgeFreeForm(
    verifier,
    lastUserText(state.messages),
    pair.map((answer) => ({ modelId: answer.modelId, text: answer.text })),
    embeddingAgreement,
  );
  if (!verdict) return undefined;
  const peerAttempt = state.attempts.find((attempt) => attempt.modelId === pair[1]!.modelId && attempt.ok);
  const rated = [...verdict.probabilities].map(([id, probability]) => `${id} ${(probability * 100).toFixed(1)}%`).join(", ");
  const latency = peerAttempt ? `; second local answer ${Math.round(peerAttempt.latencyMs)} ms` : "";
  return { verdict, note: `free-form verifier: P(good) ${rated}, substance agreement ${verdict.agreement.toFixed(2)}, keep ${verdict.keep}${latency}` };
}

/** Share of a call's full cost spent when it is cancelled after `afterMs`, from its expected timing now. */
export function spentShareFor(
  runtime: RouterRuntime,
  predictor: LearnedSuccessPredictor,
  inputTokens: number,
  vector: ArrayLike<number> | undefined,
): (modelId: string, afterMs: number) => number {
  const now = runtime.clock.now();
  return (modelId, afterMs) => {
    const outputTokens = expectedOutputTokens(predictor, modelId, vector);
    const timing = runtime.latencyExpectations.expected(modelId, outputTokens, now);
    return spentShareOf(runtime.models.get(modelId)!.config.pricing, inputTokens, outputTokens, timing, afterMs);
  };
}

/** How latency enters this request's plans: the profile's (else bandit's) latency weight and SLO. */
export function latencyTermsOf(runtime: RouterRuntime, state: RouterStateValue): LatencyTerms {
  const profile = resolveProfile(runtime.config, state.options.profile);
  const { bandit } = runtime.config;
  const { latencyWeight } = spikeOf(runtime, state);
  return { latencyWeight, sloMs: profile.latencySloMs ?? bandit.latencySloMs, sloPenalty: bandit.sloPenalty };
}

/** Every eligible model with its prices and the end-to-end time a call to it is expected to take now. */
export function escalationCandidates(
  runtime: RouterRuntime,
  state: Pick<RouterStateValue, "eligible" | "vector">,
  predictor: LearnedSuccessPredictor,
  leaving: readonly string[] = [],
): EscalationCandidate[] {
  const now = runtime.clock.now();
  return state.eligible.map((id) => {
    const model = runtime.models.get(id)!.config;
    const expectedMs = runtime.latencyExpectations.expected(id, expectedCallTokens(runtime, predictor, id, state.vector), now, leaving).totalMs;
    return { modelId: id, tier: model.tier, pricing: model.pricing, expectedMs };
  });
}

/** The output tokens a call's expected time is worked out from: corrected by the neighbours' own errors with `bandit.calibratedOutputLengths`. */
function expectedCallTokens(runtime: RouterRuntime, predictor: LearnedSuccessPredictor, modelId: string, vector: ArrayLike<number> | undefined): number {
  const calibrated = runtime.config.bandit.calibratedOutputLengths && vector !== undefined ? predictor.calibratedOutputTokens?.(vector, modelId) : undefined;
  return calibrated ?? expectedOutputTokens(predictor, modelId, vector);
}

/** `bandit.outcomeTimedCalls`: the times by outcome of the models it applies to (every model, or the cloud ones with "cloud"); undefined when off. */
function outcomeTimesFor(
  runtime: RouterRuntime,
  predictor: LearnedSuccessPredictor,
  state: Pick<RouterStateValue, "eligible" | "vector">,
  leaving: readonly string[] = [],
): Map<string, { right: number; wrong: number }> | undefined {
  const { outcomeTimedCalls, escalationLengths } = runtime.config.bandit;
  // bandit.escalationLengths implies the cloud calls timed by outcome.
  const setting = outcomeTimedCalls === false && escalationLengths ? "cloud" : outcomeTimedCalls;
  const vector = state.vector;
  if (setting === false || !vector) return undefined;
  const models = setting === "cloud" ? state.eligible.filter((id) => runtime.models.get(id)?.config.tier === "cloud") : state.eligible;
  const times = branchMsOf(runtime, predictor, models, vector, leaving);
  if (!times || !escalationLengths || !predictor.outputTokensAfterWrong) return times;
  const now = runtime.clock.now();
  return withEscalationLengths(times, {
    tokensAfterWrong: (modelId, earlier) =>
      outcomeTokensCorrected(runtime, predictor, vector, modelId, predictor.outputTokensAfterWrong!(vector, modelId, earlier)),
    msOf: (modelId, tokens) => runtime.latencyExpectations.expected(modelId, tokens, now, leaving).totalMs,
  });
}

/** Lengths by outcome, with `bandit.calibratedOutcomeLengths` multiplied by the prompt's neighbour length correction. */
function outcomeTokensCorrected(
  runtime: RouterRuntime,
  predictor: LearnedSuccessPredictor,
  vector: ArrayLike<number>,
  modelId: string,
  tokens: OutputTokensByOutcome | undefined,
): OutputTokensByOutcome | undefined {
  if (!tokens || !runtime.config.bandit.calibratedOutcomeLengths) return tokens;
  return correctedOutcomeTokens(tokens, predictor.outputLengthCorrection?.(vector, modelId));
}

/** Expected ms of a call to each model given its answer is right / wrong, from its learned lengths by outcome. */
function branchMsOf(
  runtime: RouterRuntime,
  predictor: LearnedSuccessPredictor,
  eligible: readonly string[],
  vector: ArrayLike<number>,
  leaving: readonly string[] = [],
): Map<string, { right: number; wrong: number }> | undefined {
  if (!predictor.outputTokensByOutcome) return undefined;
  const now = runtime.clock.now();
  const result = new Map<string, { right: number; wrong: number }>();
  for (const id of eligible) {
    const tokens = outcomeTokensCorrected(runtime, predictor, vector, id, predictor.outputTokensByOutcome(vector, id));
    if (!tokens) continue;
    result.set(id, {
      right: runtime.latencyExpectations.expected(id, tokens.right, now, leaving).totalMs,
      wrong: runtime.latencyExpectations.expected(id, tokens.wrong, now, leaving).totalMs,
    });
  }
  return result;
}

/**
 * The first step with a learned model, when the first model is local: keep the cascade (local
 * answer and peer, then accept or escalate), hedge (start the likely escalation with them), or go
 * straight to a model. Undefined when the request names its model, streams, or has no peer plan.
 */
export function planFirstStepFor(
  runtime: RouterRuntime,
  state: RouterStateValue,
  predictor: LearnedSuccessPredictor,
  first: string,
  streaming: boolean,
): FirstStepPlan | undefined {
  const { bandit, verifiers } = runtime.config;
  if (streaming || !state.vector || !verifiers.agreement.enabled || state.options.model !== undefined) return undefined;
  if (runtime.models.get(first)?.config.tier !== "local") return undefined;
  const peer = localPeerOf(runtime, state, predictor, first);
  const costWeight = pacedCostWeight(runtime, state);
  const latency = latencyTermsOf(runtime, state);
  const inputTokens = Math.ceil(state.text.length / 4);
  const raw = escalationCandidates(runtime, state, predictor);
  const candidates = cascadeCandidates(predictor, raw, inputTokens, latency, state.vector);
  const estimates = predictor.predict(state.vector, state.eligible);
  const branchMs = bandit.branchOutputLengths ? branchMsOf(runtime, predictor, state.eligible, state.vector) : undefined;
  const plan = planFirstStep({
    outcomes: calibratedOutcomes(runtime, predictor, state.vector),
    first,
    peer,
    candidates,
    expectedMs: new Map(raw.map((candidate) => [candidate.modelId, candidate.expectedMs ?? 0])),
    branchMs,
    outcomeTimes: outcomeTimesFor(runtime, predictor, state),
    priorSuccess: new Map([...estimates].map(([id, estimate]) => [id, estimate.probability])),
    costWeight,
    latencyWeight: latency.latencyWeight,
    hedgeCostWeight: bandit.hedge.costWeight ?? costWeight,
    spentShare: spentShareFor(runtime, predictor, inputTokens, state.vector),
    hedge: bandit.hedge.enabled,
    callsLeft: Math.max(0, verifiers.maxEscalations - state.escalations),
    sloMs: latency.sloMs,
    sloPenalty: latency.sloPenalty,
    sloMiss: bandit.sloMiss.enabled ? { spread: bandit.sloMiss.spread } : undefined,
    hedgeRace: bandit.hedge.raceTime?.enabled ? { spread: bandit.hedge.raceTime.spread } : undefined,
    deviceSharing: runtime.latencyExpectations.deviceSharing(),
    loneLocalAnswers: bandit.loneLocalAnswers,
    lookahead: bandit.planningLookahead,
  });
  // With a free-form verifier for this pair, the two local answers carry information the plan's
  // pattern rates do not see (free-form answers have no agreement pattern): the local pair answers
  // first, as in the offline evaluation, and the verifier decides whether the cloud is worth it.
  plan.planned.tokens = Object.fromEntries(state.eligible.map((id) => [id, expectedOutputTokens(predictor, id, state.vector)]));
  const verifier = predictor.routerModel.freeFormVerifier;
  const cascade = plan.options.find((option) => option.plan === "cascade");
  if (
    runtime.config.verifiers.freeForm.enabled &&
    peer !== undefined &&
    cascade &&
    verifier?.pairs.some((pair) => pair.models.includes(first) && pair.models.includes(peer))
  )
    return { ...plan, choice: cascade };
  return plan;
}

/**
 * Verify exploration (bandit.online.verifyExploration) where the plan accepts `keptId`: the step it
 * passed over (`alternative`), taken instead on a hashed share of the requests — once per request,
 * never privacy-pinned, within the latency objective and the cost bound. Undefined when the key is
 * absent; `step` set when it explores; `note` for the trace ("exploration: …").
 */
export function verifyExplorationFor(
  runtime: RouterRuntime,
  state: RouterStateValue,
  predictor: LearnedSuccessPredictor,
  observed: ReadonlyArray<{ modelId: string; finalAnswer: string | null | undefined }>,
  keptId: string,
  alternative: { modelId: string; value: number } | undefined,
  candidates: readonly EscalationCandidate[],
  inputTokens: number,
): { step: string | undefined; note: string } | undefined {
  const { bandit } = runtime.config;
  const settings = bandit.online.verifyExploration;
  if (!settings) return undefined;
  const keptAnswer = observed.find((answer) => answer.modelId === keptId)?.finalAnswer;
  const candidate = alternative ? candidates.find((entry) => entry.modelId === alternative.modelId) : undefined;
  // Time spent so far: the calls' latencies summed (overlapping calls counted twice: errs towards not exploring).
  const spentMs = state.attempts.reduce((sum, attempt) => sum + attempt.latencyMs, 0);
  const model = candidate ? runtime.models.get(candidate.modelId)!.config : undefined;
  const decision = decideVerifyExploration({
    text: state.text,
    share: settings.share,
    onlineEnabled: bandit.online.enabled,
    pinnedLocal: state.privacy?.pinnedLocal ?? false,
    exploring: state.exploration !== undefined,
    onlyAfterDisagreement: settings.onlyAfterDisagreement,
    disagreement: observed.some((answer) => patternOfAnswers([answer.finalAnswer, keptAnswer])[1] !== 0),
    alternative: candidate && model ? { modelId: candidate.modelId, tier: model.tier } : undefined,
    expectedMs: spentMs + (candidate?.expectedMs ?? 0),
    sloMs: resolveProfile(runtime.config, state.options.profile).latencySloMs ?? bandit.latencySloMs,
    addedCost: model ? costOfTokens(inputTokens, expectedOutputTokens(predictor, model.id, state.vector), model.pricing) : 0,
    maxAddedCost: settings.maxAddedCost,
  });
  return decision.explore && alternative
    ? {
        step: alternative.modelId,
        note: `exploration: ${alternative.modelId} answers instead of accepting ${keptId} (the step the plan passed over, worth ${alternative.value.toFixed(3)}; ${decision.why}, bandit.online.verifyExploration.share ${settings.share})`,
      }
    : { step: undefined, note: `no verify exploration: ${decision.why}` };
}

/**
 * Local exploration of a direct cloud plan (bandit.online.localExploration): whether this request also
 * runs the local plan — `first` and its agreement peer — alongside the cloud call, so that online
 * learning observes local answers on traffic it otherwise sends straight to the cloud. Undefined when
 * the plan is not a direct cloud call. `note`: the decision for the trace.
 */
export function localExplorationFor(
  runtime: RouterRuntime,
  state: RouterStateValue,
  predictor: LearnedSuccessPredictor,
  plan: FirstStepPlan,
  first: string,
): { models: string[] | undefined; note: string } | undefined {
  const target = plan.choice;
  if (target.plan !== "direct" || runtime.models.get(target.modelId)?.config.tier !== "cloud") return undefined;
  if (runtime.models.get(first)?.config.tier !== "local") return undefined;
  const { bandit } = runtime.config;
  const peer = localPeerOf(runtime, state, predictor, first);
  const models = peer === undefined ? [first] : [first, peer];
  const inputTokens = Math.ceil(state.text.length / 4);
  const costOf = (id: string) => costOfTokens(inputTokens, expectedOutputTokens(predictor, id, state.vector), runtime.models.get(id)!.config.pricing);
  const directCost = costOf(target.modelId);
  const localCost = models.reduce((sum, id) => sum + costOf(id), 0);
  const profile = resolveProfile(runtime.config, state.options.profile);
  const decision = decideLocalExploration({
    text: state.text,
    share: bandit.online.localExploration.share,
    // Drift-gated (localExploration.steadyShare): the full share only while a live rate drifts.
    ...(bandit.online.localExploration.steadyShare !== undefined
      ? { steadyShare: bandit.online.localExploration.steadyShare, drifting: runtime.online.drift().length > 0 }
      : {}),
    onlineEnabled: bandit.online.enabled,
    pinnedLocal: state.privacy?.pinnedLocal ?? false,
    // The request waits for its own path only: the local answers run in the background.
    expectedMs: target.expectedMs,
    backgroundRoom: runtime.background.hasRoom(),
    sloMs: profile.latencySloMs ?? bandit.latencySloMs,
    extraCostShare: localCost === 0 ? 0 : directCost > 0 ? localCost / directCost : Number.POSITIVE_INFINITY,
  });
  return decision.explore
    ? {
        models,
        note: `exploring the local plan: ${models.join(" + ")} answer alongside, in the background (observed, not returned, not waited for; bandit.online.localExploration.share ${bandit.online.localExploration.share})`,
      }
    : { models: undefined, note: `no local exploration: ${decision.why}` };
}

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

const qualityPacers = new WeakMap<RouterRuntime, QualityPacer>();

/** This router's quality pacer (`bandit.targetQuality`), created on first use; undefined when no target is set. */
export function qualityPacerOf(runtime: RouterRuntime): QualityPacer | undefined {
  const target = runtime.config.bandit.targetQuality;
  if (target === undefined) return undefined;
  let pacer = qualityPacers.get(runtime);
  if (!pacer) qualityPacers.set(runtime, (pacer = createQualityPacer({ target })));
  return pacer;
}

/** The learned planner's cost weight for a request: the profile's or bandit's, scaled by the cloud-share and quality pacers and a cloud latency spike. */
export function pacedCostWeight(runtime: RouterRuntime, state: RouterStateValue): number {
  const profile = resolveProfile(runtime.config, state.options.profile);
  return (
    (profile.costWeight ?? runtime.config.bandit.costWeight) *
    (cloudSharePacerOf(runtime)?.multiplier() ?? 1) *
    (qualityPacerOf(runtime)?.multiplier() ?? 1) *
    spikeOf(runtime, state).costScale
  );
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
  if (state.answers.length > 0 || state.next?.reason !== "selected" || state.solo === true) return undefined;
  return localPeerOf(runtime, state, predictor, state.next.modelId);
}
