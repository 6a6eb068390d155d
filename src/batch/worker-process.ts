import type { Router } from "../index.js";
import { createBatchWorker, type BatchWorker, type BatchWorkerEvent } from "./batch-worker.js";
import type { BatchConfigInput } from "./batch-settings.js";
import { maskRedisUrl } from "./redis-connection.js";
import { resolveBatchConfig } from "./batch-settings.js";

export interface WorkerProcessOptions {
  router: Router;
  batch?: BatchConfigInput;
  concurrency?: number;
  /** One line per event worth a person's attention (ids and codes only). Default: stderr. */
  log?: (line: string) => void;
  /** Seconds between progress lines (0: none). */
  statsEverySeconds?: number;
  /** Install SIGTERM/SIGINT handlers that shut down gracefully, then exit (default true). */
  handleSignals?: boolean;
}

export interface WorkerProcess {
  worker: BatchWorker;
  /** Resolves once the worker has stopped (after a signal or `stop()`). */
  stopped: Promise<void>;
  stop(): Promise<void>;
}

/**
 * The body of `routellm worker` and workers/batch-worker.ts: one BullMQ worker running the router,
 * progress lines, and graceful shutdown on SIGTERM/SIGINT (finish in-flight prompts within
 * `shutdownGraceMs`, hand the rest back to the queue). A second signal exits at once; prompts
 * still running then are recovered by another worker's stalled-job check.
 */
export async function startWorkerProcess(options: WorkerProcessOptions): Promise<WorkerProcess> {
  const settings = resolveBatchConfig(options.batch);
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  let results = 0;
  let failures = 0;
  let retries = 0;
  const onEvent = (event: BatchWorkerEvent) => {
    if (event.type === "result" && !event.duplicate) {
      if (event.ok) results += 1;
      else failures += 1;
    } else if (event.type === "retry") retries += 1;
    else if (event.type === "error") log(`worker: redis error: ${event.message}`);
  };
  const worker = createBatchWorker({
    router: options.router,
    batch: settings,
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    onEvent,
  });
  await worker.waitUntilReady();
  log(`worker: ready (redis ${maskRedisUrl(settings.redisUrl)}, prefix ${worker.keys.bullPrefix}, concurrency ${worker.worker.concurrency})`);

  const statsEvery = options.statsEverySeconds ?? 10;
  let last = 0;
  const timer =
    statsEvery > 0
      ? setInterval(() => {
          const done = results + failures;
          if (done !== last) log(`worker: ${results} answered, ${failures} failed, ${retries} retries (${((done - last) / statsEvery).toFixed(1)} prompts/s)`);
          last = done;
        }, statsEvery * 1000)
      : undefined;
  timer?.unref();

  let resolveStopped: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => {
    resolveStopped = resolve;
  });
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (timer) clearInterval(timer);
      await worker.close({ graceMs: settings.shutdownGraceMs });
      await options.router.close().catch(() => undefined);
      log(`worker: stopped (${results} answered, ${failures} failed)`);
      resolveStopped();
    })();
    return stopping;
  };

  if (options.handleSignals ?? true) {
    let signals = 0;
    const onSignal = (signal: NodeJS.Signals) => {
      signals += 1;
      if (signals > 1) {
        log(`worker: second ${signal}, exiting now; running prompts return to the queue when their lock expires`);
        process.exit(130);
      }
      log(`worker: ${signal} received, finishing in-flight prompts (up to ${settings.shutdownGraceMs} ms)`);
      void stop().then(() => process.exit(0));
    };
    process.on("SIGTERM", onSignal);
    process.on("SIGINT", onSignal);
  }
  return { worker, stopped, stop };
}
