import { randomUUID } from "node:crypto";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { AIMessage } from "@langchain/core/messages";
import { parseConfig } from "../config/load-config.js";
import type { RouterConfig, RouterConfigInput } from "../config/schema.js";
import type { ModelConfig } from "../config/sections/models.js";
import { RouterError } from "../errors.js";
import { createRouterGraph, createRouterNodes, createRouterRunner } from "../graphs/create-router-graph.js";
import type { RouterStateValue } from "../graphs/router-state.js";
import { HashedEmbeddings } from "../embeddings/hashed-embeddings.js";
import { systemClock, type Clock, type RandomSource } from "../policies/clock.js";
import { createLatencyTracker } from "../policies/latency-tracker.js";
import { createCircuitBreakers } from "../policies/circuit-breaker.js";
import type { CircuitSync } from "../policies/shared-circuits.js";
import { resolveLadder } from "../policies/ladder.js";
import { createPrivacyScanner } from "../policies/privacy/index.js";
import type { PrivacyScanner } from "../policies/privacy/types.js";
import type { SuccessPredictor } from "../policies/success-predictor.js";
import { createMemoryBanditStore } from "../stores/memory-bandit-store.js";
import type { BanditStore, DecisionStore } from "../stores/bandit-store.js";
import { classifyModelError } from "../models/classify-model-error.js";
import { countTokens } from "../models/tokens.js";
import { createChatModel } from "../models/chat-models.js";
import type { ModelBinding, RequestContext, RouteIndex, RouterHooks, RouterRuntime } from "../nodes/node-runtime.js";
import { profileNames } from "../nodes/profiles.js";
import { createAsyncQueue } from "./async-queue.js";
import { toMessages } from "./messages.js";
import type { RouteDecision, RouteOptions, RouteResult, RouteStreamEvent, Router, RouterInput } from "./types.js";

export interface RouterDependencies {
  /** Chat models by configured model id; models not given are built from the config (ChatOllama / ChatOpenAI). */
  models?: Record<string, BaseChatModel>;
  /** Builds a chat model for a configured model (default: ChatOllama for ollama, ChatOpenAI otherwise). */
  createChatModel?: (model: ModelConfig) => BaseChatModel;
  /** Default: from `classifier.embeddings` (the built-in offline encoder unless configured otherwise). */
  embeddings?: EmbeddingsInterface;
  /** Circuits shared with other processes (`health.shared`); default: per process. Closed with the router. */
  circuitSync?: CircuitSync;
  /** Default: in memory. Pass a Redis store to share learning across processes. */
  banditStore?: BanditStore & Partial<DecisionStore>;
  successPredictor?: SuccessPredictor;
  privacyScanner?: PrivacyScanner;
  clock?: Clock;
  random?: RandomSource;
  /** How to wait between retries (the simulation advances its virtual clock instead of sleeping). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  hooks?: RouterHooks;
  /** Router nodes write their state updates directly in `router.graph` (default true; see createRouterGraph). */
  directWrites?: boolean;
  /**
   * What runs the graph for invoke, explain and stream: "sequential" (default) runs the same nodes,
   * edges and reducers one after the other (createRouterRunner); "langgraph" runs `router.graph`
   * through LangGraph's Pregel loop. Both give the same states step for step.
   */
  graphRunner?: "sequential" | "langgraph";
}

function realSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new RouterError("CANCELLED", "the request was cancelled"));
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new RouterError("CANCELLED", "the request was cancelled"));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Configs this module validated, so a router built from `router.config` skips a second parse. */
const parsedConfigs = new WeakSet<object>();

