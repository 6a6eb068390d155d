import { randomUUID } from "node:crypto";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { AIMessage } from "@langchain/core/messages";
import { parseConfig } from "../config/load-config.js";
import type { RouterConfig, RouterConfigInput } from "../config/schema.js";
import type { ModelConfig, Tier } from "../config/sections/models.js";
import { RouterError } from "../errors.js";
import { GraphRecursionError } from "@langchain/langgraph";
import { RouterGraphDefinition } from "../graphs/router-graph.js";
import type { RouterStateValue } from "../state/router-state.js";
import { HashedEmbeddings } from "../embeddings/hashed-embeddings.js";
import { systemClock, type Clock, type RandomSource } from "../policies/clock.js";
import { createLatencyTracker } from "../policies/latency-tracker.js";
import { createLatencyExpectations } from "../policies/latency-expectation.js";
import { createOnlineCalibration } from "../policies/online-calibration.js";
import { defaultExpectedLatency } from "../config/sections/latency-profiles.js";
import { createCircuitBreakers } from "../policies/circuit-breaker.js";
import type { CircuitSync } from "../stores/shared-circuits.js";
import { resolveLadder } from "../policies/ladder.js";
import { createPrivacyScanner, privacyScannerOptions } from "../privacy/index.js";
import type { PrivacyScanner } from "../privacy/types.js";
import type { SuccessPredictor } from "../learning/success-predictor.js";
import { isOnlineLearningPredictor, type LearnedSuccessPredictor } from "../learning/knn-success-predictor.js";
import { createMemoryBanditStore } from "../stores/memory-bandit-store.js";
import type { BanditStore, DecisionStore } from "../stores/bandit-store.js";
import { classifyModelError } from "../models/classify-model-error.js";
import { countTokens, messageText } from "../models/tokens.js";
import { createChatModel } from "../models/chat-models.js";
import { reissues } from "../policies/stalled-call.js";
import { assertStreamsFirstToken } from "../nodes/stalled-reissue.js";
import { createModelConcurrency } from "../models/model-concurrency.js";
import { createBackgroundTasks } from "../policies/background-tasks.js";
import { reportBackgroundError, settleBackgroundExploration } from "../nodes/background-exploration.js";
import type { ModelBinding, RequestContext, RouteIndex, RouterHooks, RouterRuntime } from "../nodes/node-runtime.js";
import { profileNames } from "../nodes/profiles.js";
import { qualityPacerOf, reportDrift } from "../nodes/learned-verify.js";
import { createAsyncQueue } from "./async-queue.js";
import { executorAppliesTo, executorMayApply, type RouterExecutorChoice } from "./executor-applies.js";
import { createEmbedRouter } from "./embed-router.js";
import type { EmbeddingClient } from "../models/embedding-clients.js";
import { toMessages } from "./messages.js";
import { buildRouteIndex } from "../nodes/route-index.js";
import type { RouteDecision, RouteOptions, RouteResult, RouteStreamEvent, Router, RouterInput } from "./types.js";

/**
 * Changes the router's graph before it is compiled: add, insert or replace nodes (see
 * RouterGraphDefinition). The extended graph is `router.graph` and is what every runtime runs.
 */
export type RouterGraphExtension = (graph: RouterGraphDefinition) => void;

