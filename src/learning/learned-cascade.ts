/**
 * Learned escalation: pure decision functions over success probabilities, shared by the router
 * graph (selector and verifier nodes) and the offline evaluation. No LangChain, no I/O.
 *
 * The one knob is `costWeight`: how much expected quality (a probability, 0..1) the router gives
 * up to avoid paying the price of the most expensive eligible model on this request. A call to a
 * model costing a fraction c of that price is worth making only when it raises the probability
 * of a good answer by more than costWeight × c. 0 = always the best model; 0.3 = pay for the
 * priciest model only when it adds more than 30 points of success probability.
 */

export interface CascadeCandidate {
  modelId: string;
  tier: "local" | "cloud";
  /** Expected cost of calling it on this request, as a fraction of the priciest eligible model (0..1). */
  relativeCost: number;
  /** What waiting for its answer costs, in the same units (latencyWeight x expected seconds, plus an SLO penalty); default 0. */
  latencyPenalty?: number;
}

/** The price of calling a candidate in probability units: cost knob x relative cost + its latency penalty. */
export function callPenalty(candidate: CascadeCandidate, costWeight: number): number {
  return costWeight * candidate.relativeCost + (candidate.latencyPenalty ?? 0);
}

export interface CascadeStepInput {
  /** Models already called on this request, in call order. */
  called: readonly string[];
  /** Eligible models not yet called (privacy, budget and health already applied). */
  remaining: readonly CascadeCandidate[];
  /** P(answer good | everything observed so far) for called and remaining models. */
  success: ReadonlyMap<string, number>;
  costWeight: number;
  /** Escalations already made; no further call once it reaches maxEscalations. */
  escalations?: number;
  maxEscalations?: number;
}

export type CascadeStep =
  | { action: "accept"; modelId: string; probability: number; reason: string }
  | { action: "call"; modelId: string; probability: number; gain: number; reason: string };

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The called model whose answer is most likely good (ties: the one called first). */
export function bestCalled(called: readonly string[], success: ReadonlyMap<string, number>): { modelId: string; probability: number } | undefined {
  let best: { modelId: string; probability: number } | undefined;
  for (const modelId of called) {
    const probability = success.get(modelId) ?? 0;
    if (!best || probability > best.probability) best = { modelId, probability };
  }
  return best;
}

/**
 * First choice, before any answer: the model with the best expected utility
 * (success probability − costWeight × relative cost − other penalties).
 */
export function chooseFirstModel(
  candidates: readonly CascadeCandidate[],
  success: ReadonlyMap<string, number>,
  costWeight: number,
  penalty: (candidate: CascadeCandidate) => number = () => 0,
): { modelId: string; utility: number } | undefined {
  let best: { modelId: string; utility: number } | undefined;
  for (const candidate of candidates) {
    const utility = (success.get(candidate.modelId) ?? 0) - callPenalty(candidate, costWeight) - penalty(candidate);
    if (!best || utility > best.utility) best = { modelId: candidate.modelId, utility };
  }
  return best;
}

/**
 * After answers came back: accept the most trustworthy answer seen so far, or call the model whose
 * gain in success probability beats its cost (gain − costWeight × relativeCost > 0, the largest such).
 * The caller re-estimates `success` with the new answer (agreement changes everything) and asks again.
 */
export function decideCascadeStep(input: CascadeStepInput): CascadeStep {
  const current = bestCalled(input.called, input.success);
  const base = current?.probability ?? 0;
  const budgetLeft = (input.escalations ?? 0) < (input.maxEscalations ?? Number.POSITIVE_INFINITY);
  let best: { candidate: CascadeCandidate; probability: number; net: number } | undefined;
  if (budgetLeft || !current)
    for (const candidate of input.remaining) {
      const probability = input.success.get(candidate.modelId) ?? 0;
      const net = probability - base - callPenalty(candidate, input.costWeight);
      if (net > 0 && (!best || net > best.net)) best = { candidate, probability, net };
    }
  if (best)
    return {
      action: "call",
      modelId: best.candidate.modelId,
      probability: best.probability,
      gain: best.probability - base,
      reason: `${best.candidate.modelId} raises P(good) from ${percent(base)} to ${percent(best.probability)} for ${percent(best.candidate.relativeCost)} of the top price (cost weight ${input.costWeight})`,
    };
  if (!current) throw new Error("decideCascadeStep: nothing called and nothing worth calling");
  return {
    action: "accept",
    modelId: current.modelId,
    probability: current.probability,
    reason: `accept ${current.modelId}: P(good) ${percent(current.probability)}; no model adds more than its cost`,
  };
}

