import { planCascadeStep, type CascadeCandidate, type CascadeOutcomeModel } from "./learned-cascade.js";
import { hedgeOverlapMs, outcomeTimedPenalty, type OutcomeTimes } from "./outcome-timed-calls.js";

/**
 * Hedging an escalation: when the verifier calls a model whose answer is likely to be followed by a
 * further escalation (e.g. a cheap cloud model whose answer, disagreeing with the local ones, sends
 * the request on to the strongest), the likely next model can start together with it. Escalating to
 * it then waits only for what is left of its call; when the answer suffices it is cancelled and what
 * it already cost is wasted. Pure: the same value as the first step's hedge (first-step-plan.ts).
 */
export interface EscalationHedgeInput {
  outcomes: CascadeOutcomeModel;
  called: readonly string[];
  pattern: readonly number[];
  /** The model the verifier calls now. */
  target: string;
  /** Eligible models not yet called (target included), with cost and latency penalties. */
  remaining: readonly CascadeCandidate[];
  costWeight: number;
  /** Further calls allowed after `target`'s. */
  callsLeft: number;
  expectedMs: ReadonlyMap<string, number>;
  /** Per second. */
  latencyWeight: number;
  hedgeCostWeight: number;
  /** Share of a call's full cost spent when it is cancelled after `afterMs`. */
  spentShare: (modelId: string, afterMs: number) => number;
  /**
   * Evidence that `target`'s answer is wrong (late, i.e. long: LearnedSuccessPredictor.lateAnswerEvidence):
   * the odds of each escalation after it are multiplied by this ratio (1: none).
   */
  likelihoodRatio?: number;
  /**
   * A call already running (a hedge started earlier; `expectedMs` holds what is left of it): keeping
   * it through `target`'s call wastes only what it spends from now on, its earlier spend being sunk.
   */
  running?: { modelId: string; elapsedMs: number };
  /**
   * `bandit.outcomeTimedCalls`: each model's ms when right / wrong. The calls after `target` are timed
   * by outcome in their state, and the hedge saves min(its time, `target`'s) on the branches of
   * `target`'s answer that lead to it (an answer that sends the request on is likelier wrong: longer).
   */
  outcomeTimes?: ReadonlyMap<string, OutcomeTimes> | undefined;
  /** With `outcomeTimes`: the SLO terms of the calls' prices. */
  sloMs?: number | undefined;
  sloPenalty?: number;
  /**
   * `bandit.hedge.localCheck` (session 33): a local model may be the hedge too. Only for a cloud `target`
   * while no local call runs (the local answers are in): the device is idle while the request waits for
   * the cloud answer, so a local check likely to follow it starts now, at no cost and without sharing.
   */
  localHedges?: boolean;
}

export interface EscalationHedge {
  modelId: string;
  /** Probability the target's answer is followed by a call to this model. */
  probability: number;
  /** Latency saved minus the expected waste, in the planner's units. */
  value: number;
}