/** Builds the runtime (collaborators) for a validated config. */
export function createRouterRuntime(config: RouterConfig, dependencies: RouterDependencies = {}): RouterRuntime {
  const clock = dependencies.clock ?? systemClock;
  const models = new Map<string, ModelBinding>();
  const build = dependencies.createChatModel ?? ((model: ModelConfig) => createChatModel(model));
  for (const model of config.models) {
    const injected = dependencies.models?.[model.id];
    let chat: BaseChatModel | undefined = injected;
    // Built on first use, so a missing API key only matters when that model is actually needed.
    models.set(model.id, {
      config: model,
      get chat() {
        return (chat ??= build(model));
      },
    });
  }
  const embeddings = dependencies.embeddings ?? (config.classifier.embeddings.provider === "builtin" ? new HashedEmbeddings({ dimensions: config.classifier.embeddings.dimensions }) : undefined);
  if (!embeddings && config.classifier.enabled) throw new RouterError("CONFIG_INVALID", "classifier.embeddings: a non-builtin encoder must be passed as `embeddings` (use createEmbeddings from the config)");
  const embedSync = embeddings instanceof HashedEmbeddings ? (text: string) => embeddings.embedQuerySync(text) : undefined;
  let routeIndex: Promise<RouteIndex> | undefined;
  const banditStore = dependencies.banditStore ?? createMemoryBanditStore();
  const decisionStore = typeof banditStore.rememberDecision === "function" && typeof banditStore.takeDecision === "function" ? (banditStore as DecisionStore) : undefined;
  return {
    config,
    models,
    ladder: resolveLadder(config.models, config.ladder),
    embeddings,
    embedSync,
    routeIndex: () =>
      (routeIndex ??= (async () => {
        const entries: RouteIndex["entries"] = [];
        for (const route of config.classifier.routes) {
          const vectors = await embeddings!.embedDocuments(route.utterances);
          vectors.forEach((vector) => entries.push({ route: route.name, vector }));
        }
        return { entries, prefer: new Map(config.classifier.routes.map((route) => [route.name, route.prefer])) };
      })()),
    scanner: config.privacy.enabled ? (dependencies.privacyScanner ?? createPrivacyScanner({ custom: config.privacy.custom })) : undefined,
    banditStore,
    decisionStore,
    predictor: dependencies.successPredictor,
    latency: createLatencyTracker(config.health.latencyAlpha),
    breakers: createCircuitBreakers(
      {
        failureThreshold: config.health.failureThreshold,
        openMs: config.health.openMs,
        ...(dependencies.circuitSync ? { onChange: (modelId: string, state: "open" | "closed") => (state === "open" ? dependencies.circuitSync!.opened(modelId) : dependencies.circuitSync!.closed(modelId)) } : {}),
      },
      clock,
    ),
    clock,
    random: dependencies.random ?? Math.random,
    classifyError: (error, modelId) => (error instanceof RouterError ? error : classifyModelError(error, modelId)),
    countTokens,
    sleep: dependencies.sleep ?? realSleep,
    hooks: dependencies.hooks ?? {},
  };
}

/**
 * Creates a router from a config (validated here, once) and optional collaborators.
 * The compiled LangGraph graph is `router.graph`; requests run its nodes through the sequential
 * runner unless `graphRunner: "langgraph"` is given.
 */
