import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { loadConfigFile, type LoadedConfig } from "../config/load-config.js";
import type { RouterConfig } from "../config/schema.js";
import { applyRuntimeMemorySettings, workerMemoryFlags } from "./memory-settings.js";
import type { StartServerOptions } from "./start-server.js";

export interface ClusterOptions extends StartServerOptions {
  /** Worker processes; default: `server.workers` from the config (0 = one per core). */
  workers?: number;
  /**
   * With one worker: serve from a forked worker (this process supervises it and starts another if
   * it dies) when that is the only way to apply `server.memory.semiSpaceMb`, i.e. unless node was
   * started with `--max-semi-space-size` or the setting is 0. `routellm serve` sets this.
   */
  forkSingleWorker?: boolean;
}

function resolveLoaded(config: RouterConfig | LoadedConfig | string): LoadedConfig {
  if (typeof config === "string") return loadConfigFile(config);
  if ("baseDir" in config && "config" in config) return config;
  return { config, path: undefined, baseDir: process.cwd() };
}

/**
 * Multi-core serving with Node's cluster module: the primary forks workers that share the port
 * (state that must be common, such as rate limits, budgets and bandit statistics, lives in Redis).
 * Serving processes get the V8 memory settings of `server.memory` (workers on their command line).
 * In a worker, or with one worker served in this process, this is startServer. The primary loads
 * only the config and this module (the router, Fastify and LangChain load in the workers). Resolves
 * in the primary once every worker listens.
 */
export async function startCluster(options: ClusterOptions): Promise<{ primary: boolean; url: string; stop(): Promise<void> }> {
  const loaded = resolveLoaded(options.config);
  const settings = loaded.config.server;
  const requested = options.workers ?? settings.workers;
  const count = requested === 0 ? availableParallelism() : requested;
  const forkOne = options.forkSingleWorker === true && workerMemoryFlags(settings.memory).some((flag) => flag.startsWith("--max-semi-space-size"));
  if ((count <= 1 && !forkOne) || !cluster.isPrimary) {
    applyRuntimeMemorySettings(settings.memory);
    const { startServer } = await import("./start-server.js");
    const started = await startServer({ ...options, config: loaded });
    return { primary: !cluster.isWorker, url: started.url, stop: started.stop };
  }
  const port = options.port ?? settings.port;
  const host = options.host ?? settings.host;
  let stopping = false;
  cluster.setupPrimary({ execArgv: [...process.execArgv, ...workerMemoryFlags(settings.memory)] });
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
  const { serveClusterMetrics } = await import("./metrics.js");
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
