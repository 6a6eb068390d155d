import { planCascadeStep, type CascadeCandidate, type CascadeOutcomeModel, type NextAnswer } from "./learned-cascade.js";
import { outcomeTimedMs, outcomeTimedPenalty, type OutcomeTimes } from "./outcome-timed-calls.js";
import { acceptedAlone, hedgeRace } from "./hedge-race-time.js";
import { planTimeBranches, shapeOfOption, sloMissProbability } from "./plan-tail.js";

/**
 * The learned planner's first decision, before any answer, weighing expected quality, cost and
 * end-to-end latency of each way to serve the request:
 * - cascade: the local model and its agreement peer answer (at once), then the planner accepts or escalates;
 * - solo: one local model answers alone (either of the two); the planner then accepts it, asks the
 *   other local model (one after the other) or escalates — faster when a lone answer is trustworthy;
 * - hedge / solo-hedge: the same, with the most likely escalation started at the same time and cancelled
 *   when the local answers suffice (its spend so far is wasted, priced by the hedge cost weight);
 * - direct: straight to one model, no local answers first.
 * Pure: the caller supplies the outcome model, prices, latency expectations and weights.
 */
export interface FirstStepInput {
  outcomes: CascadeOutcomeModel;
  /** The local model that answers first and its agreement peer (undefined: no peer). */
  first: string;
  peer: string | undefined;
  /** Every eligible model with relative cost and latency penalty (cascadeCandidates). */
  candidates: readonly CascadeCandidate[];
  /** Expected end-to-end ms of a call to each model. */
  expectedMs: ReadonlyMap<string, number>;
  /**
   * Expected ms of a call given its answer is right / wrong (wrong answers are long;
   * `bandit.branchOutputLengths`): each branch of a plan's first answers is timed with each answer's
   * P(right | the answers' agreement pattern) — so the branches the planner escalates from, where
   * the answers are likelier wrong, take longer, and a hedge saves that longer wait. Absent for a
   * model: `expectedMs` on every branch.
   */
  branchMs?: ReadonlyMap<string, { right: number; wrong: number }> | undefined;
  /**
   * `bandit.outcomeTimedCalls`: expected ms of a call to each model given its answer is right / wrong;
   * every call after the first answers (and a direct call) is timed by P(right | the state it is made
   * in), and a hedge saves its target's time on the branches that escalate to it (outcome-timed-calls.ts).
   */
  outcomeTimes?: ReadonlyMap<string, OutcomeTimes> | undefined;
  /** P(good answer) of each model with nothing observed (the direct plan's quality). */
  priorSuccess: ReadonlyMap<string, number>;
  costWeight: number;
  /** Per second. */
  latencyWeight: number;
  /** Price of a cancelled hedge's spend, per unit of relative cost (bandit.hedge.costWeight). */
  hedgeCostWeight: number;
  /** Share of a call's full cost spent when it is cancelled after `afterMs` (input + tokens generated so far). */
  spentShare: (modelId: string, afterMs: number) => number;
  hedge: boolean;
  callsLeft: number;
  sloMs?: number | undefined;
  sloPenalty: number;
  /**
   * `bandit.sloMiss` (plan-tail.ts): each plan pays `sloPenalty` × P(its time exceeds `sloMs`), its
   * branches' times spread log-normally by `spread`, instead of `sloPenalty` when its mean exceeds it.
   */
  sloMiss?: { spread: number } | undefined;
  /** `bandit.hedge.raceTime` (hedge-race-time.ts): a hedge plan's time counts the hedge winning the race against the local answers. */
  hedgeRace?: { spread: number } | undefined;
  /** Local models share one accelerator: two local answers at once take about the sum of their times. */
  sharedLocalDevice?: boolean;
  /**
   * How much local calls at once slow each other (0 = separate devices: the pair takes the slower
   * call's time; 1 = one device split evenly: the sum); overrides `sharedLocalDevice`.
   */
  deviceSharing?: number;
  /**
   * Calls the plans look ahead after their first answers (default FIRST_STEP_LOOKAHEAD, 2; config
   * `bandit.planningLookahead`). 3 is enough for the longest usual chain after a lone local answer (a cheap cloud answer, a local check of the two,
   * the strongest model), which the verifier, replanning after each answer, may well follow.
   */
  lookahead?: number;
  /** Offer the solo plans (one local answer alone); default true. */
  loneLocalAnswers?: boolean;
  /**
   * Value a direct call with what may follow it (the verifier's local check or escalation, planned
   * as after the local answers); default true. false: its prior success alone, nothing after it.
   */
  directFollowUps?: boolean;
}

