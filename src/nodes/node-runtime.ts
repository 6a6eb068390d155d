import type { RouteScore } from "../policies/route-match.js";
import type { RunnableConfig } from "@langchain/core/runnables";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { RouterConfig } from "../config/schema.js";
import type { ModelConfig } from "../config/sections/models.js";
import type { RouterError } from "../errors.js";
import type { BanditStore, DecisionStore } from "../stores/bandit-store.js";
import type { Clock, RandomSource } from "../policies/clock.js";
import type { LatencyTracker } from "../policies/latency-tracker.js";
import type { LatencyExpectations } from "../policies/latency-expectation.js";
import type { DriftSignal, OnlineCalibration } from "../policies/online-calibration.js";
import type { CircuitBreakers } from "../policies/circuit-breaker.js";
import type { SuccessPredictor } from "../learning/success-predictor.js";
import type { PrivacyScanner } from "../privacy/types.js";
import type { TraceEntry } from "../state/records.js";
import type { ModelConcurrency } from "../models/model-concurrency.js";
import type { BackgroundTasks } from "../policies/background-tasks.js";

/** A configured model and the LangChain chat model that calls it. */
export interface ModelBinding {
  config: ModelConfig;
  chat: BaseChatModel;
}

/** The semantic routes, indexed once per router (utterances encoded, thresholds calibrated). */
export interface RouteIndex {
  /**
   * Every route's score for a prompt, best first. `vector` is the prompt's embedding by the
   * configured embeddings model; without it (built-in encoder, or the prompt was not sent to that
   * model) the built-in encoder scores the text (words, and meaning for English).
   */
  score(text: string, vector: readonly number[] | undefined, sentence?: readonly number[]): RouteScore[];
  /**
   * With `classifier.embeddings.sentenceEncoder`: the prompt's vector by that encoder, for `score`'s
   * `sentence`, or undefined when the encoder does not read the prompt's language (then words score it).
   */
  sentenceVector?(text: string): Promise<readonly number[] | undefined>;
  /**
   * Each route's threshold (configured or calibrated). With the built-in encoder's word vectors
   * these are the thresholds for English prompts; a prompt in another language is scored by words
   * against word-only thresholds, which its scores carry.
   */
  routes: ReadonlyArray<{ name: string; threshold: number; calibrated: boolean }>;
  prefer: Map<string, { tier?: "local" | "cloud" | undefined; model?: string | undefined }>;
}

/** Hooks (plain functions) for observing the graph: metrics, spans, logs. Must not throw. */
export interface RouterHooks {
  onNode?(requestId: string, entry: TraceEntry): void;
  onModelCall?(
    requestId: string,
    call: { modelId: string; ok: boolean; error?: string; latencyMs: number; ttftMs?: number; inputTokens: number; outputTokens: number; costUsd: number },
  ): void;
  /**
   * A learning write (bandit reward, decision kept for feedback) failed after the answer was
   * returned: the answer does not wait for these writes. Default: a process warning, at most one a minute.
   */
  onStoreError?(requestId: string, error: unknown): void;
  /**
   * Live rates drifted from what the learned model expected (bandit.online): called after feedback
   * or a finished request while a drift lasts, at most once a minute. Default: a process warning, at most one every ten minutes.
   */
  onDrift?(signals: DriftSignal[]): void;
}

/** Per-request, non-serialisable context passed in `config.configurable.routellm`. */
export interface RequestContext {
  signal?: AbortSignal | undefined;
  /** Receives answer tokens as they stream (already restored from placeholders). */
  onToken?: ((text: string) => void) | undefined;
  onFallback?: ((from: string, to: string, reason: string) => void) | undefined;
  onModelSelected?: ((modelId: string) => void) | undefined;
  /** Something the caller asked for was not honoured as asked (a dropped parameter): reported, never silent. */
  onWarning?: ((message: string) => void) | undefined;
  /** Set once a token reached the caller: from then on, no silent fallback is possible. */
  tokensSent: boolean;
}