export function createRouter(configInput: RouterConfig | RouterConfigInput, dependencies: RouterDependencies = {}): Router {
  const config = parsedConfigs.has(configInput) ? (configInput as RouterConfig) : parseConfig(configInput);
  parsedConfigs.add(config);
  const runtime = createRouterRuntime(config, dependencies);
  dependencies.circuitSync?.start(runtime.breakers, config.models.map((model) => model.id));
  const nodes = createRouterNodes(runtime);
  const graph = createRouterGraph(runtime, { directWrites: dependencies.directWrites }, nodes);
  const runner = dependencies.graphRunner === "langgraph" ? graph : createRouterRunner(nodes);

  function initialState(input: RouterInput, options: RouteOptions, dryRun: boolean) {
    const messages = toMessages(input);
    let text = "";
    for (const message of messages) text += (typeof message.content === "string" ? message.content : JSON.stringify(message.content)) + "\n";
    return {
      requestId: options.requestId ?? randomUUID(),
      messages,
      options: {
        profile: options.profile,
        model: options.model,
        maxTokens: options.maxTokens,
        temperature: options.temperature,
        responseFormat: options.responseFormat,
        tools: options.tools,
        toolChoice: options.toolChoice,
        dryRun,
      },
      text,
      privacy: undefined,
      triageDecision: undefined,
      vector: undefined,
      routes: [],
      eligible: [],
      bucket: "",
      candidates: [],
      next: undefined,
      answer: undefined,
      verdict: undefined,
      escalations: 0,
    };
  }

  async function run(input: RouterInput, options: RouteOptions, dryRun: boolean, context: RequestContext): Promise<{ state: RouterStateValue; started: number }> {
    const started = runtime.clock.now();
    const state = (await runner.invoke(initialState(input, options, dryRun), { configurable: { routellm: context } })) as RouterStateValue;
    return { state, started };
  }

  function toDecision(state: RouterStateValue): RouteDecision {
    const chosen = state.answer?.modelId ?? state.next?.modelId ?? state.candidates[0]?.modelId;
    if (chosen === undefined) throw new RouterError("INTERNAL", "the graph ended without a decision");
    const privacy = state.privacy ?? { sensitive: false, categories: [], pinnedLocal: false, redactions: [], findings: 0 };
    return {
      requestId: state.requestId,
      model: chosen,
      tier: runtime.models.get(chosen)!.config.tier,
      reasons: state.reasons,
      privacy: { sensitive: privacy.sensitive, categories: privacy.categories, pinnedLocal: privacy.pinnedLocal, redacted: privacy.redactions.length },
      triage: state.triageDecision ? { complexity: state.triageDecision.complexity, confidence: state.triageDecision.confidence, domain: state.triageDecision.domain, source: state.triageDecision.source } : undefined,
      routes: state.routes,
      candidates: state.candidates,
      trace: state.trace,
    };
  }

  function toResult(state: RouterStateValue, started: number): RouteResult {
    const decision = toDecision(state);
    const usage = { inputTokens: 0, outputTokens: 0, costUsd: 0 };
    for (const attempt of state.attempts) {
      usage.inputTokens += attempt.usage.inputTokens;
      usage.outputTokens += attempt.usage.outputTokens;
      usage.costUsd += attempt.usage.costUsd;
    }
    const answer = state.answer!;
    const source = answer.message as AIMessage;
    const message = new AIMessage({
      content: source.content,
      tool_calls: source.tool_calls ?? [],
      ...(source.usage_metadata ? { usage_metadata: source.usage_metadata } : {}),
      response_metadata: { ...source.response_metadata, routellm: { model: decision.model, tier: decision.tier, escalations: state.escalations, requestId: state.requestId } },
    });
    return {
      ...decision,
      answer: answer.text,
      message,
      escalations: state.escalations,
      attempts: state.attempts,
      usage,
      verdict: state.verdict,
      latencyMs: runtime.clock.now() - started,
    };
  }

  const router: Router = {
    config,
    graph,
    async invoke(input, options = {}) {
      const { state, started } = await run(input, options, false, { signal: options.signal, tokensSent: false });
      return toResult(state, started);
    },
    async explain(input, options = {}) {
      const { state } = await run(input, options, true, { signal: options.signal, tokensSent: false });
      return toDecision(state);
    },
    stream(input, options = {}) {
      const queue = createAsyncQueue<RouteStreamEvent>();
      const requestId = options.requestId ?? randomUUID();
      const context: RequestContext = {
        signal: options.signal,
        tokensSent: false,
        onToken: (text) => queue.push({ type: "token", text }),
        onFallback: (from, to, reason) => queue.push({ type: "fallback", from, to, reason }),
        onModelSelected: (modelId) => queue.push({ type: "decision", requestId, model: modelId, tier: runtime.models.get(modelId)!.config.tier }),
      };
      run(input, { ...options, requestId }, false, context)
        .then(({ state, started }) => {
          queue.push({ type: "end", result: toResult(state, started) });
          queue.close();
        })
        .catch((error: unknown) => queue.fail(error));
      return queue;
    },
    async feedback(requestId, score) {
      if (!Number.isFinite(score) || score < 0 || score > 1) throw new RouterError("INVALID_REQUEST", "feedback score must be a number between 0 and 1");
      if (!runtime.decisionStore) return false;
      const decision = await runtime.decisionStore.takeDecision(requestId);
      if (!decision) return false;
      await runtime.banditStore.update(decision.bucket, decision.modelId, score);
      return true;
    },
    health() {
      return config.models.map((model) => {
        const latency = runtime.latency.estimate(model.id);
        return {
          modelId: model.id,
          tier: model.tier,
          circuit: runtime.breakers.state(model.id),
          ttftEwmaMs: latency.ttftEwmaMs,
          totalEwmaMs: latency.totalEwmaMs,
          totalP95Ms: latency.totalP95Ms,
          consecutiveFailures: runtime.breakers.consecutiveFailures(model.id),
        };
      });
    },
    listTargets() {
      return [
        ...profileNames(config).map((id) => ({ id, kind: "profile" as const })),
        ...config.models.map((model) => ({ id: model.id, kind: "model" as const, tier: model.tier })),
      ];
    },
    async close() {
      await dependencies.circuitSync?.close();
      await runtime.banditStore.close();
    },
  };
  return router;
}