export interface FirstStepOption {
  /** cascade: the local model and its peer at once; solo: one local model alone; *-hedge: with the likely escalation started too. */
  plan: "cascade" | "hedge" | "solo" | "solo-hedge" | "direct";
  /** The model called first (the local model, or the direct target). */
  modelId: string;
  /** Hedge: the model started together with the local answers. */
  hedge?: string;
  /** Expected quality minus cost and latency penalties. */
  value: number;
  expectedQuality: number;
  /** Expected time of the local answers and the first escalation after them (one step; the selector's displayed figure). */
  expectedMs: number;
}

/**
 * The chosen plan's full expected end-to-end time as the planner sees it: its first answers, every
 * later call its lookahead plans (each branch's planned calls, one after the other, until it accepts or
 * the lookahead ends), less what the hedge saves. `calls`: expected calls per model after the first answers.
 */
export interface PlannedTime {
  totalMs: number;
  localMs: number;
  savedMs: number;
  calls: Record<string, number>;
  callMs: Record<string, number>;
  /** Expected output tokens a call (set by the caller that knows them; for the trace). */
  tokens?: Record<string, number>;
}

export interface FirstStepPlan {
  choice: FirstStepOption;
  options: FirstStepOption[];
  /** Probability the chosen local plan escalates, per target model. */
  escalation: Map<string, number>;
  /** The chosen plan's full expected time (PlannedTime). */
  planned: PlannedTime;
}

/**
 * How far the first step looks ahead after the plan's first answers. With 2, a lone local answer
 * followed by a cheap cloud answer was valued as if the call after that were the last: the local
 * check of two disagreeing answers counted only its own success (not what it tells), and the
 * escalation to the strongest model after it was neither priced nor timed, while the verifier,
 * replanning after each answer, does follow such chains (a lone gemma answer, gpt-4o-mini, llama,
 * gpt-4o on the mix's CRUXEval prompts: 7–11 s). Three calls cover them (`bandit.planningLookahead: 3`), for
 * about 2.5× the decision's CPU time, so the default stays 2; the verifier's own steps keep looking
 * two ahead (it replans after each answer).
 */
export const FIRST_STEP_LOOKAHEAD = 2;

