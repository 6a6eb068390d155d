import { bestCalled } from "../learned-cascade.js";
import { chooseLearnedFirstModel, planLearnedEscalation } from "../learned-escalation.js";
import { answersAgree } from "../../policies/answer-extraction.js";
import type { LearnedSuccessPredictor } from "../knn-success-predictor.js";
import type { ReplayItem } from "../../simulation/dataset.js";
import type { PromptOutcome } from "../../simulation/metrics.js";
import type { CloudSharePacer } from "../../policies/cloud-share-pacer.js";
import { judgeFreeForm, withFreeFormVerdict } from "../free-form-verifier.js";
import { vectorCosine } from "../answer-features.js";
import { callCostUsd, countPromptTokens, outputTokensFromChars } from "../../simulation/tokens.js";

/** A configured model as the offline evaluation needs it. */
export interface EvalModel {
  id: string;
  tier: "local" | "cloud";
  pricing: { inputPer1M: number; outputPer1M: number };
}

/** A replay item with its embedding and prompt tokens computed once. */
export interface PreparedItem {
  item: ReplayItem;
  vector: Float32Array;
  inputTokens: number;
}

/** Which models a strategy called on one prompt, in order, and whose answer it delivered. */
export interface RouteTrace {
  calls: string[];
  final: string;
}

export function prepareItems(items: readonly ReplayItem[], embed: (text: string) => ArrayLike<number>): PreparedItem[] {
  return items.map((item) => ({ item, vector: Float32Array.from(embed(item.prompt)), inputTokens: countPromptTokens([item.prompt]) }));
}

/** The first answer and, for a local first answer, its local verification peer: not escalations. */
function initialCalls(calls: readonly string[], models: ReadonlyMap<string, EvalModel>): number {
  return calls.length >= 2 && models.get(calls[0]!)?.tier === "local" && models.get(calls[1]!)?.tier === "local" ? 2 : Math.min(1, calls.length);
}

/** Quality, cost and cloud use of a trace, from the recording (no latency: this replay has no clock). */
export function outcomeOfTrace(prepared: PreparedItem, trace: RouteTrace, models: ReadonlyMap<string, EvalModel>): PromptOutcome {
  let costUsd = 0;
  let reachedCloud = false;
  for (const modelId of trace.calls) {
    const model = models.get(modelId)!;
    const outcome = prepared.item.outcomes[modelId]!;
    costUsd += callCostUsd(model.pricing, prepared.inputTokens, outputTokensFromChars(outcome.outChars));
    if (model.tier === "cloud") reachedCloud = true;
  }
  const final = prepared.item.outcomes[trace.final]!;
  return {
    quality: final.score,
    costUsd,
    servedTokens: prepared.inputTokens + outputTokensFromChars(final.outChars),
    latencyMs: 0,
    ttftMs: 0,
    reachedCloud,
    labelled: prepared.item.sensitive !== undefined,
    escalations: trace.calls.length - initialCalls(trace.calls, models),
    modelId: trace.final,
  };
}

export interface CascadeContext {
  models: readonly EvalModel[];
  predictor: LearnedSuccessPredictor;
  costWeight: number;
  /** Expected output tokens per model (informational; the planner reads them from the learned model). */
  expectedOutputTokens?: ReadonlyMap<string, number>;
  /** Ask a second local model to verify a local answer (the agreement verifier). Default true. */
  localPeer?: boolean;
  /** Restrict to local models (a prompt pinned local by the privacy guard). */
  localOnly?: boolean;
  maxEscalations?: number;
  /** Calls the planner looks ahead (1 = one-step rule). Default 2. */
  lookahead?: number;
  /** Online cloud-share pacing (`bandit.targetCloudShare`): scales the cost weight; fed with each routed prompt. */
  pacer?: CloudSharePacer;
  /** Use the learned free-form verifier on recorded answer texts (when the model has one). Default true. */
  answerFeatures?: boolean;
  /** The encoder for the answers' embedding agreement (when the verifier was trained with it). */
  embedAnswer?: (text: string) => ArrayLike<number>;
}

/**
 * The learned cascade, exactly as the graph runs it: the selector picks the model with the best
 * expected utility; a local answer is checked by a second local model; then, with probabilities
 * conditioned on which answers agree, the verifier accepts the most trustworthy answer or calls the
 * model whose gain beats its cost, until nothing is worth calling.
 */
