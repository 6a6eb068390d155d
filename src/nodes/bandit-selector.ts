import type { RunnableConfig } from "@langchain/core/runnables";
import { RouterError } from "../errors.js";
import type { RouterStateValue, RouterStateUpdate } from "../state/router-state.js";
import { scoreCandidates, type BanditCandidate } from "../policies/bandit.js";
import { complexityBand } from "../policies/triage-features.js";
import { eligibleModels, heuristicPrior, ladderStrength } from "../policies/ladder.js";
import { costOfTokens } from "../policies/cost.js";
import { requestContextOf, traceEntry, type RouterRuntime } from "./node-runtime.js";
import { resolveProfile } from "./profiles.js";
import { learnedPredictorOf, localExplorationFor, planFirstStepFor } from "./learned-verify.js";
import { spikeOf } from "./spike.js";
import { spikeNote } from "../policies/spike-response.js";
import { explorationDraw } from "../policies/exploration.js";
import { createSeededRandom } from "../policies/clock.js";
import { missingCapability, needsOf } from "../policies/request-params.js";

const EXPECTED_OUTPUT_TOKENS = { [-1]: 120, 0: 400, 1: 1200 } as const;

/**
 * Picks the model for the first attempt: filters by privacy, profile, context window and health,
 * then Thompson-samples each allowed model's quality (prior from the learned predictor or the
 * ladder heuristic, evidence from the bandit store) and subtracts cost and latency penalties.
 */