/** One possible answer of the next model, in the extended agreement pattern. */
export interface NextAnswer {
  /** Index of the earlier answer it equals, its own index (a new answer) or -1 (no answer). */
  value: number;
  probability: number;
}

/**
 * What the planner needs to know about one prompt (the learned predictor provides it): the chance
 * each model's answer is good given the agreement pattern of the answers so far, and how the next
 * model's answer is likely to fall in that pattern.
 */
export interface CascadeOutcomeModel {
  knows(modelId: string): boolean;
  /** P(modelId's answer is good | the called models answered with this agreement pattern). */
  success(called: readonly string[], pattern: readonly number[], modelId: string): number;
  /** Distribution of the next model's answer relative to the called models' answers. */
  nextAnswers(called: readonly string[], pattern: readonly number[], modelId: string): NextAnswer[];
  /**
   * Which called answer to keep, when the outcome model knows better than "the highest success
   * estimate" (e.g. its per-prompt estimates cannot tell two models apart); undefined = the highest.
   */
  keep?(called: readonly string[], pattern: readonly number[]): string | undefined;
}

export interface CascadePlanInput {
  called: readonly string[];
  /** Agreement pattern of the called models' answers (index of the first equal answer, -1 none). */
  pattern: readonly number[];
  remaining: readonly CascadeCandidate[];
  costWeight: number;
  outcomes: CascadeOutcomeModel;
  /** Further calls allowed (escalation limit). */
  callsLeft?: number;
  /** How many calls ahead to look (default 2). */
  lookahead?: number;
  /**
   * Values of states already worked out, shared by several plans of one request (the first step
   * values each local start with the same candidates and weights). Only valid when every call
   * sharing it passes the same candidates (remaining = those not called), cost weight and outcomes.
   */
  memo?: Map<string, number>;
  /**
   * The price of calling `candidate` after `called` answered with `pattern` (default: callPenalty, the
   * same in every state); e.g. its latency timed by how its answer is likely to fall there
   * (`bandit.outcomeTimedCalls`, outcome-timed-calls.ts). A memo shared between plans needs the same hook.
   */
  penaltyAt?: (candidate: CascadeCandidate, called: readonly string[], pattern: readonly number[]) => number;
}

export interface CascadePlan {
  step: CascadeStep;
  /** Expected success probability minus expected cost penalty of following the plan. */
  value: number;
  acceptValue: number;
  /**
   * Accepting: the best call the plan passed over (its value, below `acceptValue`), when any call was
   * allowed — the untried step a verify exploration takes instead (bandit.online.verifyExploration).
   */
  alternative?: { modelId: string; value: number };
}

/**
 * Plans the next step by looking ahead: the value of calling a model counts what its answer will
 * tell (agreeing with an earlier answer makes that answer trustworthy; disagreeing calls for a
 * stronger model), not only its own success chance. value(state) = max(accept the best answer,
 * max over models of −costWeight × relativeCost + Σ P(its answer falls so) × value(next state)).
 * At the lookahead limit a call is valued by its own success chance (the one-step rule).
 */
