import { createInFlightCounter, expectedQueueWaitMs, type InFlightCounter } from "./serving-queue.js";

/** A model's expected speed: median time to first token and output tokens per second. */
export interface LatencyPrior {
  ttftMs: number;
  tokensPerSecond: number;
  /** Calls it serves at once; more wait (see serving-queue). */
  maxConcurrency?: number | undefined;
  /** A local model (runs on the local device, shared with the other local models as `sharedLocalDevice` says). */
  local?: boolean | undefined;
}

/** A call in flight, from `beginCall`. */
export interface CallMark {
  modelId: string;
  /** The shared device's work mark when the call started (local calls on a shared device). */
  deviceMark?: number;
  /** The device's overlap mark (integral of other local calls in flight) when the call started. */
  overlapMark?: number;
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
 * the model's calls. While a model is not called, its slowdown fades with `halfLifeMs` toward its usual
 * level, so traffic a spike moved away comes back once it ends: 1 for a cloud model, and for a local
 * model its own usual speed on this hardware (stepBoundedAverage), so a laptop is not planned as a GPU. Pure: time is passed in.
 */
export interface LatencyExpectations {
  /** A finished call: its end-to-end ms and output tokens, at time `at`. */
  observe(modelId: string, totalMs: number, outputTokens: number, at: number): void;
  /**
   * `leaving`: calls in flight (by model id) about to be cancelled: they neither share the device
   * nor hold a slot in this expectation (a decision about what follows their cancellation).
   */
  expected(modelId: string, outputTokens: number, now: number, leaving?: readonly string[]): ExpectedLatency;
  /** In-flight calls of this router, for the queue expectation. */
  readonly inFlight: InFlightCounter;
  /** A call starts (counts it in flight). */
  beginCall(modelId: string, now: number): CallMark;
  /**
   * The call ended: the full-speed ms it took, net of the time it shared the local device with other
   * local calls (k calls decoding at once each run at 1/(1 + s(k − 1)) speed, s the device sharing);
   * the elapsed ms for other calls. With `outputTokens` (a finished call) and a learned sharing, a
   * local call that overlapped others also updates the sharing estimate.
   */
  endCall(call: CallMark, now: number, elapsedMs: number, outputTokens?: number): number;
  /** How much local calls running at once slow each other: 0 = separate devices, 1 = one device split evenly. */
  deviceSharing(): number;
}

export interface LatencyExpectationOptions {
  priors: ReadonlyMap<string, LatencyPrior>;
  /** Weight of the newest observation (0..1). */
  alpha: number;
  halfLifeMs: number;
  /**
   * Local models share one device (bandit.sharedLocalDevice): true = one device split evenly (sharing
   * 1), false = separate devices (0), "auto" = start at 1 and learn the sharing from local calls that
   * overlapped (how much longer they took than the same model's calls alone).
   */
  sharedLocalDevice?: boolean | "auto";
}

/**
 * The local device's work clock: the integral of 1/(1 + s(k − 1)) over time, k = local calls in
 * flight, s = the device sharing (1: k calls each run at 1/k speed). A local call's full-speed work is
 * the difference of the marks at its end and start. Also integrates k − 1 (the other local calls a
 * call overlapped), from which the sharing is learned.
 */
function createDeviceMeter(sharing: () => number) {
  let active = 0;
  let mark = 0;
  let overlap = 0;
  let last = Number.NEGATIVE_INFINITY;
  const advance = (now: number) => {
    if (now > last && Number.isFinite(last)) {
      mark += (now - last) / (1 + sharing() * Math.max(0, active - 1));
      overlap += (now - last) * Math.max(0, active - 1);
    }
    last = Math.max(last, now);
  };
  return {
    active: () => active,
    begin(now: number): { mark: number; overlap: number } {
      advance(now);
      active += 1;
      return { mark, overlap };
    },
    end(now: number): { mark: number; overlap: number } {
      advance(now);
      active = Math.max(0, active - 1);
      return { mark, overlap };
    },
  };
}

/** Smallest average overlap (other local calls in flight over the call) from which a call teaches the sharing. */
const MIN_OVERLAP = 0.25;
/** Largest average overlap of a call that still counts as alone (the baseline the sharing is measured against). */
const ALONE_OVERLAP = 0.05;

const FALLBACK_PRIOR: LatencyPrior = { ttftMs: 500, tokensPerSecond: 50 };

/** Smallest weight of a call in a local model's usual slowdown (its long-run average of log(observed / prior)). */
const USUAL_MIN_WEIGHT = 0.02;
/** Largest move of a local model's usual log slowdown per call, so a burst of slow calls barely shifts it. */
const USUAL_MAX_STEP = 0.1;

/**
 * A step-bounded running average: weight 1/n of the n-th value (at least `USUAL_MIN_WEIGHT`), each
 * step clamped to ±`USUAL_MAX_STEP`. The usual speed of a local model on this hardware, which its live
 * slowdown fades toward (a laptop stays a laptop while not called), unlike a cloud model's, which fades to 1.
 */
export function stepBoundedAverage(previous: { value: number; count: number } | undefined, observed: number): { value: number; count: number } {
  if (!previous) return { value: observed, count: 1 };
  const count = previous.count + 1;
  const step = Math.max(1 / count, USUAL_MIN_WEIGHT) * (observed - previous.value);
  return { value: previous.value + Math.min(USUAL_MAX_STEP, Math.max(-USUAL_MAX_STEP, step)), count };
}

export function priorCallMs(prior: LatencyPrior, outputTokens: number): number {
  return prior.ttftMs + (Math.max(0, outputTokens) / prior.tokensPerSecond) * 1000;
}

export function createLatencyExpectations(options: LatencyExpectationOptions): LatencyExpectations {
  const live = new Map<string, { logSlowdown: number; at: number }>();
  const inFlight = createInFlightCounter();
  const priorOf = (modelId: string) => options.priors.get(modelId) ?? FALLBACK_PRIOR;
  const mode = options.sharedLocalDevice ?? false;
  // The learned sharing's moving average (unclamped; clamped to [0, 1] where it is used).
  let sharingEstimate = mode === false ? 0 : 1;
  const sharing = () => Math.min(1, Math.max(0, sharingEstimate));
  const device = createDeviceMeter(sharing);
  // Per local model, the moving average of log(elapsed / prior) over its calls that ran alone on the device.
  const aloneLog = new Map<string, number>();
  const onDevice = (modelId: string) => mode !== false && priorOf(modelId).local === true;
  // Per local model, its usual log slowdown (step-bounded average over its calls), the level its live slowdown fades to.
  const usual = new Map<string, { value: number; count: number }>();
  const logSlowdownAt = (modelId: string, now: number): number => {
    const entry = live.get(modelId);
    if (!entry) return 0;
    const base = usual.get(modelId)?.value ?? 0;
    const age = Math.max(0, now - entry.at);
    return base + (entry.logSlowdown - base) * Math.pow(0.5, age / options.halfLifeMs);
  };
  return {
    inFlight,
    deviceSharing: sharing,
    beginCall(modelId, now) {
      inFlight.begin(modelId);
      if (!onDevice(modelId)) return { modelId };
      const marks = device.begin(now);
      return { modelId, deviceMark: marks.mark, overlapMark: marks.overlap };
    },
    endCall(call, now, elapsedMs, outputTokens) {
      inFlight.end(call.modelId);
      if (call.deviceMark === undefined) return elapsedMs;
      const marks = device.end(now);
      const meanOverlap = elapsedMs > 0 ? (marks.overlap - (call.overlapMark ?? marks.overlap)) / elapsedMs : 0;
      if (mode === "auto" && outputTokens !== undefined && elapsedMs > 0) {
        const logRatio = Math.log(elapsedMs / priorCallMs(priorOf(call.modelId), outputTokens));
        const baseline = aloneLog.get(call.modelId);
        if (meanOverlap <= ALONE_OVERLAP) aloneLog.set(call.modelId, baseline === undefined ? logRatio : baseline + options.alpha * (logRatio - baseline));
        else if (meanOverlap >= MIN_OVERLAP && baseline !== undefined) {
          // elapsed ≈ alone × (1 + s × mean overlap), alone measured on the same model's calls that ran alone.
          const observed = (Math.exp(logRatio - baseline) - 1) / meanOverlap;
          sharingEstimate += options.alpha * (Math.min(2, Math.max(-1, observed)) - sharingEstimate);
        }
      }
      return Math.min(elapsedMs, marks.mark - call.deviceMark);
    },
    observe(modelId, totalMs, outputTokens, at) {
      if (!(totalMs > 0)) return;
      const expected = priorCallMs(priorOf(modelId), outputTokens);
      const observed = Math.log(totalMs / expected);
      const previous = live.has(modelId) ? logSlowdownAt(modelId, at) : undefined;
      if (priorOf(modelId).local === true) usual.set(modelId, stepBoundedAverage(usual.get(modelId), observed));
      live.set(modelId, { logSlowdown: previous === undefined ? observed : previous + options.alpha * (observed - previous), at });
    },
    expected(modelId, outputTokens, now, leaving = []) {
      const prior = priorOf(modelId);
      const slowdown = Math.exp(logSlowdownAt(modelId, now));
      // On a shared device, the local calls already running split its speed with this one.
      const staying = Math.max(0, device.active() - leaving.filter(onDevice).length);
      const share = onDevice(modelId) ? 1 + sharing() * staying : 1;
      const serviceMs = priorCallMs(prior, outputTokens) * slowdown * share;
      const inFlightStaying = Math.max(0, inFlight.count(modelId) - leaving.filter((id) => id === modelId).length);
      const queueMs = expectedQueueWaitMs(inFlightStaying, prior.maxConcurrency, serviceMs);
      return { totalMs: queueMs + serviceMs, ttftMs: queueMs + prior.ttftMs * slowdown, queueMs, slowdown };
    },
  };
}