export function createBanditSelectorNode(runtime: RouterRuntime) {
  const { bandit, classifier } = runtime.config;
  const allModels = [...runtime.models.values()].map((binding) => ({ id: binding.config.id, tier: binding.config.tier }));
  const routePrefer = new Map(classifier.routes.map((route) => [route.name, route.prefer]));

  return async function banditSelector(state: RouterStateValue, config?: RunnableConfig): Promise<RouterStateUpdate> {
    const started = performance.now();
    const pinnedLocal = state.privacy?.pinnedLocal ?? false;
    const profile = resolveProfile(runtime.config, state.options.profile);
    const inputTokens = Math.ceil(state.text.length / 4);
    // Capabilities the request needs (tools, forced tool_choice, JSON, images, prompt + max_tokens): only models that have them.
    const needs = needsOf(state.request, inputTokens);
    const lacking = new Map<string, string>();
    for (const model of allModels) {
      const missing = missingCapability(runtime.models.get(model.id)!.config, needs);
      if (missing !== undefined) lacking.set(model.id, missing);
    }
    const tooSmall = new Set([...lacking].filter(([, missing]) => missing === "context_window").map(([id]) => id));
    const unavailable = new Set(allModels.filter((model) => !runtime.breakers.isAvailable(model.id)).map((model) => model.id));

    if (state.options.model !== undefined) return bypass(state, pinnedLocal, started, lacking.get(state.options.model), config);

    let { eligible, excluded } = eligibleModels({
      models: allModels,
      pinnedLocal,
      tiers: profile.tiers,
      modelIds: profile.models,
      unavailable,
      tooSmall,
      lacking,
    });
    let circuitNote = "";
    if (eligible.length === 0 && unavailable.size > 0) {
      ({ eligible, excluded } = eligibleModels({
        models: allModels,
        pinnedLocal,
        tiers: profile.tiers,
        modelIds: profile.models,
        unavailable: new Set(),
        tooSmall,
        lacking,
      }));
      circuitNote = " (every allowed circuit is open: trying anyway)";
    }
    const missingCapabilities = [
      ...new Set(
        excluded
          .filter((entry) => lacking.has(entry.modelId) && (entry.why.startsWith("lacks ") || entry.why === "context window too small"))
          .map((entry) => lacking.get(entry.modelId)!),
      ),
    ];
    if (eligible.length === 0 && missingCapabilities.length > 0) {
      const privacyNote = pinnedLocal ? ` among the local models (${localOnlyReason(state)})` : "";
      throw new RouterError(
        "CAPABILITY_UNSUPPORTED",
        `no allowed model supports what the request needs${privacyNote}: ${missingCapabilities.join(", ")} (${excluded.map((entry) => `${entry.modelId}: ${entry.why}`).join("; ")})`,
        {
          details: { param: missingCapabilities[0], capabilities: missingCapabilities, excluded },
        },
      );
    }
    if (eligible.length === 0) {
      const why = pinnedLocal ? `${localOnlyReason(state)} and no local model is configured or allowed` : "no configured model is allowed for this request";
      throw new RouterError("NO_ELIGIBLE_MODEL", `${why}: ${excluded.map((entry) => `${entry.modelId} (${entry.why})`).join(", ")}`, {
        details: { excluded },
      });
    }

    const triage = state.triageDecision;
    const complexity = triage?.complexity ?? 0.5;
    const matchedRoute = state.routes[0]?.matched ? state.routes[0] : undefined;
    const bucket = `${matchedRoute ? matchedRoute.name : (triage?.domain ?? "any")}:${complexityBand(complexity)}`;
    const learned = runtime.predictor && state.vector ? runtime.predictor.predict(state.vector, eligible) : undefined;
    const arms = bandit.enabled ? await runtime.banditStore.getArms(bucket, eligible) : undefined;
    const outputTokens = state.request.params.maxTokens ?? EXPECTED_OUTPUT_TOKENS[triage?.requestedLength ?? 0];
    const costs = eligible.map((id) => costOfTokens(inputTokens, outputTokens, runtime.models.get(id)!.config.pricing));
    const relativeCosts = relativeCostScale(costs);
    const preference = matchedRoute ? routePrefer.get(matchedRoute.name) : undefined;
    const routeSteer = steerByRoute(matchedRoute?.name, preference, eligible, (id) => runtime.models.get(id)!.config.tier);

    // With a learned model, the first answer comes from a local model whenever one is allowed: its
    // answer is then checked by a second local model for free, and the verifier plans escalations.
    const learnedPlanner = learnedPredictorOf(runtime.predictor) !== undefined && state.vector !== undefined;
    const localFirst = routeSteer === undefined && learnedPlanner && eligible.some((id) => runtime.models.get(id)!.config.tier === "local");
    const pool = routeSteer?.models ?? eligible.filter((id) => !localFirst || runtime.models.get(id)!.config.tier === "local");
    const candidates: BanditCandidate[] = pool.map((id) => {
      const index = eligible.indexOf(id);
      const model = runtime.models.get(id)!.config;
      const estimate = learned?.get(id);
      const priorMean = estimate ? estimate.probability : heuristicPrior(ladderStrength(runtime.ladder, id), complexity);
      const latency = runtime.latency.estimate(id);
      return {
        modelId: id,
        priorMean,
        priorStrength: estimate ? Math.max(bandit.priorStrength, estimate.weight) : bandit.priorStrength,
        evidence: arms?.get(id),
        relativeCost: relativeCosts[index]!,
        expectedSeconds: (latency.totalEwmaMs ?? 0) / 1000,
        overSlo: model.latencySloMs !== undefined && latency.totalP95Ms !== undefined && latency.totalP95Ms > model.latencySloMs,
      };
    });
    // Exploration is bounded and repeatable: a hash of the request and of the evidence seen so far
    // decides whether this request explores (sampling the posteriors) and draws the samples, so the
    // same request with no new evidence gets the same decision. Never on privacy-pinned requests.
    const draw = explorationDraw(state.text, bucket, arms);
    const exploratory = bandit.enabled && !pinnedLocal && draw.value < bandit.explorationShare;
    const scored = scoreCandidates(
      candidates,
      {
        costWeight: profile.costWeight ?? bandit.costWeight,
        latencyWeight: profile.latencyWeight ?? bandit.latencyWeight,
        sloPenalty: bandit.sloPenalty,
        explore: exploratory,
      },
      createSeededRandom(draw.seed),
    );
    const acceptable = scored.filter((candidate) => candidate.expectedQuality >= bandit.minExpectedQuality);
    const choice = (acceptable[0] ?? scored[0])!;
    const context = requestContextOf(config);
    const predictor = learnedPredictorOf(runtime.predictor);
    const plan =
      predictor && localFirst ? planFirstStepFor(runtime, { ...state, eligible }, predictor, choice.modelId, context.onToken !== undefined) : undefined;
    const firstId = plan ? plan.choice.modelId : choice.modelId;
    const hedge = plan?.choice.hedge;
    const solo = plan?.choice.plan === "solo" || plan?.choice.plan === "solo-hedge" ? true : undefined;
    const chosenModel = runtime.models.get(firstId)!.config;
    context.onModelSelected?.(firstId);
    const spike = plan ? spikeOf(runtime, state) : undefined;
    // A direct cloud plan may also run the local plan alongside (bounded, by a hash of the prompt), so online learning sees local answers.
    const local = plan && predictor ? localExplorationFor(runtime, { ...state, eligible }, predictor, plan, choice.modelId) : undefined;
    const exploreLocal = local?.models;
    const exploration = exploreLocal ? "local-plan" : exploratory ? "posterior" : undefined;
    const planNote = plan
      ? `${spike?.active ? `; ${spikeNote(spike)}` : ""}; plan ${plan.choice.plan}${solo ? ` (${firstId} alone, no agreement check first)` : ""}${hedge ? ` (${hedge} started with the local answers)` : ""}${plan.choice.plan === "direct" ? ` (straight to ${firstId})` : ""}: expected quality ${plan.choice.expectedQuality.toFixed(2)}, ${(plan.choice.expectedMs / 1000).toFixed(1)} s${exploreLocal ? `; ${local!.note}` : ""}`
      : "";
    const why = `${routeSteer ? `${routeSteer.note}; ` : ""}${localFirst ? "learned model: local first; " : ""}${learned ? "learned" : "prior"} quality ${choice.expectedQuality.toFixed(2)}, utility ${choice.utility.toFixed(3)} (best of ${scored.length})${exploratory ? `; exploring (posterior sample; bandit.explorationShare ${bandit.explorationShare})` : ""}${planNote}${circuitNote}`;
    return {
      eligible,
      bucket,
      candidates: scored.map(({ modelId, expectedQuality, utility }) => ({ modelId, expectedQuality, utility })),
      exploratory,
      exploration,
      exploreLocal,
      hedge,
      solo,
      expectedEscalation: plan && plan.choice.plan !== "direct" ? [...plan.escalation.values()].reduce((sum, value) => sum + value, 0) : undefined,
      next: { modelId: firstId, reason: "selected" },
      reasons: [`selected ${firstId} (${chosenModel.tier}): ${why}`],
      trace: [
        traceEntry(runtime, state.requestId, {
          node: "bandit_selector",
          ms: performance.now() - started,
          saw: {
            eligible,
            excluded: excluded.map((entry) => `${entry.modelId}: ${entry.why}`),
            bucket,
            exploratory,
            ...(exploration ? { exploration } : {}),
            ...(local ? { localExploration: local.note } : {}),
            ...(plan ? { plans: plan.options.map((option) => `${option.plan}:${option.hedge ?? option.modelId}=${option.value.toFixed(3)}`) } : {}),
            ...(plan ? { planned: plan.planned } : {}),
          },
          chose: firstId,
          why,
        }),
      ],
    };
  };

  function bypass(
    state: RouterStateValue,
    pinnedLocal: boolean,
    started: number,
    missing: string | undefined,
    config: RunnableConfig | undefined,
  ): RouterStateUpdate {
    const id = state.options.model!;
    const binding = runtime.models.get(id);
    if (!binding) throw new RouterError("UNKNOWN_MODEL", `unknown model "${id}"`, { details: { model: id } });
    if (pinnedLocal && binding.config.tier !== "local")
      throw new RouterError("PRIVACY_VIOLATION_PREVENTED", `${localOnlyReason(state)} and "${id}" is a cloud model: refused instead of sending it`, {
        details: { model: id, categories: state.privacy?.categories ?? [] },
      });
    if (missing !== undefined)
      throw new RouterError("CAPABILITY_UNSUPPORTED", `model "${id}" does not support what the request needs: ${missing}`, {
        details: { param: missing, capabilities: [missing], model: id },
      });
    requestContextOf(config).onModelSelected?.(id);
    const why = "model named in the request: routing bypassed";
    return {
      eligible: [id],
      exploratory: false,
      exploration: undefined,
      exploreLocal: undefined,
      hedge: undefined,
      solo: undefined,
      bucket: `direct:${id}`,
      candidates: [{ modelId: id, expectedQuality: Number.NaN, utility: Number.NaN }],
      next: { modelId: id, reason: "selected" },
      reasons: [`${id} (${binding.config.tier}): ${why}`],
      trace: [traceEntry(runtime, state.requestId, { node: "bandit_selector", ms: performance.now() - started, chose: id, why })],
    };
  }
}

