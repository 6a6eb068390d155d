import cluster from "node:cluster";
import { RouterError, createRouterFromConfig, toLoadedConfig, type LoadedConfig, type RouterConfig, type RouterDependencies } from "../index.js";
import { createServer, type CreateServerOptions, type RouteLLMServer } from "./create-server.js";
import { shareMetricsWithPrimary } from "./metrics.js";

export interface StartServerOptions extends Omit<CreateServerOptions, "router" | "settings"> {
  /** A validated config, a loaded config file, or a path to a YAML config file. */
  config: RouterConfig | LoadedConfig | string;
  port?: number;
  host?: string;
  /** Collaborators of the router (models, bandit store...); default: built from the config. */
  routerDependencies?: RouterDependencies;
  /** Install SIGTERM/SIGINT handlers that shut down gracefully (default true). */
  handleSignals?: boolean;
}

export interface StartedServer {
  server: RouteLLMServer;
  url: string;
  /** Graceful shutdown: drains within the configured deadline, then closes the router. */
  stop(): Promise<void>;
}

/** Builds the router from the config, serves it on one process, and shuts down gracefully on SIGTERM/SIGINT. */
export async function startServer(options: StartServerOptions): Promise<StartedServer> {
  const loaded = toLoadedConfig(options.config);
  const settings = loaded.config.server;
  // Learning writes finish after the answer: their failures go to the server's log and metrics.
  let reportStoreError: (requestId: string, error: unknown) => void = () => undefined;
  const dependencies = options.routerDependencies ?? {};
  const hooks = {
    ...dependencies.hooks,
    onStoreError: dependencies.hooks?.onStoreError ?? ((requestId: string, error: unknown) => reportStoreError(requestId, error)),
  };
  const router = await createRouterFromConfig(loaded, { ...dependencies, hooks });
  // With the batch API on, batch prompts are charged to the same per-key limits as online requests:
  // both live in server.redisUrl, or in the batch Redis when that is unset (workers look there too).
  const env = options.env ?? process.env;
  const limitsRedisUrl =
    settings.batchRoutes && env.ROUTELLM_REDIS_URL === undefined && settings.redisUrl === undefined ? loaded.config.batch.redisUrl : settings.redisUrl;
  const server = createServer({ ...options, router, settings: limitsRedisUrl === settings.redisUrl ? settings : { ...settings, redisUrl: limitsRedisUrl } });
  reportStoreError = (requestId, error) => {
    const code = typeof (error as { code?: unknown })?.code === "string" ? (error as { code: string }).code : "UNKNOWN";
    server.metrics.storeErrors.inc({ code });
    server.app.log.warn({ requestId, code, error: error instanceof Error ? error.message : String(error) }, "a learning write failed after the answer");
  };
  // The batch API shares the server's port when asked for; its queue lives in the batch section's Redis.
  // Loaded only then: BullMQ and the batch modules add ~4 MB to every server process otherwise.
  const batch = settings.batchRoutes ? await import("../batch/index.js") : undefined;
  const batchQueue = batch?.createBatchQueue({ batch: loaded.config.batch });
  if (batch && batchQueue)
    batch.registerBatchRoutes(server.app, batchQueue, {
      clientOf: (request) => server.clientOf(request),
      resolveTarget: (requested, client) => server.targets.resolve(requested, client).options,
    });
  if (cluster.isWorker) shareMetricsWithPrimary(server.metrics);
  let url: string;
  try {
    url = await server.listen({ port: options.port ?? settings.port, host: options.host ?? settings.host });
  } catch (error) {
    await batchQueue?.close();
    await router.close();
    const code = (error as { code?: unknown }).code;
    if (code === "EADDRINUSE" || code === "EACCES") {
      const where = `${options.host ?? settings.host}:${options.port ?? settings.port}`;
      throw new RouterError(
        "CONFIG_INVALID",
        `server.port: cannot listen on ${where} (${code === "EADDRINUSE" ? "already in use" : "permission denied"}); choose another with --port or server.port`,
        { cause: error },
      );
    }
    throw error;
  }
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await server.close(settings.shutdownDeadlineMs);
      await batchQueue?.close();
      await router.close();
    })());
  if (options.handleSignals ?? true) {
    const onSignal = () => {
      void stop().finally(() => process.exit(0));
    };
    process.once("SIGTERM", onSignal);
    process.once("SIGINT", onSignal);
  }
  return { server, url, stop };
}