export function planFirstStep(given: FirstStepInput): FirstStepPlan {
  // Every plan below walks the same states with the same candidates and weights: their values are worked out once.
  const outcomes = memoisedOutcomes(given.outcomes);
  const penaltyAt = given.outcomeTimes ? outcomeTimedPenalty({ ...given, outcomes, times: given.outcomeTimes, sloPenalty: given.sloPenalty }) : undefined;
  const input = { ...given, outcomes, memo: new Map<string, number>(), penaltyAt };
  const { first, peer } = input;
  const ms = (id: string) => input.expectedMs.get(id) ?? 0;
  const tail = input.sloMiss !== undefined && input.sloMs !== undefined;
  const slo = (expected: number) => (!tail && input.sloMs !== undefined && expected > input.sloMs ? input.sloPenalty : 0);
  const pair = peer === undefined ? undefined : localPlan(input, [first, peer]);
  // A lone local answer (either local model): faster, and the other local model stays a candidate
  // the planner may still call after it (one after the other, paying its latency).
  // Offered only when latency is weighed: otherwise the pair at once is never slower than a lone answer followed by its peer.
  const solos =
    peer === undefined
      ? [localPlan(input, [first])]
      : input.latencyWeight > 0 && input.loneLocalAnswers !== false
        ? [localPlan(input, [first]), localPlan(input, [peer])]
        : [];
  const options: FirstStepOption[] = [];
  const escalationOf = new Map<FirstStepOption, Map<string, number>>();
  for (const local of pair ? [pair, ...solos] : solos) {
    const plan = pair ? (local === pair ? "cascade" : "solo") : "cascade";
    const base: FirstStepOption = {
      plan,
      modelId: local.models[0]!,
      value: local.value - (input.latencyWeight * local.localMs) / 1000 - slo(local.expectedMs),
      expectedQuality: local.quality,
      expectedMs: local.expectedMs,
    };
    options.push(base);
    escalationOf.set(base, local.escalation);
    if (input.hedge)
      for (const [target, probability] of local.escalation) {
        // Only a cloud call is hedged: a second local answer is the pair plan (and shares the device).
        if (input.candidates.find((entry) => entry.modelId === target)?.tier !== "cloud") continue;
        // Escalating to a hedged model waits only for what is left of its call after the local answers.
        const overlap = probability * Math.min(local.escalationMs.get(target) ?? ms(target), local.rejectedMs);
        const saved = overlap + raceSavedMs(input, local.localMs, target, local.expectedMs - local.localMs - overlap);
        const candidate = input.candidates.find((entry) => entry.modelId === target)!;
        const waste = (1 - probability) * input.hedgeCostWeight * candidate.relativeCost * input.spentShare(target, local.acceptedMs);
        const hedgedMs = local.expectedMs - saved;
        const hedged: FirstStepOption = {
          ...base,
          plan: plan === "solo" ? "solo-hedge" : "hedge",
          hedge: target,
          value: base.value + slo(local.expectedMs) + (input.latencyWeight * saved) / 1000 - waste - slo(hedgedMs),
          expectedMs: hedgedMs,
        };
        options.push(hedged);
        escalationOf.set(hedged, local.escalation);
      }
  }
  for (const candidate of input.candidates) {
    if (candidate.modelId === first || candidate.modelId === peer) continue;
    // bandit.outcomeTimedCalls: a direct call too is timed by its answer's prior odds of being right.
    const directMs = (given.outcomeTimes && outcomeTimedMs(outcomes, given.outcomeTimes, [], [], candidate.modelId)) ?? ms(candidate.modelId);
    const own = input.costWeight * candidate.relativeCost + (input.latencyWeight * directMs) / 1000;
    if (input.directFollowUps === false || input.callsLeft <= 0) {
      const quality = input.priorSuccess.get(candidate.modelId) ?? 0;
      const expected = ms(candidate.modelId);
      options.push({ plan: "direct", modelId: candidate.modelId, value: quality - own - slo(expected), expectedQuality: quality, expectedMs: expected });
      continue;
    }
    // What the verifier does after the direct answer counts too (a local check of it, one after the
    // other, or an escalation), valued as after the local answers: the direct plan's full value and time.
    const start = localPlan(input, [candidate.modelId]);
    options.push({
      plan: "direct",
      modelId: candidate.modelId,
      value: start.value - own - slo(start.expectedMs),
      expectedQuality: start.quality,
      expectedMs: start.expectedMs,
    });
  }
  if (tail) for (const option of options) option.value -= input.sloPenalty * sloMissOf(input, option, pair?.models);
  let choice = options[0]!;
  // Ties (within rounding) keep the earlier option: the pair before a lone answer, a cascade before a direct call.
  for (const option of options) if (option.value > choice.value + 1e-6) choice = option;
  return { choice, options, escalation: escalationOf.get(choice) ?? new Map(), planned: plannedTime(input, choice, pair, solos) };
}