export function routeCascade(prepared: PreparedItem, context: CascadeContext): RouteTrace {
  if (!context.pacer) return routeCascadeAt(prepared, context, context.costWeight);
  const trace = routeCascadeAt(prepared, context, context.costWeight * context.pacer.multiplier());
  context.pacer.record(trace.calls.some((id) => context.models.find((model) => model.id === id)?.tier === "cloud"));
  return trace;
}

function routeCascadeAt(prepared: PreparedItem, context: CascadeContext, costWeight: number): RouteTrace {
  const eligible = context.models.filter((model) => prepared.item.outcomes[model.id] !== undefined && (!context.localOnly || model.tier === "local"));
  const candidates = eligible.map((model) => ({ modelId: model.id, tier: model.tier, pricing: model.pricing }));
  const first = chooseLearnedFirstModel(context.predictor, prepared.vector, candidates, prepared.inputTokens, costWeight)!;
  const calls = [first];
  // The agreement verifier's peer: the best other local model (by learned success).
  if (eligible.find((model) => model.id === first)!.tier === "local" && context.localPeer !== false) {
    const others = eligible.filter((model) => model.tier === "local" && model.id !== first).map((model) => model.id);
    const estimates = context.predictor.predict(prepared.vector, others);
    let peer: string | undefined;
    for (const id of others) if (peer === undefined || estimates.get(id)!.probability > estimates.get(peer)!.probability) peer = id;
    if (peer !== undefined) calls.push(peer);
  }
  const initial = calls.length;
  const outcomes = freeFormOutcomes(prepared, context, calls);
  for (;;) {
    const { step } = planLearnedEscalation({
      predictor: context.predictor,
      vector: prepared.vector,
      answers: calls.map((modelId) => ({ modelId, finalAnswer: prepared.item.outcomes[modelId]!.answer })),
      candidates,
      inputTokens: prepared.inputTokens,
      costWeight,
      callsLeft: (context.maxEscalations ?? 3) - (calls.length - initial),
      lookahead: context.lookahead,
      outcomes,
    });
    if (step.action === "accept") return { calls, final: step.modelId };
    calls.push(step.modelId);
  }
}

/** The planner's outcome model with the free-form verifier's verdict on the two local answers, when it applies. */
function freeFormOutcomes(prepared: PreparedItem, context: CascadeContext, calls: readonly string[]) {
  const verifier = context.predictor.routerModel.freeFormVerifier;
  if (context.answerFeatures === false || !verifier || calls.length < 2) return undefined;
  const answers = calls.map((modelId) => ({ modelId, outcome: prepared.item.outcomes[modelId]! }));
  if (answers.some((entry) => entry.outcome.text === undefined || entry.outcome.answer !== null)) return undefined;
  const texts = answers.map((entry) => ({ modelId: entry.modelId, text: entry.outcome.text! }));
  const embedding =
    context.embedAnswer && verifier.inputs.includes("embeddingAgreement")
      ? vectorCosine(context.embedAnswer(texts[0]!.text), context.embedAnswer(texts[1]!.text))
      : undefined;
  const verdict = judgeFreeForm(verifier, prepared.item.prompt, texts, embedding);
  return verdict && withFreeFormVerdict(context.predictor.outcomeModel(prepared.vector), verdict);
}

/**
 * The plain agreement ladder (no learning): the first two rungs answer; when they agree the first
 * answer is accepted; otherwise each next rung answers and is accepted when it agrees with any
 * earlier answer; the last rung is accepted as is.
 */
export function routeAgreementLadder(prepared: PreparedItem, ladder: readonly string[]): RouteTrace {
  const rungs = ladder.filter((id) => prepared.item.outcomes[id] !== undefined);
  const calls = rungs.slice(0, Math.min(2, rungs.length));
  const answer = (id: string) => prepared.item.outcomes[id]!.answer ?? undefined;
  if (calls.length === 2 && answersAgree(answer(calls[0]!), answer(calls[1]!))) return { calls, final: calls[0]! };
  for (let index = 2; index < rungs.length; index++) {
    const id = rungs[index]!;
    const agrees = calls.some((earlier) => answersAgree(answer(id), answer(earlier)));
    calls.push(id);
    if (agrees) return { calls, final: id };
  }
  return { calls, final: calls[calls.length - 1]! };
}

export { bestCalled };
