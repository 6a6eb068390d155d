import { planCascadeStep, type CascadeCandidate, type CascadeOutcomeModel } from "./learned-cascade.js";

/**
 * Tail-aware planning (`bandit.sloMiss`, session 31). The first step scores a plan by its expected
 * time, and a plan expected past the request's objective pays `sloPenalty` — all or nothing on the
 * mean. But a plan's time is a mixture: a lone local answer accepted at once is fast, the same answer
 * followed by a cheap cloud answer and the strongest model is three calls long, and it is that
 * branch that makes the p95. Here a plan's time is laid out branch by branch (each way its first
 * answers and the calls its lookahead plans after them can fall, with its probability and its time),
 * each branch's time spread log-normally (answer lengths vary about the prompt's expected length),
 * and the plan pays `sloPenalty` × P(its time exceeds the objective) instead.
 * Pure: the caller supplies the outcome model, candidates and expected times.
 */
export interface PlanTailInput {
  outcomes: CascadeOutcomeModel;
  /** Every eligible model, as the plan's values see them (relative cost, latency penalty). */
  candidates: readonly CascadeCandidate[];
  expectedMs: ReadonlyMap<string, number>;
  costWeight: number;
  callsLeft: number;
  lookahead: number;
  /** How much local calls at once slow each other (0..1; 1: the pair takes the sum of the two). */
  deviceSharing: number;
  /** planCascadeStep's memo, shared with the plan values (same states, same candidates). */
  memo?: Map<string, number>;
}

/** A plan's shape: its first answers (local models at once, or a direct call's model) and the cloud call started with them. */
export interface PlanShape {
  models: readonly string[];
  hedge?: string | undefined;
}

export interface TimeBranch {
  probability: number;
  ms: number;
}

/**
 * Every branch of `shape`'s time: the first answers (at once, on a device shared by `deviceSharing`),
 * then each call the lookahead plans one after the other until it accepts. A hedge started with the
 * first answers and escalated to first ends at max(first answers, its own time), not after them.
 */
export function planTimeBranches(input: PlanTailInput, shape: PlanShape): TimeBranch[] {
  const ms = (id: string) => input.expectedMs.get(id) ?? 0;
  const sharing = Math.min(1, Math.max(0, input.deviceSharing));
  const times = shape.models.map(ms);
  const slowest = Math.max(...times);
  const firstMs = slowest + sharing * (times.reduce((sum, value) => sum + value, 0) - slowest);
  const branches: TimeBranch[] = [];
  const follow = (called: string[], pattern: number[], probability: number, elapsed: number, depth: number, callsLeft: number) => {
    const step =
      depth > 0 && callsLeft > 0
        ? planCascadeStep({
            called,
            pattern,
            remaining: input.candidates.filter((candidate) => !called.includes(candidate.modelId)),
            costWeight: input.costWeight,
            outcomes: input.outcomes,
            callsLeft,
            lookahead: depth,
            ...(input.memo ? { memo: input.memo } : {}),
          }).step
        : undefined;
    if (step?.action !== "call") {
      branches.push({ probability, ms: elapsed });
      return;
    }
    // The hedge has run since the start: escalating to it first waits only for what is left of it.
    const hedged = step.modelId === shape.hedge && called.length === shape.models.length;
    const after = hedged ? Math.max(elapsed, ms(step.modelId)) : elapsed + ms(step.modelId);
    const answers = input.outcomes.nextAnswers(called, pattern, step.modelId).filter((next) => next.probability > 0);
    const mass = answers.reduce((sum, next) => sum + next.probability, 0);
    if (mass <= 0) {
      branches.push({ probability, ms: after });
      return;
    }
    for (const next of answers)
      follow([...called, step.modelId], [...pattern, next.value], (probability * next.probability) / mass, after, depth - 1, callsLeft - 1);
  };
  const walk = (called: string[], pattern: number[], probability: number) => {
    if (called.length === shape.models.length) return follow(called, pattern, probability, firstMs, input.lookahead, input.callsLeft);
    const modelId = shape.models[called.length]!;
    for (const next of input.outcomes.nextAnswers(called, pattern, modelId))
      if (next.probability > 0) walk([...called, modelId], [...pattern, next.value], probability * next.probability);
  };
  walk([], [], 1);
  return branches;
}

/** P(time > sloMs) of a mixture of branches, each log-normal about its time with log-spread `spread` (0: a step at the branch's time). */
export function sloMissProbability(branches: readonly TimeBranch[], sloMs: number, spread: number): number {
  let miss = 0;
  let mass = 0;
  for (const branch of branches) {
    mass += branch.probability;
    if (branch.ms <= 0) continue;
    miss += branch.probability * (spread > 0 ? 1 - normalCdf(Math.log(sloMs / branch.ms) / spread) : branch.ms > sloMs ? 1 : 0);
  }
  return mass > 0 ? miss / mass : 0;
}

/** Φ(x), the standard normal CDF (Abramowitz & Stegun 7.1.26 for erf, |error| < 1.5e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-z * z);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** The shape of a first-step option: the pair's (or a lone local answer's) models, or a direct call's model, and its hedge. */
export function shapeOfOption(option: { plan: string; modelId: string; hedge?: string | undefined }, pair: readonly string[] | undefined): PlanShape {
  const models = (option.plan === "cascade" || option.plan === "hedge") && pair ? pair : [option.modelId];
  return { models, hedge: option.hedge };
}