export function planCascadeStep(input: CascadePlanInput): CascadePlan {
  const { outcomes, costWeight } = input;
  const memo = input.memo ?? new Map<string, number>();
  const penaltyOf = input.penaltyAt ?? ((candidate: CascadeCandidate) => callPenalty(candidate, costWeight));
  const acceptOf = (called: readonly string[], pattern: readonly number[]) => {
    const kept = outcomes.keep?.(called, pattern);
    if (kept !== undefined && called.includes(kept)) return { modelId: kept, probability: outcomes.success(called, pattern, kept) };
    let best: { modelId: string; probability: number } | undefined;
    for (const modelId of called) {
      const probability = outcomes.success(called, pattern, modelId);
      if (!best || probability > best.probability) best = { modelId, probability };
    }
    return best;
  };
  const value = (called: readonly string[], pattern: readonly number[], remaining: readonly CascadeCandidate[], depth: number, callsLeft: number): number => {
    const key = `${called.join(",")}|${pattern.join(",")}|${depth}|${callsLeft}`;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let best = acceptOf(called, pattern)?.probability ?? 0;
    if (callsLeft > 0)
      for (const candidate of remaining) {
        const penalty = penaltyOf(candidate, called, pattern);
        if (best >= 1 - penalty) continue;
        let candidateValue: number;
        if (depth <= 1) candidateValue = outcomes.success(called, pattern, candidate.modelId) - penalty;
        else candidateValue = -penalty + expectation(called, pattern, remaining, candidate, depth, callsLeft);
        if (candidateValue > best) best = candidateValue;
      }
    memo.set(key, best);
    return best;
  };
  const expectation = (
    called: readonly string[],
    pattern: readonly number[],
    remaining: readonly CascadeCandidate[],
    candidate: CascadeCandidate,
    depth: number,
    callsLeft: number,
  ): number => {
    const nextCalled = [...called, candidate.modelId];
    const nextRemaining = remaining.filter((entry) => entry.modelId !== candidate.modelId);
    let total = 0;
    let mass = 0;
    for (const next of outcomes.nextAnswers(called, pattern, candidate.modelId)) {
      if (next.probability <= 0) continue;
      total += next.probability * value(nextCalled, [...pattern, next.value], nextRemaining, depth - 1, callsLeft - 1);
      mass += next.probability;
    }
    return mass > 0 ? total / mass : 0;
  };
  const depth = Math.max(1, input.lookahead ?? 2);
  const callsLeft = input.callsLeft ?? Number.POSITIVE_INFINITY;
  const accept = acceptOf(input.called, input.pattern);
  const acceptValue = accept?.probability ?? Number.NEGATIVE_INFINITY;
  let best: { candidate: CascadeCandidate; value: number } | undefined;
  if (callsLeft > 0 || !accept)
    for (const candidate of input.remaining) {
      const penalty = penaltyOf(candidate, input.called, input.pattern);
      const candidateValue =
        depth <= 1
          ? outcomes.success(input.called, input.pattern, candidate.modelId) - penalty
          : -penalty + expectation(input.called, input.pattern, input.remaining, candidate, depth, callsLeft);
      if (!best || candidateValue > best.value) best = { candidate, value: candidateValue };
    }
  if (best && (!accept || best.value > acceptValue + 1e-9)) {
    const probability = outcomes.success(input.called, input.pattern, best.candidate.modelId);
    return {
      value: best.value,
      acceptValue,
      step: {
        action: "call",
        modelId: best.candidate.modelId,
        probability,
        gain: best.value - (accept ? acceptValue : 0),
        reason: `calling ${best.candidate.modelId} is worth ${best.value.toFixed(3)} (expected success minus cost weight ${costWeight} x ${percent(best.candidate.relativeCost)} of the top price${best.candidate.latencyPenalty ? ` minus ${best.candidate.latencyPenalty.toFixed(3)} for its expected latency` : ""}) vs ${accept ? `${percent(acceptValue)} for accepting ${accept.modelId}` : "no answer yet"}`,
      },
    };
  }
  if (!accept) throw new Error("planCascadeStep: nothing called and no candidate");
  return {
    value: acceptValue,
    acceptValue,
    ...(best ? { alternative: { modelId: best.candidate.modelId, value: best.value } } : {}),
    step: {
      action: "accept",
      modelId: accept.modelId,
      probability: accept.probability,
      reason: `accept ${accept.modelId}: P(good) ${percent(accept.probability)}; no further call is worth its cost`,
    },
  };
}

/** Expected cost in USD of one call, from prices per 1M tokens. */
export function expectedCallCost(pricing: { inputPer1M: number; outputPer1M: number }, inputTokens: number, outputTokens: number): number {
  return (inputTokens * pricing.inputPer1M + outputTokens * pricing.outputPer1M) / 1_000_000;
}

/** Each model's expected cost as a fraction of the priciest one's (all 0 when every model is free). */
export function relativeCosts(costs: ReadonlyMap<string, number>): Map<string, number> {
  let top = 0;
  for (const cost of costs.values()) top = Math.max(top, cost);
  const result = new Map<string, number>();
  for (const [modelId, cost] of costs) result.set(modelId, top > 0 ? cost / top : 0);
  return result;
}
