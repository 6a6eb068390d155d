import { randomUUID } from "node:crypto";
import { isUtf8 } from "node:buffer";
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from "fastify";
import { createRedisClient, describeRedisTarget, type RedisClient } from "../index.js";
import { pino, type Logger } from "pino";
import type { Clock, Router } from "../index.js";
import type { ServerSettings as ServerConfig } from "./settings.js";
import { createApiKeyVerifier, type ClientIdentity } from "./api-keys.js";
import { createBrowserGuard } from "./browser-guard.js";
import { createMemoryClientLimits, createRedisClientLimits, type ClientLimits } from "./client-limits.js";
import { errorPayload } from "./error-payload.js";
import { HttpError, fromFastifyError, toHttpError } from "./http-errors.js";
import { createServerMetrics, type ServerMetrics } from "./metrics.js";
import { registerOllamaRoutes } from "./ollama-routes.js";
import { registerOpenAiRoutes } from "./openai-routes.js";
import { registerPromptRoutes } from "./prompt-routes.js";
import { registerEmbeddingRoutes } from "./embedding-routes.js";
import { registerResponsesRoutes } from "./responses-routes.js";
import { createPromptLogger } from "./prompt-logging.js";
import { createReadinessCheck, type ModelProbe, type ReadinessReport } from "./readiness.js";
import { stateOf, ServerAbort, type ServerContext } from "./server-context.js";
import { createTargetResolver, type TargetResolver } from "./targets.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /** A route anyone may call without a key. Every other route (and any unmatched URL) needs one when keys are required. */
    public?: boolean;
  }
}

export interface CreateServerOptions {
  router: Router;
  /** Server settings; default: `router.config.server`. */
  settings?: ServerConfig;
  /** Redis for shared limits; default: a connection to `settings.redisUrl` when set (ROUTELLM_REDIS_URL sets it when the config is loaded). */
  redis?: RedisClient;
  /** A pino logger; default: JSON logs to stdout at `settings.logLevel`. */
  logger?: Logger;
  /** Wall clock (ms since epoch) for rate windows and budgets. */
  clock?: Clock;
  env?: NodeJS.ProcessEnv;
  /** How /readyz checks that a model answers; default: an HTTP GET on its base URL. */
  modelProbe?: ModelProbe;
  /** Collect Node's default process metrics (default true). */
  defaultMetrics?: boolean;
}

