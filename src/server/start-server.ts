import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { createRouterFromConfig, loadConfigFile, type LoadedConfig, type RouterConfig, type RouterDependencies } from "../index.js";
import { createServer, type CreateServerOptions, type RouteLLMServer } from "./create-server.js";
import { serveClusterMetrics, shareMetricsWithPrimary } from "./metrics.js";

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

function resolveConfig(config: RouterConfig | LoadedConfig | string): LoadedConfig {
  if (typeof config === "string") return loadConfigFile(config);
  if ("baseDir" in config && "config" in config) return config;
  return { config, path: undefined, baseDir: process.cwd() };
}

/** Builds the router from the config, serves it on one process, and shuts down gracefully on SIGTERM/SIGINT. */
export async function startServer(options: StartServerOptions): Promise<StartedServer> {
  const loaded = resolveConfig(options.config);
  const settings = loaded.config.server;
  const router = await createRouterFromConfig(loaded, options.routerDependencies ?? {});
  const server = createServer({ ...options, router, settings });
  // The batch API shares the server's port when asked for; its queue lives in the batch section's Redis.
  // Loaded only then: BullMQ and the batch modules add ~4 MB to every server process otherwise.
  const batch = settings.batchRoutes ? await import("../batch/index.js") : undefined;
  const batchQueue = batch?.createBatchQueue({ batch: loaded.config.batch });
  if (batch && batchQueue) batch.registerBatchRoutes(server.app, batchQueue);
  if (cluster.isWorker) shareMetricsWithPrimary(server.metrics);
  let url: string;
  try {
    url = await server.listen({ port: options.port ?? settings.port, host: options.host ?? settings.host });
  } catch (error) {
    await batchQueue?.close();
    await router.close();
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

export interface ClusterOptions extends StartServerOptions {
  /** Worker processes; default: `server.workers` from the config (0 = one per core). */
  workers?: number;
}

/**
 * Multi-core serving with Node's cluster module: the primary forks workers that share the port
 * (state that must be common, such as rate limits, budgets and bandit statistics, lives in Redis).
 * In a worker, or with one worker, this is startServer. Resolves in the primary once every worker listens.
 */
export async function startCluster(options: ClusterOptions): Promise<{ primary: boolean; url: string; stop(): Promise<void> }> {
  const loaded = resolveConfig(options.config);
  const settings = loaded.config.server;
  const requested = options.workers ?? settings.workers;
  const count = requested === 0 ? availableParallelism() : requested;
  if (count <= 1 || !cluster.isPrimary) {
    const started = await startServer(options);
    return { primary: !cluster.isWorker, url: started.url, stop: started.stop };
  }
  const port = options.port ?? settings.port;
  const host = options.host ?? settings.host;
  let stopping = false;
  const fork = () => cluster.fork({ ROUTELLM_CLUSTER_PORT: String(port), ROUTELLM_CLUSTER_HOST: host });
  const ready = new Promise<string>((resolve) => {
    let listening = 0;
    cluster.on("listening", (_worker, address) => {
      listening += 1;
      if (listening === count) resolve(`http://${address.address ?? host}:${address.port}`);
    });
  });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    process.emitWarning(`routellm worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    fork();
  });
  for (let index = 0; index < count; index += 1) fork();
  const metricsServer = settings.metricsPort === undefined ? undefined : await serveClusterMetrics(settings.metricsPort, host);
  const stop = async () => {
    stopping = true;
    metricsServer?.close();
    const exits = Object.values(cluster.workers ?? {}).map(
      (worker) =>
        new Promise<void>((resolve) => {
          if (worker === undefined || worker.isDead()) return resolve();
          worker.once("exit", () => resolve());
          worker.process.kill("SIGTERM");
        }),
    );
    await Promise.all(exits);
  };
  if (options.handleSignals ?? true) {
    const onSignal = () => void stop().finally(() => process.exit(0));
    process.once("SIGTERM", onSignal);
    process.once("SIGINT", onSignal);
  }
  return { primary: true, url: await ready, stop };
}
