import type { Clock } from "./clock.js";

/**
 * One circuit per model: `failureThreshold` consecutive failures open it; after `openMs` it is
 * half-open and lets one trial request through; success closes it, failure opens it again.
 */
export type CircuitState = "closed" | "open" | "half-open";

export interface CircuitBreakers {
  /** True when a request may go to this model now (reserves the half-open trial). */
  tryAcquire(modelId: string): boolean;
  /** True when the model is not blocked, without reserving anything. */
  isAvailable(modelId: string): boolean;
  recordSuccess(modelId: string): void;
  recordFailure(modelId: string): void;
  /** The call ended without saying anything about the model's health (e.g. the request was refused): frees a half-open trial. */
  release(modelId: string): void;
  state(modelId: string): CircuitState;
  consecutiveFailures(modelId: string): number;
  /** Opens the circuit for (at least) `remainingMs` more, as another process reported; not reported to `onChange`. */
  openFor(modelId: string, remainingMs: number): void;
}

export interface CircuitBreakerOptions {
  failureThreshold: number;
  openMs: number;
  /** Called when a failure opens a circuit (or re-opens it after a failed trial) and when a trial success closes it. */
  onChange?: (modelId: string, state: "open" | "closed") => void;
}

interface Circuit {
  failures: number;
  openedAt: number | undefined;
  trialInFlight: boolean;
}

export function createCircuitBreakers(options: CircuitBreakerOptions, clock: Clock): CircuitBreakers {
  const circuits = new Map<string, Circuit>();
  const get = (modelId: string) => {
    let circuit = circuits.get(modelId);
    if (!circuit) circuits.set(modelId, (circuit = { failures: 0, openedAt: undefined, trialInFlight: false }));
    return circuit;
  };
  const stateOf = (circuit: Circuit): CircuitState => {
    if (circuit.openedAt === undefined) return "closed";
    return clock.now() - circuit.openedAt >= options.openMs ? "half-open" : "open";
  };
  return {
    tryAcquire(modelId) {
      const circuit = get(modelId);
      const state = stateOf(circuit);
      if (state === "closed") return true;
      if (state === "open" || circuit.trialInFlight) return false;
      circuit.trialInFlight = true;
      return true;
    },
    isAvailable(modelId) {
      const circuit = circuits.get(modelId);
      if (!circuit) return true;
      const state = stateOf(circuit);
      return state === "closed" || (state === "half-open" && !circuit.trialInFlight);
    },
    recordSuccess(modelId) {
      const circuit = get(modelId);
      if (circuit.openedAt !== undefined) options.onChange?.(modelId, "closed");
      circuit.failures = 0;
      circuit.openedAt = undefined;
      circuit.trialInFlight = false;
    },
    recordFailure(modelId) {
      const circuit = get(modelId);
      circuit.failures++;
      circuit.trialInFlight = false;
      if (circuit.openedAt !== undefined || circuit.failures >= options.failureThreshold) {
        circuit.openedAt = clock.now();
        options.onChange?.(modelId, "open");
      }
    },
    openFor(modelId, remainingMs) {
      const circuit = get(modelId);
      const openedAt = clock.now() - options.openMs + Math.min(remainingMs, options.openMs);
      if (circuit.openedAt === undefined || circuit.openedAt < openedAt) circuit.openedAt = openedAt;
    },
    release(modelId) {
      const circuit = circuits.get(modelId);
      if (circuit) circuit.trialInFlight = false;
    },
    state: (modelId) => stateOf(get(modelId)),
    consecutiveFailures: (modelId) => circuits.get(modelId)?.failures ?? 0,
  };
}