/** P(the option's time exceeds the objective), from its branches (`bandit.sloMiss`). */
function sloMissOf(input: FirstStepInput & { memo: Map<string, number> }, option: FirstStepOption, pair: readonly string[] | undefined): number {
  const branches = planTimeBranches(
    {
      outcomes: input.outcomes,
      candidates: withLocalWaits(input),
      expectedMs: input.expectedMs,
      costWeight: input.costWeight,
      callsLeft: input.callsLeft,
      lookahead: input.lookahead ?? FIRST_STEP_LOOKAHEAD,
      deviceSharing: input.deviceSharing ?? (input.sharedLocalDevice ? 1 : 0),
      memo: input.memo,
    },
    shapeOfOption(option, pair),
  );
  return sloMissProbability(branches, input.sloMs!, input.sloMiss!.spread);
}

/** PlannedTime of `choice`: walks its first answers' branches and, from each, the calls the lookahead plans. */
function plannedTime(input: PlanningInput, choice: FirstStepOption, pair: LocalPlan | undefined, solos: readonly LocalPlan[]): PlannedTime {
  const ms = (id: string) => input.expectedMs.get(id) ?? 0;
  const models = (choice.plan === "cascade" || choice.plan === "hedge") && pair ? pair.models : [choice.modelId];
  const local = choice.plan === "direct" ? undefined : [pair, ...solos].find((plan) => plan?.models.join() === models.join());
  const remainingOf = (called: readonly string[]) => input.candidates.filter((candidate) => !called.includes(candidate.modelId));
  const calls: Record<string, number> = {};
  // Expected ms spent in each model's calls (its mean time, or by outcome in each state with `outcomeTimes`).
  const timed: Record<string, number> = {};
  const follow = (called: string[], pattern: number[], probability: number, depth: number, callsLeft: number) => {
    if (depth <= 0 || callsLeft <= 0 || probability <= 0) return;
    const step = planCascadeStep({
      called,
      pattern,
      remaining: remainingOf(called),
      costWeight: input.costWeight,
      outcomes: input.outcomes,
      callsLeft,
      lookahead: depth,
      memo: input.memo,
      ...(input.penaltyAt ? { penaltyAt: input.penaltyAt } : {}),
    }).step;
    if (step.action !== "call") return;
    calls[step.modelId] = (calls[step.modelId] ?? 0) + probability;
    const stepMs = (input.outcomeTimes && outcomeTimedMs(input.outcomes, input.outcomeTimes, called, pattern, step.modelId)) ?? ms(step.modelId);
    timed[step.modelId] = (timed[step.modelId] ?? 0) + probability * stepMs;
    const answers = input.outcomes.nextAnswers(called, pattern, step.modelId).filter((next) => next.probability > 0);
    const mass = answers.reduce((sum, next) => sum + next.probability, 0);
    for (const next of answers) follow([...called, step.modelId], [...pattern, next.value], (probability * next.probability) / mass, depth - 1, callsLeft - 1);
  };
  const walk = (called: string[], pattern: number[], probability: number) => {
    if (called.length === models.length) return follow(called, pattern, probability, input.lookahead ?? FIRST_STEP_LOOKAHEAD, input.callsLeft);
    for (const next of input.outcomes.nextAnswers(called, pattern, models[called.length]!))
      if (next.probability > 0) walk([...called, models[called.length]!], [...pattern, next.value], probability * next.probability);
  };
  walk([], [], 1);
  const localMs = local?.localMs ?? ms(choice.modelId);
  const hedged = choice.hedge;
  const overlapMs = hedged && local ? (local.escalation.get(hedged) ?? 0) * Math.min(local.escalationMs.get(hedged) ?? ms(hedged), local.rejectedMs) : 0;
  const afterMs = Object.values(timed).reduce((sum, value) => sum + value, 0) - overlapMs;
  const savedMs = overlapMs + (hedged && local ? raceSavedMs(input, localMs, hedged, afterMs) : 0);
  const callMs = Object.fromEntries(Object.keys(calls).map((id) => [id, (timed[id] ?? 0) / calls[id]!]));
  const totalMs = localMs + afterMs + overlapMs - savedMs;
  return { totalMs, localMs, savedMs, calls, callMs };
}

