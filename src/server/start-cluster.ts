import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { RouterError, toLoadedConfig, type RouterConfig } from "../config/index.js";
import { applyRuntimeMemorySettings, workerMemoryFlags } from "./memory-settings.js";
import type { StartServerOptions } from "./start-server.js";

/** More worker exits than this within the window is a crash loop: the primary stops replacing them. */
const MAX_CRASHES_PER_WINDOW = 5;
const CRASH_WINDOW_MS = 60_000;

/**
 * Several serving processes with the bandit's process-local (memory) store would each learn alone and
 * answer feedback for another process's request with "unknown request" (a load balancer or the
 * cluster module sends the feedback anywhere): refused at start, naming the setting and the fix.
 */
export function assertSharedLearningState(config: RouterConfig, workers: number): void {
  if (workers <= 1 || !config.bandit.enabled || config.bandit.store.type !== "memory") return;
  throw new RouterError(
    "CONFIG_INVALID",
    `bandit.store.type: "memory" keeps learned statistics and decisions awaiting feedback in one process, so ${workers} workers would lose feedback sent to another worker; ` +
      `set bandit.store.type: redis (with bandit.store.url or ROUTELLM_REDIS_URL, e.g. ROUTELLM_BANDIT_STORE=redis ROUTELLM_REDIS_URL=redis://host:6379), or serve with one worker, or set bandit.enabled: false`,
    { details: { path: "bandit.store.type", workers } },
  );
}

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

/**
 * Multi-core serving with Node's cluster module: the primary forks workers that share the port
 * (state that must be common, such as rate limits, budgets and bandit statistics, lives in Redis).
 * Serving processes get the V8 memory settings of `server.memory` (workers on their command line).
 * In a worker, or with one worker served in this process, this is startServer. The primary loads
 * only the config and this module (the router, Fastify and LangChain load in the workers). Resolves
 * in the primary once every worker listens.
 */
export async function startCluster(options: ClusterOptions): Promise<{ primary: boolean; url: string; stop(): Promise<void> }> {
  const loaded = toLoadedConfig(options.config);
  const settings = loaded.config.server;
  const requested = options.workers ?? settings.workers;
  const count = requested === 0 ? availableParallelism() : requested;
  assertSharedLearningState(loaded.config, count);
  const forkOne = options.forkSingleWorker === true && workerMemoryFlags(settings.memory).some((flag) => flag.startsWith("--max-semi-space-size"));
  if ((count <= 1 && !forkOne) || !cluster.isPrimary) {
    applyRuntimeMemorySettings(settings.memory);
    const { startServer } = await import("./start-server.js");
    const started = await startServer({ ...options, config: loaded });
    return { primary: !cluster.isWorker, url: started.url, stop: started.stop };
  }
  const host = options.host ?? settings.host;
  let stopping = false;
  cluster.setupPrimary({ execArgv: [...process.execArgv, ...workerMemoryFlags(settings.memory)] });
  const fork = () => cluster.fork();
  // A worker that dies before it listens (port taken, a model file missing...) has printed its error:
  // stop instead of forking it again for ever. One that dies while serving is replaced, unless
  // workers keep dying (a crash loop), in which case the primary gives up too.
  const listened = new Set<number>();
  const recentExits: number[] = [];
  let failStartup: (error: Error) => void = () => undefined;
  const ready = new Promise<string>((resolve, reject) => {
    failStartup = reject;
    cluster.on("listening", (worker, address) => {
      listened.add(worker.id);
      if (listened.size === count) resolve(`http://${address.address ?? host}:${address.port}`);
    });
  });
  let metricsServer: { close(): unknown } | undefined;
  const giveUp = (why: string) => {
    stopping = true;
    metricsServer?.close();
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    const error = new RouterError("INTERNAL", why);
    failStartup(error);
    if (listened.size >= count) {
      process.stderr.write(`routellm: ${why}\n`);
      process.exitCode = 1;
    }
  };
  ready.catch(() => undefined); // awaited below; this only keeps an early failure from counting as unhandled
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    const how = signal ?? `exit code ${code}`;
    if (!listened.has(worker.id)) return giveUp(`a worker exited before it could serve (${how}); its error is above`);
    const now = Date.now();
    recentExits.push(now);
    while (recentExits.length > 0 && now - recentExits[0]! > CRASH_WINDOW_MS) recentExits.shift();
    if (recentExits.length > MAX_CRASHES_PER_WINDOW)
      return giveUp(`workers exited ${recentExits.length} times within ${CRASH_WINDOW_MS / 1000} s (last: ${how}); not starting more`);
    process.emitWarning(`routellm worker ${worker.process.pid} exited (${how}); starting another`);
    fork();
  });
  for (let index = 0; index < count; index += 1) fork();
  // Loaded only when asked for: the primary holds no more than the config and this module.
  if (settings.metricsPort !== undefined) {
    const { serveClusterMetrics } = await import("./cluster-metrics.js");
    metricsServer = await serveClusterMetrics(settings.metricsPort, host);
  }
  if (stopping) metricsServer?.close(); // a worker failed while the metrics server was starting
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
