import { createInFlightCounter, expectedQueueWaitMs, type InFlightCounter } from "./serving-queue.js";

/** A model's expected speed: median time to first token and output tokens per second. */
export interface LatencyPrior {
  ttftMs: number;
  tokensPerSecond: number;
  /** Calls it serves at once; more wait (see serving-queue). */
  maxConcurrency?: number | undefined;
  /** A local model (runs on the local device, shared with the other local models when `sharedLocalDevice`). */
  local?: boolean | undefined;
}

/** A call in flight, from `beginCall`. */
export interface CallMark {
  modelId: string;
  /** The shared device's work mark when the call started (local calls on a shared device). */
  deviceMark?: number;
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
  /** A call starts (counts it in flight). */
  beginCall(modelId: string, now: number): CallMark;
  /**
   * The call ended: the full-speed ms it took, net of the time it shared the local device with other
   * local calls (k calls decoding at once each run at 1/k speed); the elapsed ms for other calls.
   */
  endCall(call: CallMark, now: number, elapsedMs: number): number;
}

export interface LatencyExpectationOptions {
  priors: ReadonlyMap<string, LatencyPrior>;
  /** Weight of the newest observation (0..1). */
  alpha: number;
  halfLifeMs: number;
  /** Local models share one device (bandit.sharedLocalDevice). */
  sharedLocalDevice?: boolean;
}

/**
 * The shared device's work clock: the integral of 1/max(1, k) over time, k = local calls in flight.
 * A local call's full-speed work is the difference of the marks at its end and start.
 */
function createDeviceMeter() {
  let active = 0;
  let mark = 0;
  let last = Number.NEGATIVE_INFINITY;
  const advance = (now: number) => {
    if (now > last && Number.isFinite(last)) mark += (now - last) / Math.max(1, active);
    last = Math.max(last, now);
  };
  return {
    active: () => active,
    begin(now: number): number {
      advance(now);
      active += 1;
      return mark;
    },
    end(now: number): number {
      advance(now);
      active = Math.max(0, active - 1);
      return mark;
    },
  };
}

const FALLBACK_PRIOR: LatencyPrior = { ttftMs: 500, tokensPerSecond: 50 };

export function priorCallMs(prior: LatencyPrior, outputTokens: number): number {
  return prior.ttftMs + (Math.max(0, outputTokens) / prior.tokensPerSecond) * 1000;
}

export function createLatencyExpectations(options: LatencyExpectationOptions): LatencyExpectations {
  const live = new Map<string, { logSlowdown: number; at: number }>();
  const inFlight = createInFlightCounter();
  const priorOf = (modelId: string) => options.priors.get(modelId) ?? FALLBACK_PRIOR;
  const device = createDeviceMeter();
  const onDevice = (modelId: string) => options.sharedLocalDevice === true && priorOf(modelId).local === true;
  const logSlowdownAt = (modelId: string, now: number): number => {
    const entry = live.get(modelId);
    if (!entry) return 0;
    const age = Math.max(0, now - entry.at);
    return entry.logSlowdown * Math.pow(0.5, age / options.halfLifeMs);
  };
  return {
    inFlight,
    beginCall(modelId, now) {
      inFlight.begin(modelId);
      return onDevice(modelId) ? { modelId, deviceMark: device.begin(now) } : { modelId };
    },
    endCall(call, now, elapsedMs) {
      inFlight.end(call.modelId);
      if (call.deviceMark === undefined) return elapsedMs;
      return Math.min(elapsedMs, device.end(now) - call.deviceMark);
    },
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
      // On a shared device, the local calls already running split its speed with this one.
      const sharing = onDevice(modelId) ? 1 + device.active() : 1;
      const serviceMs = priorCallMs(prior, outputTokens) * slowdown * sharing;
      const queueMs = expectedQueueWaitMs(inFlight.count(modelId), prior.maxConcurrency, serviceMs);
      return { totalMs: queueMs + serviceMs, ttftMs: queueMs + prior.ttftMs * slowdown, queueMs, slowdown };
    },
  };
}
