import { RouterError, type LoadedConfig, type RouterDependencies } from "../index.js";

import { loadBatchSettings } from "./batch-cli-support.js";
import { createBatchRouter } from "./batch-router.js";
import { createBatchKeys } from "./keys.js";
import { assertRedisReachable, createRedisConnection } from "./redis-connection.js";
import { startWorkerProcess, type WorkerProcess } from "./worker-process.js";

export interface RunWorkerOptions {
  /** Config file; default ./routellm.config.yaml. */
  configPath?: string;
  concurrency?: number;
  /** Test and bench hook: chat models to use instead of building them from the config. */
  dependencies?: RouterDependencies;
  log?: (line: string) => void;
  statsEverySeconds?: number;
}

/** `routellm worker`: load the config, check Redis, build the gated router, run until SIGTERM/SIGINT. */
export async function runWorkerFromConfig(options: RunWorkerOptions = {}): Promise<WorkerProcess> {
  const { settings, loaded } = loadBatchSettings(options.configPath);
  if (!loaded) throw new RouterError("CONFIG_NOT_FOUND", "routellm worker needs a config listing the models (--config FILE, or ./routellm.config.yaml)");
  if (options.concurrency !== undefined && (!Number.isInteger(options.concurrency) || options.concurrency < 1))
    throw new RouterError("INVALID_REQUEST", `--concurrency must be a positive integer, got ${options.concurrency}`);
  await assertRedisReachable(settings.redisUrl);
  return startWithConfig(loaded, settings, options);
}

async function startWithConfig(
  loaded: LoadedConfig,
  settings: ReturnType<typeof loadBatchSettings>["settings"],
  options: RunWorkerOptions,
): Promise<WorkerProcess> {
  const gateConnection = createRedisConnection(settings.redisUrl, "worker");
  const router = await createBatchRouter(loaded, {
    redis: gateConnection,
    keys: createBatchKeys(settings.queuePrefix),
    settings,
    ...(options.dependencies === undefined ? {} : { dependencies: options.dependencies }),
  });
  const running = await startWorkerProcess({
    router,
    batch: settings,
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    ...(options.log === undefined ? {} : { log: options.log }),
    ...(options.statsEverySeconds === undefined ? {} : { statsEverySeconds: options.statsEverySeconds }),
  });
  void running.stopped.then(() => gateConnection.disconnect());
  return running;
}