/** `bandit.hedge.raceTime`: what the hedge saves by answering first (accepted alone), beyond its overlap; 0 when off. */
function raceSavedMs(input: PlanningInput, localMs: number, hedge: string, afterLocalMs: number): number {
  if (!input.hedgeRace) return 0;
  const race = { ...input, lookahead: input.lookahead ?? FIRST_STEP_LOOKAHEAD };
  const hedgeMs = input.expectedMs.get(hedge) ?? 0;
  return hedgeRace({ localMs, hedgeMs, acceptHedge: acceptedAlone(race, hedge), afterLocalMs, spread: input.hedgeRace.spread }).savedMs;
}

/** The first step's input while planning: a memo of state values shared by its plans, and `bandit.outcomeTimedCalls`' call prices. */
type PlanningInput = FirstStepInput & {
  memo: Map<string, number>;
  penaltyAt?: ((candidate: CascadeCandidate, called: readonly string[], pattern: readonly number[]) => number) | undefined;
};

interface LocalPlan {
  models: string[];
  /** Expected value of the cascade after these local answers (without the local answers' own latency). */
  value: number;
  quality: number;
  /** The local answers' expected time: on a shared device calls decoding at once split its speed (the sum), else the slower one. */
  localMs: number;
  /** The local answers' time where the planner keeps one / escalates (equal to localMs without `branchMs`). */
  acceptedMs: number;
  rejectedMs: number;
  expectedMs: number;
  escalation: Map<string, number>;
  /** Expected ms of each escalation target on the branches that escalate to it (`outcomeTimes`; else its mean time). */
  escalationMs: Map<string, number>;
}

/** The cascade that starts with `models` (one local model, or the local model and its peer at once). */
function localPlan(input: PlanningInput, models: readonly string[]): LocalPlan {
  const { outcomes } = input;
  const ms = (id: string) => input.expectedMs.get(id) ?? 0;
  // Two calls a ≤ b on a device with sharing s: both run at 1/(1 + s) until a ends at a(1 + s), then b alone: b + s·a.
  const sharing = Math.min(1, Math.max(0, input.deviceSharing ?? (input.sharedLocalDevice ? 1 : 0)));
  const together = (times: number[]) => {
    const slowest = Math.max(...times);
    return slowest + sharing * (times.reduce((sum, value) => sum + value, 0) - slowest);
  };
  const meanMs = together(models.map(ms));
  // A branch's local time: each answer's right/wrong time weighted by its P(right) given the pattern.
  const branchMs = (called: readonly string[], pattern: readonly number[]) =>
    together(
      called.map((id) => {
        const times = input.branchMs?.get(id);
        if (!times) return ms(id);
        const right = outcomes.success(called, pattern, id);
        return right * times.right + (1 - right) * times.wrong;
      }),
    );
  let acceptedMs = 0;
  let rejectedMs = 0;
  const remaining = withLocalWaits(input).filter((candidate) => !models.includes(candidate.modelId));
  const escalation = new Map<string, number>();
  let value = 0;
  let quality = 0;
  let escalatedMs = 0;
  const escalationMsSum = new Map<string, number>();
  let rejected = 0;
  let accepted = 0;
  const walk = (called: string[], pattern: number[], probability: number) => {
    if (called.length === models.length) {
      const plan = planCascadeStep({
        called,
        pattern,
        remaining,
        costWeight: input.costWeight,
        outcomes,
        callsLeft: input.callsLeft,
        lookahead: input.lookahead ?? FIRST_STEP_LOOKAHEAD,
        memo: input.memo,
        ...(input.penaltyAt ? { penaltyAt: input.penaltyAt } : {}),
      });
      const leafMs = input.branchMs ? branchMs(called, pattern) : meanMs;
      value += probability * plan.value;
      quality += probability * (plan.step.action === "call" ? qualityAfterCall(outcomes, called, pattern, plan.step.modelId) : plan.step.probability);
      if (plan.step.action === "call") {
        escalation.set(plan.step.modelId, (escalation.get(plan.step.modelId) ?? 0) + probability);
        const targetMs = (input.outcomeTimes && outcomeTimedMs(outcomes, input.outcomeTimes, called, pattern, plan.step.modelId)) ?? ms(plan.step.modelId);
        escalatedMs += probability * targetMs;
        escalationMsSum.set(plan.step.modelId, (escalationMsSum.get(plan.step.modelId) ?? 0) + probability * targetMs);
        rejected += probability;
        rejectedMs += probability * leafMs;
      } else {
        accepted += probability;
        acceptedMs += probability * leafMs;
      }
      return;
    }
    for (const next of outcomes.nextAnswers(called, pattern, models[called.length]!))
      if (next.probability > 0) walk([...called, models[called.length]!], [...pattern, next.value], probability * next.probability);
  };
  walk([], [], 1);
  const localMs = input.branchMs ? acceptedMs + rejectedMs : meanMs;
  return {
    models: [...models],
    value,
    quality,
    localMs,
    acceptedMs: accepted > 0 ? acceptedMs / accepted : localMs,
    rejectedMs: rejected > 0 ? rejectedMs / rejected : localMs,
    expectedMs: localMs + escalatedMs,
    escalation,
    escalationMs: new Map([...escalationMsSum].map(([id, sum]) => [id, sum / (escalation.get(id) ?? 1)])),
  };
}

