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
    const utility = (success.get(candidate.modelId) ?? 0) - costWeight * candidate.relativeCost - penalty(candidate);
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
      const net = probability - base - input.costWeight * candidate.relativeCost;
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