export interface RouteLLMServer {
  readonly app: FastifyInstance;
  readonly metrics: ServerMetrics;
  /** Per-key rate limits and budgets (shared with batch routes, so a batch is charged like online requests). */
  readonly limits: ClientLimits;
  readonly targets: TargetResolver;
  /** The client a request authenticated as (set before any non-public route's handler runs). */
  clientOf(request: FastifyRequest): ClientIdentity | undefined;
  /** Requests with an upstream call in flight. */
  inFlight(): number;
  readiness(): Promise<ReadinessReport>;
  /** Starts listening; resolves with the base URL (http://host:port). */
  listen(options?: { port?: number; host?: string }): Promise<string>;
  /** Stops accepting, lets in-flight requests and streams finish within the deadline, then cuts the rest with an error event. Closes Redis if the server opened it. Does not close the router. */
  close(deadlineMs?: number): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
/** Refusals after which the connection is closed, so a refused client cannot keep feeding it: bad key, foreign Origin or Host, too slow. */
const CLOSE_AFTER = new Set(["invalid_api_key", "origin_not_allowed", "host_not_allowed", "request_timeout"]);

function parseJsonBody(_request: FastifyRequest, body: Buffer, done: (error: Error | null, value?: unknown) => void): void {
  if (body.length === 0) return done(new HttpError(400, "empty request body", { code: "invalid_json" }));
  if (!isUtf8(body)) return done(new HttpError(400, "the request body is not valid UTF-8", { code: "invalid_encoding" }));
  try {
    done(null, JSON.parse(body.toString("utf8")));
  } catch {
    done(new HttpError(400, "the request body is not valid JSON", { code: "invalid_json" }));
  }
}

export function createServer(options: CreateServerOptions): RouteLLMServer {
  const env = options.env ?? process.env;
  const settings = options.settings ?? options.router.config.server;
  const logger =
    options.logger ??
    pino({
      level: settings.logLevel,
      base: { pid: process.pid },
      redact: { paths: ["req.headers.authorization", "headers.authorization", "*.apiKey"], remove: true },
    });
  const clock = options.clock ?? { now: () => Date.now() };
  const redisUrl = settings.redisUrl; // ROUTELLM_REDIS_URL is applied when the config is loaded (src/config/environment.ts)
  const ownsRedis = options.redis === undefined && redisUrl !== undefined;
  const redis =
    options.redis ??
    (redisUrl === undefined
      ? undefined
      : createRedisClient(redisUrl, { maxRetriesPerRequest: 1, commandTimeout: settings.readinessTimeoutMs, enableOfflineQueue: true }));
  redis?.on("error", (error: Error) => logger.warn({ err: { message: error.message } }, "redis error"));
  const limits: ClientLimits = redis === undefined ? createMemoryClientLimits(clock) : createRedisClientLimits(redis, settings.redisKeyPrefix, clock);
  const metrics = createServerMetrics({ defaultMetrics: options.defaultMetrics ?? true, health: () => options.router.health() });

  const app: FastifyInstance = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    // One log line per request is written by this module (ids, models, sizes, timings; no prompt text).
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: settings.bodyLimitBytes,
    genReqId: (request) => {
      const header = request.headers["x-request-id"];
      return typeof header === "string" && REQUEST_ID.test(header) ? header : randomUUID();
    },
    return503OnClosing: true,
    forceCloseConnections: "idle",
    // Slow clients: headers and the whole request (body included) must arrive within these times,
    // checked every second (Node's default check runs every 30 s); the response has no such limit.
    requestTimeout: settings.requestTimeoutMs,
    http: {
      headersTimeout: settings.headersTimeoutMs,
      requestTimeout: settings.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, Math.max(100, Math.floor(settings.headersTimeoutMs / 4))),
    },
  });

  const context: ServerContext = {
    router: options.router,
    settings,
    verifier: createApiKeyVerifier(settings.auth, env),
    limits,
    limitsStore: redis === undefined ? "memory" : redisUrl === undefined ? "the given Redis client" : describeRedisTarget(redisUrl),
    metrics,
    targets: createTargetResolver(options.router, settings),
    logger,
    inFlight: new Set(),
    states: new WeakMap(),
    logPrompt: createPromptLogger(settings.debugPromptLogging, logger, options.router.config.privacy),
  };
  const readiness = createReadinessCheck(options.router, redis, {
    timeoutMs: settings.readinessTimeoutMs,
    ...(options.modelProbe === undefined ? {} : { probe: options.modelProbe }),
  });

  // JSON bodies only: text/plain and form bodies are what a web page can send cross-origin without a preflight.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("application/json", { parseAs: "buffer", bodyLimit: settings.bodyLimitBytes }, parseJsonBody);

  const browserGuard = createBrowserGuard(settings, () => {
    const address = app.server.address();
    return address !== null && typeof address === "object" ? address.address : undefined;
  });
  app.addHook("onRequest", async (request, reply) => {
    const state = stateOf(context, request);
    reply.header("x-routellm-request-id", request.id);
    reply.raw.once("close", () => logRequest(context, request, reply.raw, state.startedAt));
    if (browserGuard.check(request, reply)) return reply;
    // Deny by default, on the route Fastify actually matched (never on the raw URL's spelling).
    if (request.routeOptions.config?.public !== true) state.client = context.verifier.authenticate(request.headers);
    return undefined;
  });

  app.setErrorHandler(async (error: unknown, request, reply) => {
    const fastifyError = error as { code?: string; statusCode?: number; message: string };
    const httpError = error instanceof HttpError ? error : (fromFastifyError(fastifyError) ?? toHttpError(error));
    const state = stateOf(context, request);
    state.errorCode = httpError.code ?? String(httpError.status);
    // The log keeps the cause (e.g. which Redis address failed); the client gets the generic message.
    if (httpError.status >= 500)
      request.log.error(
        { code: httpError.code, err: { name: (error as Error).name, message: (error as Error).message ?? httpError.message } },
        "request failed",
      );
    if (httpError.retryAfterSeconds !== undefined) reply.header("retry-after", String(httpError.retryAfterSeconds));
    if (CLOSE_AFTER.has(httpError.code ?? "") || httpError.status === 408) reply.header("connection", "close");
    return reply.status(httpError.status).send(errorPayload(request.url, httpError));
  });

  app.setNotFoundHandler(async (request, reply) => {
    const httpError = new HttpError(404, `unknown endpoint ${request.method} ${request.url.split("?")[0]?.slice(0, 128) ?? ""}`, { code: "unknown_url" });
    return reply.status(404).send(errorPayload(request.url, httpError));
  });

  registerOpenAiRoutes(app, context);
  registerOllamaRoutes(app, context);
  registerPromptRoutes(app, context);
  registerEmbeddingRoutes(app, context);
  registerResponsesRoutes(app, context);

  // The only public routes: liveness, readiness (model ids and reachability) and Prometheus metrics.
  app.get("/healthz", { config: { public: true } }, async () => ({ status: "ok" }));
  app.get("/readyz", { config: { public: true } }, async (_request, reply) => {
    const report = await readiness();
    return reply.status(report.ready ? 200 : 503).send({ status: report.ready ? "ready" : "not-ready", ...report });
  });
  app.get("/metrics", { config: { public: true } }, async (_request, reply) => {
    reply.header("content-type", metrics.registry.contentType);
    return metrics.registry.metrics();
  });

  let closing: Promise<void> | undefined;
  return {
    app,
    metrics,
    limits,
    targets: context.targets,
    clientOf: (request) => stateOf(context, request).client,
    inFlight: () => context.inFlight.size,
    readiness,
    async listen(listenOptions = {}) {
      return app.listen({ port: listenOptions.port ?? settings.port, host: listenOptions.host ?? settings.host });
    },
    close(deadlineMs = settings.shutdownDeadlineMs) {
      closing ??= (async () => {
        const closed = app.close();
        // Keep-alive connections become idle as their last response ends: close them as they do.
        const sweeper = setInterval(() => app.server.closeIdleConnections(), 25);
        const deadline = new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, deadlineMs);
          timer.unref();
          void closed.then(() => {
            clearTimeout(timer);
            resolve();
          });
        });
        await deadline;
        clearInterval(sweeper);
        if (context.inFlight.size > 0) {
          logger.warn({ inFlight: context.inFlight.size }, "shutdown deadline passed: cutting in-flight requests");
          for (const controller of context.inFlight) controller.abort(new ServerAbort("shutdown"));
          // Give the cut streams a moment to write their error event, then drop every connection.
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        app.server.closeAllConnections();
        await closed;
        if (ownsRedis) await redis?.quit().catch(() => undefined);
      })();
      return closing;
    },
  };
}

function logRequest(context: ServerContext, request: FastifyRequest, response: { statusCode: number; writableEnded: boolean }, startedAt: number): void {
  const state = stateOf(context, request);
  // 499 (nginx's "client closed request"): the connection closed before the answer was complete.
  const disconnected = state.errorCode === "client_disconnected" || !response.writableEnded;
  if (disconnected) state.errorCode ??= "client_disconnected";
  const status = disconnected ? 499 : response.statusCode;
  const route = request.routeOptions.url ?? "unmatched";
  context.metrics.requests.inc({ route, status: String(status) });
  const length = request.headers["content-length"];
  request.log.info(
    {
      method: request.method,
      route,
      status,
      client: state.client?.name,
      requested: state.requested,
      model: state.model,
      tier: state.tier,
      escalations: state.escalations,
      stream: state.stream || undefined,
      bytesIn: length === undefined ? undefined : Number(length),
      bytesOut: state.bytesOut,
      ttftMs: state.ttftMs,
      ms: Math.round((performance.now() - startedAt) * 100) / 100,
      error: state.errorCode,
    },
    "request",
  );
}