/** The candidates with a local model left for later answers one after the other: its wait counts even when the caller priced none. */
function withLocalWaits(input: FirstStepInput): CascadeCandidate[] {
  return input.candidates.map((candidate) =>
    candidate.tier === "local" && candidate.latencyPenalty === undefined && input.latencyWeight > 0
      ? { ...candidate, latencyPenalty: (input.latencyWeight * (input.expectedMs.get(candidate.modelId) ?? 0)) / 1000 }
      : candidate,
  );
}

/** Expected P(good) of the answer kept once `target` has answered too (one call further; for the plan's expected quality). */
function qualityAfterCall(outcomes: CascadeOutcomeModel, called: readonly string[], pattern: readonly number[], target: string): number {
  let quality = 0;
  let mass = 0;
  for (const next of outcomes.nextAnswers(called, pattern, target)) {
    if (next.probability <= 0) continue;
    const nextCalled = [...called, target];
    const nextPattern = [...pattern, next.value];
    const kept = outcomes.keep?.(nextCalled, nextPattern);
    const best =
      kept !== undefined && nextCalled.includes(kept)
        ? outcomes.success(nextCalled, nextPattern, kept)
        : Math.max(...nextCalled.map((modelId) => outcomes.success(nextCalled, nextPattern, modelId)));
    quality += next.probability * best;
    mass += next.probability;
  }
  return mass > 0 ? quality / mass : 0;
}

/**
 * The outcome model with each answer remembered for the plan's lifetime: looking three calls ahead
 * from each start asks the same situations many times (a pure function of the prompt while one
 * decision is made).
 */
function memoisedOutcomes(outcomes: CascadeOutcomeModel): CascadeOutcomeModel {
  const successes = new Map<string, number>();
  const next = new Map<string, NextAnswer[]>();
  const keys = new Map<string, string | undefined>();
  const key = (called: readonly string[], pattern: readonly number[], modelId: string) => `${called.join(",")}|${pattern.join(",")}|${modelId}`;
  return {
    knows: (modelId) => outcomes.knows(modelId),
    success(called, pattern, modelId) {
      const at = key(called, pattern, modelId);
      let value = successes.get(at);
      if (value === undefined) successes.set(at, (value = outcomes.success(called, pattern, modelId)));
      return value;
    },
    nextAnswers(called, pattern, modelId) {
      const at = key(called, pattern, modelId);
      let value = next.get(at);
      if (value === undefined) next.set(at, (value = outcomes.nextAnswers(called, pattern, modelId)));
      return value;
    },
    ...(outcomes.keep
      ? {
          keep(called: readonly string[], pattern: readonly number[]) {
            const at = key(called, pattern, "");
            if (!keys.has(at)) keys.set(at, outcomes.keep!(called, pattern));
            return keys.get(at);
          },
        }
      : {}),
  };
}