/** What `createRouter` takes besides the config: collaborators (all optional) and graph extensions. */
export interface RouterOptions {
  /** Chat models by configured model id; models not given are built from the config (ChatOllama / ChatOpenAI). */
  models?: Record<string, BaseChatModel>;
  /** Builds a chat model for a configured model (default: ChatOllama for ollama, ChatOpenAI otherwise). */
  createChatModel?: (model: ModelConfig) => BaseChatModel;
  /** Default: from `classifier.embeddings` (the built-in offline encoder unless configured otherwise). */
  embeddings?: EmbeddingsInterface;
  /** Clients for embedding models by id; models not given are called through the ollama / openai SDKs. */
  embeddingClients?: Record<string, EmbeddingClient>;
  /** With a cloud encoder: a local embeddings model for the prompts it may not see (default: the routes' built-in encoder). */
  localEmbeddings?: EmbeddingsInterface;
  /** Circuits shared with other processes (`health.shared`); default: per process. Closed with the router. */
  circuitSync?: CircuitSync;
  /** Default: in memory. Pass a Redis store to share learning across processes. */
  banditStore?: BanditStore & Partial<DecisionStore>;
  successPredictor?: SuccessPredictor;
  /** Extra texts (e.g. recorded prompts) from which the routes' built-in encoder learns word weights (IDF). */
  routeCorpus?: readonly string[];
  privacyScanner?: PrivacyScanner;
  clock?: Clock;
  random?: RandomSource;
  /** How to wait between retries (the simulation advances its virtual clock instead of sleeping). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /**
   * How to wait while a request's calls run, without holding anything (`bandit.hedge.whenLate`'s
   * trigger); default a timer. The simulation waits on its virtual clock among the calls in flight.
   */
  wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
  hooks?: RouterHooks;
  /** Graph extensions, applied in order to the standard graph before it is compiled. */
  extend?: RouterGraphExtension | readonly RouterGraphExtension[];
  /**
   * Fuse straight runs of pure nodes into one graph node each (default true: the four decision
   * nodes run as one LangGraph node, three supersteps fewer per request, and a verifier that calls
   * no model runs in call_model's node, one fewer). False keeps one graph node per definition
   * node, e.g. to interrupt before one of them. See docs/graph.md.
   */
  fusePureNodes?: boolean;
  /**
   * "auto" (default): `invoke` and `explain` run the graph's nodes and edges with a small
   * definition executor when nothing could observe the difference from LangGraph's Pregel loop
   * (see src/router/executor-applies.ts); "stategraph": always the compiled StateGraph.
   * Streams always run the StateGraph.
   */
  executor?: RouterExecutorChoice;
}

/** @deprecated The former name of RouterOptions. */
export type RouterDependencies = RouterOptions;

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

/** Warnings of one request, each once (a dropped parameter is reported once even when several calls drop it). */
function createWarnings(onNew?: (message: string) => void): { warnings: string[]; add: (message: string) => void } {
  const warnings: string[] = [];
  return {
    warnings,
    add(message) {
      if (warnings.includes(message)) return;
      warnings.push(message);
      onNew?.(message);
    },
  };
}

function isImagePart(part: unknown): boolean {
  const type = (part as { type?: unknown } | null)?.type;
  return type === "image_url" || type === "image" || type === "input_image";
}

/** Configs this module validated, so a router built from `router.config` skips a second parse. */
const parsedConfigs = new WeakSet<object>();

