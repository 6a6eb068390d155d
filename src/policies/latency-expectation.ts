import { createInFlightCounter, expectedQueueWaitMs, type InFlightCounter } from "./serving-queue.js";

/** A model's expected speed: median time to first token and output tokens per second. */
export interface LatencyPrior {
  ttftMs: number;
  tokensPerSecond: number;
  /** Calls it serves at once; more wait (see serving-queue). */
  maxConcurrency?: number | undefined;
}

export interface ExpectedLatency {
  /** Expected end-to-end ms of the call: queue wait + first token + generation, times the live slowdown. */
  totalMs: number;
  ttftMs: number;
  queueMs: number;
  /** Live latency over the prior's expectation (1 = as expected; 10 = a tenfold spike). */
  slowdown: number;
}

/**
 * What the planner expects a call to take, per model: the prior (published figures or the config's
 * `expectedLatency`) scaled by a live slowdown, a moving average of log(observed / expected) over
 * the model's calls. While a model is not called, its slowdown fades toward 1 with `halfLifeMs`, so
 * traffic a spike moved away comes back once it ends. Pure: time is passed in.
 */
export interface LatencyExpectations {
  /** A finished call: its end-to-end ms and output tokens, at time `at`. */
  observe(modelId: string, totalMs: number, outputTokens: number, at: number): void;
  expected(modelId: string, outputTokens: number, now: number): ExpectedLatency;
  /** In-flight calls of this router, for the queue expectation. */
  readonly inFlight: InFlightCounter;
}

export interface LatencyExpectationOptions {
  priors: ReadonlyMap<string, LatencyPrior>;
  /** Weight of the newest observation (0..1). */
  alpha: number;
  halfLifeMs: number;
}

const FALLBACK_PRIOR: LatencyPrior = { ttftMs: 500, tokensPerSecond: 50 };

export function priorCallMs(prior: LatencyPrior, outputTokens: number): number {
  return prior.ttftMs + (Math.max(0, outputTokens) / prior.tokensPerSecond) * 1000;
}

export function createLatencyExpectations(options: LatencyExpectationOptions): LatencyExpectations {
  const live = new Map<string, { logSlowdown: number; at: number }>();
  const inFlight = createInFlightCounter();
  const priorOf = (modelId: string) => options.priors.get(modelId) ?? FALLBACK_PRIOR;
  const logSlowdownAt = (modelId: string, now: number): number => {
    const entry = live.get(modelId);
    if (!entry) return 0;
    const age = Math.max(0, now - entry.at);
    return entry.logSlowdown * Math.pow(0.5, age / options.halfLifeMs);
  };
  return {
    inFlight,
    observe(modelId, totalMs, outputTokens, at) {
      if (!(totalMs > 0)) return;
      const expected = priorCallMs(priorOf(modelId), outputTokens);
      const observed = Math.log(totalMs / expected);
      const previous = live.has(modelId) ? logSlowdownAt(modelId, at) : undefined;
      live.set(modelId, { logSlowdown: previous === undefined ? observed : previous + options.alpha * (observed - previous), at });
    },
    expected(modelId, outputTokens, now) {
      const prior = priorOf(modelId);
      const slowdown = Math.exp(logSlowdownAt(modelId, now));
      const serviceMs = priorCallMs(prior, outputTokens) * slowdown;
      const queueMs = expectedQueueWaitMs(inFlight.count(modelId), prior.maxConcurrency, serviceMs);
      return { totalMs: queueMs + serviceMs, ttftMs: queueMs + prior.ttftMs * slowdown, queueMs, slowdown };
    },
  };
}