/**
 * Cost on a log scale between the cheapest paid candidate and the priciest one (0 = free,
 * 1 = priciest), so a model ten times cheaper than the top one still counts as costing something.
 */
export function relativeCostScale(costs: readonly number[]): number[] {
  const paid = costs.filter((cost) => cost > 0);
  if (paid.length === 0) return costs.map(() => 0);
  const cheapest = Math.min(...paid);
  const top = Math.log1p(Math.max(...paid) / cheapest);
  return costs.map((cost) => (cost > 0 ? Math.log1p(cost / cheapest) / top : 0));
}

/**
 * A matched route with a preference restricts the first choice to the preferred model or tier
 * (among the models privacy, profile and health allow). Undefined when no route applies; the note
 * says what the route did, including when its preference could not be honoured.
 */
export function steerByRoute(
  routeName: string | undefined,
  preference: { tier?: "local" | "cloud" | undefined; model?: string | undefined } | undefined,
  eligible: readonly string[],
  tierOf: (modelId: string) => "local" | "cloud",
): { models: string[]; note: string } | undefined {
  if (routeName === undefined || preference === undefined || (preference.model === undefined && preference.tier === undefined)) return undefined;
  const wanted = preference.model !== undefined ? `model ${preference.model}` : `tier ${preference.tier}`;
  const models = eligible.filter((id) => (preference.model !== undefined ? id === preference.model : tierOf(id) === preference.tier));
  if (models.length === 0) return { models: [...eligible], note: `route "${routeName}" prefers ${wanted}, which is not allowed for this request: ignored` };
  return { models, note: `route "${routeName}" prefers ${wanted}` };
}

/** Why a request may only reach local models: sensitive data, or text over the scan bound that was not scanned. */
function localOnlyReason(state: RouterStateValue): string {
  return state.privacy?.unscanned ? "the request is longer than privacy.scanLimit.maxChars (not scanned)" : "the request holds sensitive data";
}
