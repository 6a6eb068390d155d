import type { FastifyBaseLogger, FastifyRequest } from "fastify";
import type { PlainMessage, Router, Tier } from "../index.js";
import type { ServerSettings as ServerConfig } from "./settings.js";
import type { ApiKeyVerifier, ClientIdentity } from "./api-keys.js";
import type { ClientLimits } from "./client-limits.js";
import type { ServerMetrics } from "./metrics.js";
import type { TargetResolver } from "./targets.js";

/** Why the server aborted an upstream call. */
export class ServerAbort extends Error {
  constructor(readonly reason: "client-disconnected" | "shutdown") {
    super(reason);
    this.name = "ServerAbort";
  }
}

/** What one request did, for its log line and metrics (never prompt text). */
export interface RequestState {
  startedAt: number;
  client: ClientIdentity | undefined;
  requested: string | undefined;
  model: string | undefined;
  tier: Tier | undefined;
  escalations: number | undefined;
  stream: boolean;
  ttftMs: number | undefined;
  bytesOut: number | undefined;
  errorCode: string | undefined;
}

export interface ServerContext {
  router: Router;
  settings: ServerConfig;
  verifier: ApiKeyVerifier;
  limits: ClientLimits;
  /** Where the limits live (a Redis address without credentials), for the server log only. */
  limitsStore: string;
  metrics: ServerMetrics;
  targets: TargetResolver;
  logger: FastifyBaseLogger;
  /** Upstream calls in flight, aborted when a shutdown passes its deadline. */
  inFlight: Set<AbortController>;
  /** Per-request facts, keyed by the raw request. */
  states: WeakMap<object, RequestState>;
  /** Logs the prompt at debug level with privacy findings masked, when switched on. */
  logPrompt(request: FastifyRequest, messages: readonly PlainMessage[]): void;
}

export function stateOf(context: ServerContext, request: FastifyRequest): RequestState {
  let state = context.states.get(request.raw);
  if (state === undefined) {
    state = {
      startedAt: performance.now(),
      client: undefined,
      requested: undefined,
      model: undefined,
      tier: undefined,
      escalations: undefined,
      stream: false,
      ttftMs: undefined,
      bytesOut: undefined,
      errorCode: undefined,
    };
    context.states.set(request.raw, state);
  }
  return state;
}