/** Builds the runtime (collaborators) for a validated config. */
function createRouterRuntime(config: RouterConfig, dependencies: RouterOptions): RouterRuntime {
  const clock = dependencies.clock ?? systemClock;
  const models = new Map<string, ModelBinding>();
  const build = dependencies.createChatModel ?? ((model: ModelConfig) => createChatModel(model));
  for (const model of config.models) {
    const injected = dependencies.models?.[model.id];
    // bandit.hedge.stalledCall needs each of its models to stream: an injected one is checked now, a built one when built.
    const streamed = reissues(config.bandit.hedge.stalledCall, model.id, model.tier);
    if (injected && streamed) assertStreamsFirstToken(injected, model.id);
    let chat: BaseChatModel | undefined = injected;
    // Built on first use, so a missing API key only matters when that model is actually needed.
    models.set(model.id, {
      config: model,
      get chat() {
        if (chat) return chat;
        const built = build(model);
        if (streamed) assertStreamsFirstToken(built, model.id);
        return (chat = built);
      },
    });
  }
  const embeddings =
    dependencies.embeddings ??
    (config.classifier.embeddings.provider === "builtin" ? new HashedEmbeddings({ dimensions: config.classifier.embeddings.dimensions }) : undefined);
  if (!embeddings && config.classifier.enabled)
    throw new RouterError(
      "CONFIG_INVALID",
      "classifier.embeddings: a non-builtin encoder must be passed as `embeddings` (use createEmbeddings from the config)",
    );
  const embedSync = embeddings instanceof HashedEmbeddings ? (text: string) => embeddings.embedQuerySync(text) : undefined;
  // Only a local embeddings model needs its own route index (the built-in one is in `routeIndex`).
  const localEmbeddings =
    config.classifier.embeddings.provider === "openai" && !(dependencies.localEmbeddings instanceof HashedEmbeddings)
      ? dependencies.localEmbeddings
      : undefined;
  let routeIndex: Promise<RouteIndex> | undefined;
  let localRouteIndex: Promise<RouteIndex> | undefined;
  const banditStore = dependencies.banditStore ?? createMemoryBanditStore();
  const decisionStore =
    typeof banditStore.rememberDecision === "function" && typeof banditStore.takeDecision === "function" ? (banditStore as DecisionStore) : undefined;
  const runtime: RouterRuntime = {
    config,
    models,
    ladder: resolveLadder(config.models, config.ladder),
    embeddings,
    embedSync,
    routeIndex: () => (routeIndex ??= buildRouteIndex(config.classifier, { embeddings: embedSync ? undefined : embeddings, corpus: dependencies.routeCorpus })),
    // With a cloud encoder, prompts it may not see are scored on this machine: by the built-in
    // lexical encoder of `routeIndex`, or by a local embeddings model with its own index.
    localEncoder: localEmbeddings && {
      embeddings: localEmbeddings,
      routeIndex: () => (localRouteIndex ??= buildRouteIndex(config.classifier, { embeddings: localEmbeddings, corpus: dependencies.routeCorpus })),
    },
    scanner: config.privacy.enabled ? (dependencies.privacyScanner ?? createPrivacyScanner(privacyScannerOptions(config.privacy))) : undefined,
    banditStore,
    decisionStore,
    predictor: withOnlineExamples(dependencies.successPredictor, config),
    latency: createLatencyTracker(config.health.latencyAlpha),
    latencyExpectations: createLatencyExpectations({
      priors: new Map(
        config.models.map((model) => [
          model.id,
          {
            ...(model.expectedLatency ?? defaultExpectedLatency(model.tier)),
            maxConcurrency: model.maxConcurrency,
            local: model.tier === "local",
          },
        ]),
      ),
      alpha: config.health.latencyAlpha,
      halfLifeMs: config.health.latencyHalfLifeMs,
      sharedLocalDevice: config.bandit.sharedLocalDevice,
    }),
    online: createOnlineCalibration({ ...config.bandit.online, capacity: 100_000 }),
    breakers: createCircuitBreakers(
      {
        failureThreshold: config.health.failureThreshold,
        openMs: config.health.openMs,
        ...(dependencies.circuitSync
          ? {
              onChange: (modelId: string, state: "open" | "closed") =>
                state === "open" ? dependencies.circuitSync!.opened(modelId) : dependencies.circuitSync!.closed(modelId),
            }
          : {}),
      },
      clock,
    ),
    concurrency: createModelConcurrency(
      new Map(config.models.map((model) => [model.id, { maxConcurrency: model.maxConcurrency, queueTimeoutMs: model.queueTimeoutMs }])),
    ),
    clock,
    random: dependencies.random ?? Math.random,
    classifyError: (error, modelId) => (error instanceof RouterError ? error : classifyModelError(error, modelId)),
    countTokens,
    sleep: dependencies.sleep ?? realSleep,
    wait: dependencies.wait ?? realSleep,
    hooks: dependencies.hooks ?? {},
    // Explorations running past their requests, at most this many (more are not started): errors become a warning with their code.
    background: createBackgroundTasks({ limit: BACKGROUND_EXPLORATIONS, onError: (error) => reportBackgroundError(runtime, error) }),
  };
  return runtime;
}

/** Local explorations allowed to run past their requests at once (each holds one or two local calls). */
const BACKGROUND_EXPLORATIONS = 16;

/** The router's error for a failed graph run: RouterErrors as they are, a cancelled run as CANCELLED, a recursion limit named. */
function toRouterError(error: unknown, signal: AbortSignal | undefined, recursionLimit: number): unknown {
  if (error instanceof RouterError) return error;
  if (signal?.aborted) return new RouterError("CANCELLED", "the request was cancelled", { cause: signal.reason });
  if (error instanceof GraphRecursionError) {
    return new RouterError("INTERNAL", `the graph did not finish within ${recursionLimit} steps (recursionLimit)`, {
      cause: error,
      details: { recursionLimit },
    });
  }
  return error;
}

/**
 * Creates a router from a config (validated here, once) and options (collaborators, graph
 * extensions). `router.graph` is the compiled LangGraph graph and every request runs it:
 * `invoke`, `stream`, `explain`, `RouterChatModel`, the server, the batch workers and the simulator.
 */