/** The cloud model worth starting together with `target`, if any (the best positive value). */
export function planEscalationHedge(input: EscalationHedgeInput): EscalationHedge | undefined {
  if (input.latencyWeight <= 0 || input.callsLeft <= 0) return undefined;
  const after = input.remaining.filter((candidate) => candidate.modelId !== input.target);
  const next = new Map<string, number>();
  // A call already running is timed by what is left of it (`expectedMs`), not by outcome.
  const running = input.running?.modelId;
  const times = input.outcomeTimes && new Map([...input.outcomeTimes].filter(([id]) => id !== running));
  const penaltyAt = times ? outcomeTimedPenalty({ ...input, times, sloPenalty: input.sloPenalty ?? 0 }) : undefined;
  const branches = new Map<string, { probability: number; called: string[]; pattern: number[] }[]>();
  for (const answer of input.outcomes.nextAnswers(input.called, input.pattern, input.target)) {
    if (answer.probability <= 0) continue;
    const called = [...input.called, input.target];
    const pattern = [...input.pattern, answer.value];
    const plan = planCascadeStep({
      called,
      pattern,
      remaining: after,
      costWeight: input.costWeight,
      outcomes: input.outcomes,
      callsLeft: input.callsLeft,
      lookahead: 2,
      ...(penaltyAt ? { penaltyAt } : {}),
    });
    if (plan.step.action !== "call") continue;
    next.set(plan.step.modelId, (next.get(plan.step.modelId) ?? 0) + answer.probability);
    branches.set(plan.step.modelId, [...(branches.get(plan.step.modelId) ?? []), { probability: answer.probability, called, pattern }]);
  }
  const targetMs = input.expectedMs.get(input.target) ?? 0;
  const ratio = input.likelihoodRatio ?? 1;
  let best: EscalationHedge | undefined;
  for (const [modelId, prior] of next) {
    const candidate = after.find((entry) => entry.modelId === modelId);
    if (candidate === undefined || !hedgeable(candidate, input.localHedges === true)) continue;
    const probability = ratio === 1 ? prior : (prior * ratio) / (1 - prior + prior * ratio);
    const overlap = times
      ? hedgeOverlapMs(input.outcomes, times, branches.get(modelId) ?? [], input.target, modelId, (id) => input.expectedMs.get(id) ?? 0)
      : Math.min(input.expectedMs.get(modelId) ?? 0, targetMs);
    const saved = probability * overlap;
    const elapsed = input.running?.modelId === modelId ? input.running.elapsedMs : undefined;
    const spent =
      elapsed === undefined ? input.spentShare(modelId, targetMs) : input.spentShare(modelId, elapsed + targetMs) - input.spentShare(modelId, elapsed);
    const waste = (1 - probability) * input.hedgeCostWeight * candidate.relativeCost * Math.max(0, spent);
    const value = (input.latencyWeight * saved) / 1000 - waste;
    if (value > 0 && (!best || value > best.value)) best = { modelId, probability, value };
  }
  return best;
}

/** A cloud call may always be hedged; a local one with `bandit.hedge.localCheck` (its cost is 0: no waste). */
export function hedgeable(candidate: Pick<CascadeCandidate, "tier">, localHedges: boolean): boolean {
  return candidate.tier === "cloud" || (localHedges && candidate.tier === "local");
}

/**
 * `bandit.hedge.answerLength` (session 30): the local answers in hand as evidence that the escalation
 * will go further. An answer of `tokens` tokens is compared with the lengths the same model wrote on
 * the prompt's training neighbours (`lateAnswerEvidence`: P(at least this long | wrong) / P(… | right));
 * the ratios of the answers given multiply (1 when nothing is known).
 */
export function answerLengthRatio(
  evidence: ((modelId: string, tokens: number) => { likelihoodRatio: number } | undefined) | undefined,
  answers: ReadonlyArray<{ modelId: string; tokens: number }>,
): number {
  if (!evidence) return 1;
  let ratio = 1;
  // "At least this long": the neighbours' answers longer than one token less than this one.
  for (const answer of answers) if (answer.tokens > 0) ratio *= evidence(answer.modelId, answer.tokens - 1)?.likelihoodRatio ?? 1;
  return ratio;
}

/**
 * `bandit.hedge.timeLeftGivenElapsed` (session 30): the time left of a call that has run `elapsedMs`.
 * The plain estimate (expected total − elapsed) reaches 0 once a call runs past its expected time, so
 * waiting for a long answer looked free. Here the tokens it has written by now (at its expected speed)
 * are given to `remainingTokens` (the prompt's neighbours' answers at least that long: how much they
 * wrote beyond it) and turned back into time. Before its first token, or without evidence: the plain estimate.
 */
export function timeLeftGivenElapsed(
  call: { elapsedMs: number; ttftMs: number; totalMs: number; tokens: number },
  remainingTokens: (writtenTokens: number) => number | undefined,
): number {
  const plain = Math.max(0, call.totalMs - call.elapsedMs);
  if (call.tokens <= 0 || call.totalMs <= call.ttftMs || call.elapsedMs <= call.ttftMs) return plain;
  const msPerToken = (call.totalMs - call.ttftMs) / call.tokens;
  const left = remainingTokens(Math.round((call.elapsedMs - call.ttftMs) / msPerToken));
  return left === undefined ? plain : left * msPerToken;
}
