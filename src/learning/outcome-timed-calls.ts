import { callPenalty, type CascadeCandidate, type CascadeOutcomeModel } from "./learned-cascade.js";

/**
 * `bandit.outcomeTimedCalls` (session 31): every call a plan looks ahead to is timed by how its answer
 * is likely to fall in the state it is made from. A model writes longer answers when wrong than when
 * right (the prompt's training neighbours' lengths by outcome), and the states a cascade escalates from
 * are those where the next model's answer is likelier wrong too (the prompt is hard): the gpt-4o call
 * after a wrong local answer and a disagreeing gpt-4o-mini takes longer than the same call made first.
 * A call's expected time in a state is P(its answer right | the answers so far) × its time when right
 * + the rest × its time when wrong. Pure.
 */
export interface OutcomeTimes {
  right: number;
  wrong: number;
  /** `bandit.escalationLengths`: the times after earlier calls (escalation-lengths.ts); undefined: these. */
  after?: ((called: readonly string[]) => OutcomeTimes | undefined) | undefined;
}

/** Expected ms of calling `modelId` after `called` answered with `pattern`; undefined without its times by outcome. */
export function outcomeTimedMs(
  outcomes: CascadeOutcomeModel,
  times: ReadonlyMap<string, OutcomeTimes>,
  called: readonly string[],
  pattern: readonly number[],
  modelId: string,
): number | undefined {
  const base = times.get(modelId);
  if (!base) return undefined;
  const own = (called.length > 0 && base.after?.(called)) || base;
  const right = Math.min(1, Math.max(0, outcomes.success(called, pattern, modelId)));
  return right * own.right + (1 - right) * own.wrong;
}

export interface OutcomeTimedPenaltyInput {
  outcomes: CascadeOutcomeModel;
  times: ReadonlyMap<string, OutcomeTimes>;
  costWeight: number;
  /** Per second. */
  latencyWeight: number;
  sloMs?: number | undefined;
  sloPenalty: number;
  /** Models keeping their candidate's own penalty (e.g. a call already running, priced by its time left). */
  keep?: readonly string[];
}

/**
 * The price of a call in a state (planCascadeStep's `penaltyAt`): the cost weight × its relative cost
 * + the latency weight × its outcome-timed seconds (+ the SLO penalty past the objective). Models
 * without times by outcome, or in `keep`, pay their candidate's own penalty (callPenalty).
 */
export function outcomeTimedPenalty(
  input: OutcomeTimedPenaltyInput,
): (candidate: CascadeCandidate, called: readonly string[], pattern: readonly number[]) => number {
  return (candidate, called, pattern) => {
    if (input.keep?.includes(candidate.modelId) || input.latencyWeight <= 0) return callPenalty(candidate, input.costWeight);
    const ms = outcomeTimedMs(input.outcomes, input.times, called, pattern, candidate.modelId);
    if (ms === undefined) return callPenalty(candidate, input.costWeight);
    const slo = input.sloMs !== undefined && ms > input.sloMs ? input.sloPenalty : 0;
    return input.costWeight * candidate.relativeCost + (input.latencyWeight * ms) / 1000 + slo;
  };
}

/**
 * What a hedge started with `target` saves when `target`'s answer is followed by a call to `next`:
 * over `target`'s answers that lead there, P × min(`next`'s time, `target`'s time), each timed by
 * outcome in that branch (a `target` answer that sends the request on is likelier wrong, so longer).
 * `branches`: each answer's probability and the state after it. Falls back to `fallbackMs` per model.
 */
export function hedgeOverlapMs(
  outcomes: CascadeOutcomeModel,
  times: ReadonlyMap<string, OutcomeTimes>,
  branches: ReadonlyArray<{ probability: number; called: readonly string[]; pattern: readonly number[] }>,
  target: string,
  next: string,
  fallbackMs: (modelId: string) => number,
): number {
  let total = 0;
  let mass = 0;
  for (const branch of branches) {
    if (branch.probability <= 0) continue;
    // The target's own answer is in the branch's state: P(right | it answered so) times it.
    const targetMs = outcomeTimedMs(outcomes, times, branch.called, branch.pattern, target) ?? fallbackMs(target);
    const nextMs = outcomeTimedMs(outcomes, times, branch.called, branch.pattern, next) ?? fallbackMs(next);
    total += branch.probability * Math.min(targetMs, nextMs);
    mass += branch.probability;
  }
  return mass > 0 ? total / mass : 0;
}