/** Everything the nodes need, injected once when the graph is built. Never stored in state. */
export interface RouterRuntime {
  config: RouterConfig;
  models: Map<string, ModelBinding>;
  ladder: string[];
  embeddings: EmbeddingsInterface | undefined;
  /** Synchronous embedding when the encoder supports it (the built-in one does): avoids a promise hop. */
  embedSync: ((text: string) => number[]) | undefined;
  routeIndex: () => Promise<RouteIndex>;
  /**
   * With a cloud encoder and `classifier.embeddings.local` an Ollama model: that local model and
   * its own route index, for the prompts the cloud encoder may not see. Undefined otherwise (such
   * prompts are then scored by the built-in encoder of `routeIndex`).
   */
  localEncoder: { embeddings: EmbeddingsInterface; routeIndex: () => Promise<RouteIndex> } | undefined;
  scanner: PrivacyScanner | undefined;
  banditStore: BanditStore;
  decisionStore: DecisionStore | undefined;
  predictor: SuccessPredictor | undefined;
  latency: LatencyTracker;
  /** What the planner expects each model's next call to take (priors, live slowdown, queue). */
  latencyExpectations: LatencyExpectations;
  /** Feedback-driven recalibration and drift detection of the learned planner (bandit.online). */
  online: OnlineCalibration;
  breakers: CircuitBreakers;
  /** Per-model `maxConcurrency` slots (a bounded wait, then RATE_LIMITED). */
  concurrency: ModelConcurrency;
  /** Work done after a request returned (local exploration's calls): bounded, awaited and aborted by `router.close()`. */
  background: BackgroundTasks;
  clock: Clock;
  random: RandomSource;
  classifyError: (error: unknown, modelId: string) => RouterError;
  countTokens: (text: string) => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Waits in the request's own time while its calls run (a late hedge's trigger); rejects when `signal` aborts. */
  wait: (ms: number, signal?: AbortSignal) => Promise<void>;
  hooks: RouterHooks;
}

/**
 * The request's context from `config.configurable.routellm` (set by the router), else one built from
 * the config itself (a caller running `router.graph` directly): its abort signal, no token sink.
 */
export function requestContextOf(config: RunnableConfig | undefined): RequestContext {
  const context = config?.configurable?.["routellm"] as RequestContext | undefined;
  return context ?? { signal: config?.signal, tokensSent: false };
}

/** Tag of the router's internal model calls (agreement peer, judge, agentic triage). */
export const ROUTELLM_INTERNAL_TAG = "routellm:internal";
/** LangChain's public tag for runs that `streamMode: "messages"` (and LangSmith's UI streams) must not show. */
const NOSTREAM_TAG = "langsmith:nostream";

/**
 * The LangChain config of a model call made inside a node: the node's callbacks (so callers'
 * handlers and tracing see the call, nested under the node), and for internal calls the tags that
 * keep them out of every `messages` stream.
 */
export function modelCallConfig(config: RunnableConfig | undefined, internal: boolean): Pick<RunnableConfig, "callbacks" | "tags"> {
  return {
    ...(config?.callbacks ? { callbacks: config.callbacks } : {}),
    ...(internal ? { tags: [ROUTELLM_INTERNAL_TAG, NOSTREAM_TAG] } : {}),
  };
}

/** Builds a trace entry and reports it to the hooks. */
export function traceEntry(runtime: RouterRuntime, requestId: string, entry: TraceEntry): TraceEntry {
  runtime.hooks.onNode?.(requestId, entry);
  return entry;
}

/** When each runtime last printed a store warning (the default report, at most one a minute). */
const lastStoreWarning = new WeakMap<RouterRuntime, number>();
const STORE_WARNING_INTERVAL_MS = 60_000;

/** Reports a failed learning write to the hook, else as a process warning (code and message only: no prompt text). */
export function reportStoreError(runtime: RouterRuntime, requestId: string, error: unknown): void {
  if (runtime.hooks.onStoreError) {
    runtime.hooks.onStoreError(requestId, error);
    return;
  }
  const now = runtime.clock.now();
  const last = lastStoreWarning.get(runtime);
  if (last !== undefined && now - last < STORE_WARNING_INTERVAL_MS) return;
  lastStoreWarning.set(runtime, now);
  const code = (error as { code?: unknown })?.code;
  process.emitWarning(
    `RouteLLM could not store what a request taught the bandit (${typeof code === "string" ? code : "error"}): ${error instanceof Error ? error.message : String(error)}`,
    "RouteLLMStoreWarning",
  );
}