export function createRouter(configInput: RouterConfig | RouterConfigInput, dependencies: RouterOptions = {}): Router {
  const config = parsedConfigs.has(configInput) ? (configInput as RouterConfig) : parseConfig(configInput);
  parsedConfigs.add(config);
  if (config.extensions.length > 0 && dependencies.extend === undefined) {
    throw new RouterError(
      "CONFIG_INVALID",
      "extensions: the config names graph extension modules; createRouterFromConfig loads them (or pass them to createRouter as `extend`)",
      { details: { path: ["extensions"] } },
    );
  }
  const runtime = createRouterRuntime(config, dependencies);
  dependencies.circuitSync?.start(
    runtime.breakers,
    config.models.map((model) => model.id),
  );
  const definition = RouterGraphDefinition.standard(runtime);
  const extensions = dependencies.extend === undefined ? [] : typeof dependencies.extend === "function" ? [dependencies.extend] : dependencies.extend;
  for (const extension of extensions) extension(definition);
  const graph = definition.compile({ fusePureNodes: dependencies.fusePureNodes });
  const defaultRecursionLimit = Math.max(25, definition.maxSteps());
  const executor = executorMayApply({
    choice: dependencies.executor ?? "auto",
    plainUpdates: definition.returnsPlainUpdates(),
    injectedModels: Object.values(dependencies.models ?? {}),
    customModelFactory: dependencies.createChatModel !== undefined,
  })
    ? definition.executor({ fusePureNodes: dependencies.fusePureNodes })
    : undefined;

  function initialState(input: RouterInput, options: RouteOptions, dryRun: boolean) {
    const messages = toMessages(input);
    let text = "";
    let images = false;
    for (const message of messages) {
      if (typeof message.content === "string") text += message.content + "\n";
      else {
        // Image data is not text: it neither counts towards the prompt's length nor is scanned as words.
        const parts = message.content.filter((part) => !isImagePart(part));
        images ||= parts.length < message.content.length;
        text += JSON.stringify(parts) + "\n";
      }
    }
    return {
      requestId: options.requestId ?? randomUUID(),
      messages,
      options: {
        profile: options.profile,
        model: options.model,
        dryRun,
      },
      request: {
        params: {
          ...options.params,
          ...(options.maxTokens === undefined ? {} : { maxTokens: options.maxTokens }),
          ...(options.temperature === undefined ? {} : { temperature: options.temperature }),
        },
        tools: options.tools,
        toolChoice: options.toolChoice,
        responseFormat: options.responseFormat,
        images,
        unsupportedParams: options.unsupportedParams,
      },
      text,
      privacy: undefined,
      triageDecision: undefined,
      vector: undefined,
      routes: [],
      eligible: [],
      bucket: "",
      candidates: [],
      exploratory: false,
      exploration: undefined,
      exploreLocal: undefined,
      hedge: undefined,
      solo: undefined,
      expectedEscalation: undefined,
      planVerdict: undefined,
      next: undefined,
      answer: undefined,
      verdict: undefined,
      escalations: 0,
    };
  }

  async function run(
    input: RouterInput,
    options: RouteOptions,
    dryRun: boolean,
    context: RequestContext,
    streamed = false,
  ): Promise<{ state: RouterStateValue; started: number }> {
    const started = runtime.clock.now();
    const recursionLimit = options.recursionLimit ?? defaultRecursionLimit;
    const initial = initialState(input, options, dryRun);
    try {
      if (executor && !streamed && executorAppliesTo(options.callbacks)) {
        const state = await executor.invoke(initial, {
          configurable: { routellm: context },
          recursionLimit,
          ...(options.signal ? { signal: options.signal } : {}),
          ...(options.tags ? { tags: options.tags } : {}),
        });
        return { state, started };
      }
      const state = (await graph.invoke(initial, {
        configurable: { routellm: context },
        recursionLimit,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.callbacks ? { callbacks: options.callbacks } : {}),
        ...(options.tags ? { tags: options.tags } : {}),
      })) as RouterStateValue;
      return { state, started };
    } catch (error) {
      throw toRouterError(error, options.signal, recursionLimit);
    } finally {
      // A local exploration still running learns without a kept answer when the verifier kept none (the request failed).
      settleBackgroundExploration(runtime, initial.requestId, undefined);
    }
  }

  /** A configured model's tier ("local" for an answer an extension produced without a configured model). */
  function tierOf(modelId: string): Tier {
    return runtime.models.get(modelId)?.config.tier ?? "local";
  }

  function toDecision(state: RouterStateValue): RouteDecision {
    const chosen = state.answer?.modelId ?? state.next?.modelId ?? state.candidates[0]?.modelId;
    if (chosen === undefined) throw new RouterError("INTERNAL", "the graph ended without a decision");
    const privacy = state.privacy ?? { sensitive: false, categories: [], pinnedLocal: false, redactions: [], findings: 0 };
    return {
      requestId: state.requestId,
      model: chosen,
      tier: tierOf(chosen),
      reasons: state.reasons,
      privacy: { sensitive: privacy.sensitive, categories: privacy.categories, pinnedLocal: privacy.pinnedLocal, redacted: privacy.redactions.length },
      triage: state.triageDecision
        ? {
            complexity: state.triageDecision.complexity,
            confidence: state.triageDecision.confidence,
            domain: state.triageDecision.domain,
            source: state.triageDecision.source,
          }
        : undefined,
      routes: state.routes,
      candidates: state.candidates,
      exploratory: (state.exploratory ?? false) || state.exploration !== undefined,
      exploration: state.exploration,
      trace: state.trace,
    };
  }

  function toResult(state: RouterStateValue, started: number, context: { warnings: string[] }): RouteResult {
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
      response_metadata: {
        ...source.response_metadata,
        routellm: { model: decision.model, tier: decision.tier, escalations: state.escalations, requestId: state.requestId },
      },
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
      warnings: context.warnings,
    };
  }

  const embed = createEmbedRouter(config, runtime.scanner, dependencies.embeddingClients);
  const router: Router = {
    config,
    graph,
    embed: (texts, options) => embed(texts, options),
    async invoke(input, options = {}) {
      const warnings = createWarnings();
      const { state, started } = await run(input, options, false, { signal: options.signal, tokensSent: false, onWarning: warnings.add });
      return toResult(state, started, warnings);
    },
    async explain(input, options = {}) {
      const { state } = await run(input, options, true, { signal: options.signal, tokensSent: false });
      return toDecision(state);
    },
    stream(input, options = {}) {
      const queue = createAsyncQueue<RouteStreamEvent>();
      const requestId = options.requestId ?? randomUUID();
      const warnings = createWarnings((message) => queue.push({ type: "warning", message }));
      let decided = false;
      const context: RequestContext = {
        signal: options.signal,
        tokensSent: false,
        onWarning: warnings.add,
        onToken: (text) => queue.push({ type: "token", text }),
        onFallback: (from, to, reason) => queue.push({ type: "fallback", from, to, reason }),
        onModelSelected: (modelId) => {
          decided = true;
          queue.push({ type: "decision", requestId, model: modelId, tier: tierOf(modelId) });
        },
      };
      run(input, { ...options, requestId }, false, context, true)
        .then(({ state, started }) => {
          const result = toResult(state, started, warnings);
          // An answer no model streamed (a graph extension's, or a speculative peer's after the
          // first model failed) reaches the caller as one token, before the end.
          // An answer no selected model gave (a graph extension's) is announced like any decision first.
          if (!decided) queue.push({ type: "decision", requestId, model: result.model, tier: result.tier });
          const content = messageText(result.message);
          if (!context.tokensSent && content) queue.push({ type: "token", text: content });
          queue.push({ type: "end", result });
          queue.close();
        })
        .catch((error: unknown) => queue.fail(error));
      return queue;
    },
    async feedback(requestId, score) {
      if (!Number.isFinite(score) || score < 0 || score > 1) throw new RouterError("INVALID_REQUEST", "feedback score must be a number between 0 and 1");
      qualityPacerOf(runtime)?.record(score);
      const learnedExample =
        config.bandit.online.enabled && isOnlineLearningPredictor(runtime.predictor) && runtime.predictor.feedbackExample(requestId, score);
      const calibrated = (config.bandit.online.enabled && runtime.online.feedback(requestId, score)) || learnedExample;
      if (calibrated) reportDrift(runtime);
      if (!runtime.decisionStore) return calibrated;
      const decision = await runtime.decisionStore.takeDecision(requestId);
      if (!decision) return calibrated;
      await runtime.banditStore.update(decision.bucket, decision.modelId, score);
      return true;
    },
    drift() {
      return runtime.online.drift();
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
      await runtime.background.close();
      await dependencies.circuitSync?.close();
      await runtime.banditStore.close();
    },
  };
  return router;
}

/** The learned predictor with its own ring of online per-prompt examples (bandit.online.knnExamples), else the predictor as given. */
function withOnlineExamples(predictor: SuccessPredictor | undefined, config: RouterConfig): SuccessPredictor | undefined {
  const online = config.bandit.online;
  const learned = predictor as LearnedSuccessPredictor | undefined;
  if (!online.enabled || online.knnExamples === 0 || typeof learned?.withOnlineExamples !== "function") return predictor;
  return learned.withOnlineExamples({ capacity: online.knnExamples, weight: online.knnExampleWeight });
}
