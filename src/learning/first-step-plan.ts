import { planCascadeStep, type CascadeCandidate, type CascadeOutcomeModel } from "./learned-cascade.js";

/**
 * The learned planner's first decision, before any answer, weighing expected quality, cost and
 * end-to-end latency of each way to serve the request:
 * - cascade: the local model and its agreement peer answer (at once), then the planner accepts or escalates;
 * - hedge: the same, with the most likely escalation started at the same time and cancelled when
 *   the local answers suffice (its spend so far is wasted, priced by the hedge cost weight);
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
}

export interface FirstStepOption {
  plan: "cascade" | "hedge" | "direct";
  /** The model called first (the local model, or the direct target). */
  modelId: string;
  /** Hedge: the model started together with the local answers. */
  hedge?: string;
  /** Expected quality minus cost and latency penalties. */
  value: number;
  expectedQuality: number;
  expectedMs: number;
}

export interface FirstStepPlan {
  choice: FirstStepOption;
  options: FirstStepOption[];
  /** Probability the cascade escalates, per target model. */
  escalation: Map<string, number>;
}

export function planFirstStep(input: FirstStepInput): FirstStepPlan {
  const { outcomes, first, peer } = input;
  const ms = (id: string) => input.expectedMs.get(id) ?? 0;
  const local = peer === undefined ? [first] : [first, peer];
  const pairMs = Math.max(...local.map(ms));
  const remaining = input.candidates.filter((candidate) => !local.includes(candidate.modelId));
  const escalation = new Map<string, number>();
  let cascadeValue = 0;
  let cascadeQuality = 0;
  let escalatedMs = 0;
  for (const a of outcomes.nextAnswers([], [], first)) {
    const afterFirst = peer === undefined ? [{ value: Number.NaN, probability: 1 }] : outcomes.nextAnswers([first], [a.value], peer);
    for (const b of afterFirst) {
      const probability = a.probability * b.probability;
      if (!(probability > 0)) continue;
      const pattern = peer === undefined ? [a.value] : [a.value, b.value];
      const plan = planCascadeStep({ called: local, pattern, remaining, costWeight: input.costWeight, outcomes, callsLeft: input.callsLeft, lookahead: 2 });
      cascadeValue += probability * plan.value;
      cascadeQuality += probability * plan.step.probability;
      if (plan.step.action === "call") {
        escalation.set(plan.step.modelId, (escalation.get(plan.step.modelId) ?? 0) + probability);
        escalatedMs += probability * ms(plan.step.modelId);
      }
    }
  }
  const slo = (expected: number) => (input.sloMs !== undefined && expected > input.sloMs ? input.sloPenalty : 0);
  const cascadeMs = pairMs + escalatedMs;
  const options: FirstStepOption[] = [
    {
      plan: "cascade",
      modelId: first,
      value: cascadeValue - (input.latencyWeight * pairMs) / 1000 - slo(cascadeMs),
      expectedQuality: cascadeQuality,
      expectedMs: cascadeMs,
    },
  ];
  if (input.hedge)
    for (const [target, probability] of escalation) {
      const targetMs = ms(target);
      // Escalating to a hedged model waits only for what is left of its call after the local answers.
      const saved = probability * Math.min(targetMs, pairMs);
      const candidate = remaining.find((entry) => entry.modelId === target)!;
      const waste = (1 - probability) * input.hedgeCostWeight * candidate.relativeCost * input.spentShare(target, pairMs);
      const hedgedMs = cascadeMs - saved;
      const base = options[0]!;
      options.push({
        plan: "hedge",
        modelId: first,
        hedge: target,
        value: base.value + slo(cascadeMs) + (input.latencyWeight * saved) / 1000 - waste - slo(hedgedMs),
        expectedQuality: cascadeQuality,
        expectedMs: hedgedMs,
      });
    }
  for (const candidate of remaining) {
    const quality = input.priorSuccess.get(candidate.modelId) ?? 0;
    const expected = ms(candidate.modelId);
    options.push({
      plan: "direct",
      modelId: candidate.modelId,
      value: quality - input.costWeight * candidate.relativeCost - (input.latencyWeight * expected) / 1000 - slo(expected),
      expectedQuality: quality,
      expectedMs: expected,
    });
  }
  let choice = options[0]!;
  for (const option of options) if (option.value > choice.value + 1e-9) choice = option;
  return { choice, options, escalation };
}
