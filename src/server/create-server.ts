import { randomUUID } from "node:crypto";
import { isUtf8 } from "node:buffer";
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from "fastify";
import { createRedisClient, type RedisClient } from "../redis/redis-client.js";
import { pino, type Logger } from "pino";
import type { Clock, Router } from "../index.js";
import type { ServerSettings as ServerConfig } from "./settings.js";
import { createApiKeyVerifier } from "./api-keys.js";
import { createMemoryClientLimits, createRedisClientLimits, type ClientLimits } from "./client-limits.js";
import { errorPayload } from "./error-payload.js";
import { HttpError, fromFastifyError, toHttpError } from "./http-errors.js";
import { createServerMetrics, type ServerMetrics } from "./metrics.js";
import { registerOllamaRoutes } from "./ollama-routes.js";
import { registerOpenAiRoutes } from "./openai-routes.js";
import { createPromptLogger } from "./prompt-logging.js";
import { createReadinessCheck, type ModelProbe, type ReadinessReport } from "./readiness.js";
import { stateOf, ServerAbort, type ServerContext } from "./server-context.js";
import { createTargetResolver } from "./targets.js";

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
  /** Requests with an upstream call in flight. */
  inFlight(): number;
  readiness(): Promise<ReadinessReport>;
  /** Starts listening; resolves with the base URL (http://host:port). */
  listen(options?: { port?: number; host?: string }): Promise<string>;
  /** Stops accepting, lets in-flight requests and streams finish within the deadline, then cuts the rest with an error event. Closes Redis if the server opened it. Does not close the router. */
  close(deadlineMs?: number): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const protectedPrefixes = ["/v1/", "/api/"];

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
  const logger = options.logger ?? pino({ level: settings.logLevel, base: { pid: process.pid }, redact: { paths: ["req.headers.authorization", "headers.authorization", "*.apiKey"], remove: true } });
  const clock = options.clock ?? { now: () => Date.now() };
  const redisUrl = settings.redisUrl; // ROUTELLM_REDIS_URL is applied when the config is loaded (src/config/environment.ts)
  const ownsRedis = options.redis === undefined && redisUrl !== undefined;
  const redis = options.redis ?? (redisUrl === undefined ? undefined : createRedisClient(redisUrl, { maxRetriesPerRequest: 1, commandTimeout: settings.readinessTimeoutMs, enableOfflineQueue: true }));
  redis?.on("error", (error: Error) => logger.warn({ err: { message: error.message } }, "redis error"));
  const limits: ClientLimits = redis === undefined ? createMemoryClientLimits(clock) : createRedisClientLimits(redis, settings.redisKeyPrefix, clock);
  const metrics = createServerMetrics({ defaultMetrics: options.defaultMetrics ?? true });

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
  });

  const context: ServerContext = {
    router: options.router,
    settings,
    verifier: createApiKeyVerifier(settings.auth, env),
    limits,
    metrics,
    targets: createTargetResolver(options.router, settings),
    logger,
    inFlight: new Set(),
    states: new WeakMap(),
    logPrompt: createPromptLogger(settings.debugPromptLogging, logger),
  };
  const readiness = createReadinessCheck(options.router, redis, { timeoutMs: settings.readinessTimeoutMs, ...(options.modelProbe === undefined ? {} : { probe: options.modelProbe }) });

  app.removeAllContentTypeParsers();
  app.addContentTypeParser(["application/json", "text/plain", "application/x-www-form-urlencoded"], { parseAs: "buffer", bodyLimit: settings.bodyLimitBytes }, parseJsonBody);

  app.addHook("onRequest", async (request, reply) => {
    const state = stateOf(context, request);
    reply.header("x-routellm-request-id", request.id);
    reply.raw.once("close", () => logRequest(context, request, reply.raw.statusCode, state.startedAt));
    const url = request.url;
    if (protectedPrefixes.some((prefix) => url.startsWith(prefix))) state.client = context.verifier.authenticate(request.headers);
  });

  app.setErrorHandler(async (error: unknown, request, reply) => {
    const fastifyError = error as { code?: string; statusCode?: number; message: string };
    const httpError = error instanceof HttpError ? error : (fromFastifyError(fastifyError) ?? toHttpError(error));
    const state = stateOf(context, request);
    state.errorCode = httpError.code ?? String(httpError.status);
    if (httpError.status >= 500) request.log.error({ code: httpError.code, err: { name: (error as Error).name, message: httpError.message } }, "request failed");
    if (httpError.retryAfterSeconds !== undefined) reply.header("retry-after", String(httpError.retryAfterSeconds));
    return reply.status(httpError.status).send(errorPayload(request.url, httpError));
  });

  app.setNotFoundHandler(async (request, reply) => {
    const httpError = new HttpError(404, `unknown endpoint ${request.method} ${request.url.split("?")[0]?.slice(0, 128) ?? ""}`, { code: "unknown_url" });
    return reply.status(404).send(errorPayload(request.url, httpError));
  });

  registerOpenAiRoutes(app, context);
  registerOllamaRoutes(app, context);

  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    const report = await readiness();
    return reply.status(report.ready ? 200 : 503).send({ status: report.ready ? "ready" : "not-ready", ...report });
  });
  app.get("/metrics", async (_request, reply) => {
    reply.header("content-type", metrics.registry.contentType);
    return metrics.registry.metrics();
  });

  let closing: Promise<void> | undefined;
  return {
    app,
    metrics,
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

function logRequest(context: ServerContext, request: FastifyRequest, statusCode: number, startedAt: number): void {
  const state = stateOf(context, request);
  // 499 (nginx's "client closed request"): the client left before the answer was complete.
  const status = state.errorCode === "client_disconnected" ? 499 : statusCode;
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
