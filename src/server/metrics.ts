import { AggregatorRegistry, Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { isRouterError, type ModelHealth, type RouteResult } from "../index.js";

/** Prometheus metrics of one server process, in their own registry (several servers may share a process in tests). */
export interface ServerMetrics {
  readonly registry: Registry;
  requests: Counter<"route" | "status">;
  modelChosen: Counter<"model" | "tier">;
  escalations: Counter<string>;
  privacyPins: Counter<string>;
  tokens: Counter<"model" | "kind">;
  costUsd: Counter<"model">;
  latency: Histogram<"route" | "stream">;
  ttft: Histogram<"model">;
  upstreamErrors: Counter<"model" | "code">;
  fallbacks: Counter<string>;
  brokenStreams: Counter<string>;
  storeErrors: Counter<"code">;
  /** Requests that failed entirely, by error code. */
  failedRequests: Counter<"code">;
  /** Records everything a finished routing result tells. */
  observeResult(result: RouteResult): void;
  /** Records a request that failed entirely: its code, and each model's failure when the router tried models (`details.failures`). */
  observeFailure(error: unknown): void;
}

const CIRCUIT_STATES = ["closed", "half-open", "open"] as const;

const latencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

export function createServerMetrics(options: { defaultMetrics?: boolean; labels?: Record<string, string>; health?: () => ModelHealth[] } = {}): ServerMetrics {
  const registry = new Registry();
  if (options.labels !== undefined) registry.setDefaultLabels(options.labels);
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: "routellm_" });
  const registers = [registry];
  const requests = new Counter({
    name: "routellm_requests_total",
    help: "HTTP requests by route and status",
    labelNames: ["route", "status"] as const,
    registers,
  });
  const modelChosen = new Counter({
    name: "routellm_model_chosen_total",
    help: "Answers by the model and tier that gave them",
    labelNames: ["model", "tier"] as const,
    registers,
  });
  const escalations = new Counter({ name: "routellm_escalations_total", help: "Escalations up the ladder after a failed verification", registers });
  const privacyPins = new Counter({ name: "routellm_privacy_pins_total", help: "Requests pinned to local models by the privacy guard", registers });
  const tokens = new Counter({
    name: "routellm_tokens_total",
    help: "Tokens by model and kind (input, output)",
    labelNames: ["model", "kind"] as const,
    registers,
  });
  const costUsd = new Counter({ name: "routellm_cost_usd_total", help: "Estimated spend in US dollars by model", labelNames: ["model"] as const, registers });
  const latency = new Histogram({
    name: "routellm_request_duration_seconds",
    help: "Time to the full answer",
    labelNames: ["route", "stream"] as const,
    buckets: latencyBuckets,
    registers,
  });
  const ttft = new Histogram({
    name: "routellm_time_to_first_token_seconds",
    help: "Time from request to the first token sent",
    labelNames: ["model"] as const,
    buckets: latencyBuckets,
    registers,
  });
  const upstreamErrors = new Counter({
    name: "routellm_upstream_errors_total",
    help: "Failed model calls by model and error code",
    labelNames: ["model", "code"] as const,
    registers,
  });
  const fallbacks = new Counter({ name: "routellm_fallbacks_total", help: "Fallbacks to another model before the first token", registers });
  const brokenStreams = new Counter({ name: "routellm_streams_broken_total", help: "Streams ended by an error after tokens were sent", registers });
  const storeErrors = new Counter({
    name: "routellm_store_errors_total",
    help: "Learning writes (bandit rewards, decisions kept for feedback) that failed after the answer, by error code",
    labelNames: ["code"] as const,
    registers,
  });
  const failedRequests = new Counter({
    name: "routellm_requests_failed_total",
    help: "Requests that failed entirely (no answer), by error code",
    labelNames: ["code"] as const,
    registers,
  });
  const health = options.health;
  if (health !== undefined) {
    new Gauge({
      name: "routellm_circuit_state",
      help: "Circuit breaker state per model: 1 for the current state (closed, half-open, open), 0 for the others (summed over the workers of a cluster)",
      labelNames: ["model", "state"] as const,
      registers,
      collect() {
        for (const model of health()) for (const state of CIRCUIT_STATES) this.set({ model: model.modelId, state }, model.circuit === state ? 1 : 0);
      },
    });
    new Gauge({
      name: "routellm_circuit_consecutive_failures",
      help: "Consecutive upstream faults per model (5xx, timeouts, resets, broken streams)",
      labelNames: ["model"] as const,
      registers,
      collect() {
        for (const model of health()) this.set({ model: model.modelId }, model.consecutiveFailures);
      },
    });
  }
  return {
    registry,
    requests,
    failedRequests,
    observeFailure(error) {
      if (!isRouterError(error)) return;
      failedRequests.inc({ code: error.code });
      const failures = error.details["failures"];
      if (!Array.isArray(failures)) return;
      for (const failure of failures as Array<{ model?: unknown; code?: unknown }>)
        if (typeof failure.model === "string" && typeof failure.code === "string") upstreamErrors.inc({ model: failure.model, code: failure.code });
    },
    modelChosen,
    escalations,
    privacyPins,
    tokens,
    costUsd,
    latency,
    ttft,
    upstreamErrors,
    fallbacks,
    brokenStreams,
    storeErrors,
    observeResult(result) {
      modelChosen.inc({ model: result.model, tier: result.tier });
      if (result.escalations > 0) escalations.inc(result.escalations);
      if (result.privacy.pinnedLocal) privacyPins.inc();
      if (result.attempts.length === 0) {
        if (result.usage.inputTokens > 0) tokens.inc({ model: result.model, kind: "input" }, result.usage.inputTokens);
        if (result.usage.outputTokens > 0) tokens.inc({ model: result.model, kind: "output" }, result.usage.outputTokens);
        if (result.usage.costUsd > 0) costUsd.inc({ model: result.model }, result.usage.costUsd);
      }
      for (const attempt of result.attempts) {
        if (!attempt.ok) upstreamErrors.inc({ model: attempt.modelId, code: attempt.error ?? "UNKNOWN" });
        if (attempt.usage.inputTokens > 0) tokens.inc({ model: attempt.modelId, kind: "input" }, attempt.usage.inputTokens);
        if (attempt.usage.outputTokens > 0) tokens.inc({ model: attempt.modelId, kind: "output" }, attempt.usage.outputTokens);
        if (attempt.usage.costUsd > 0) costUsd.inc({ model: attempt.modelId }, attempt.usage.costUsd);
      }
    },
  };
}

/** In a cluster worker: answer the primary's requests for this worker's metrics. */
export function shareMetricsWithPrimary(metrics: ServerMetrics): void {
  AggregatorRegistry.setRegistries([metrics.registry]);
  new AggregatorRegistry(); // installs the worker's IPC listener
}
