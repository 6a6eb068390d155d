// A worker PROCESS for the batch tests. Argument: JSON of WorkerProcessArgs.
// - with `configPath`: the real `routellm worker` path (config file, gated router graph) with
//   instant fake chat models that take `delayMs`;
// - without: the real worker-process body (signals, graceful shutdown) around a fake router whose
//   answers take `delayMs` and stop when aborted.
import { RouterError } from "../../src/index.js";
import { runWorkerFromConfig, startWorkerProcess } from "../../src/batch/index.js";
import { InstantChatModel } from "./batch-fake-models.js";
import { createFakeRouter, echoBehaviour } from "./batch-fake-router.js";

export interface WorkerProcessArgs {
  redisUrl: string;
  queuePrefix: string;
  concurrency: number;
  delayMs: number;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  shutdownGraceMs?: number;
  /** Run the real router graph from this config file (its batch section must match the prefix). */
  configPath?: string;
}

const log = (line: string) => process.stdout.write(`${line}\n`);

async function runGraphWorker(args: WorkerProcessArgs & { configPath: string }): Promise<void> {
  process.env.ROUTELLM_REDIS_URL = args.redisUrl;
  const models = {
    "local-small": new InstantChatModel("local", undefined, false, args.delayMs),
    "cloud-big": new InstantChatModel("cloud", undefined, false, args.delayMs),
  };
  await runWorkerFromConfig({ configPath: args.configPath, concurrency: args.concurrency, statsEverySeconds: 0, log, dependencies: { models } });
}

async function runFakeRouterWorker(args: WorkerProcessArgs): Promise<void> {
  const router = createFakeRouter(async (input, options, call) => {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, args.delayMs);
      const onAbort = () => {
        clearTimeout(timer);
        reject(new RouterError("CANCELLED", "the request was cancelled"));
      };
      options.signal?.addEventListener("abort", onAbort, { once: true });
    });
    return echoBehaviour(input, options, call);
  });
  await startWorkerProcess({
    router,
    batch: {
      redisUrl: args.redisUrl,
      queuePrefix: args.queuePrefix,
      ...(args.lockDurationMs === undefined ? {} : { lockDurationMs: args.lockDurationMs }),
      ...(args.stalledIntervalMs === undefined ? {} : { stalledIntervalMs: args.stalledIntervalMs }),
      ...(args.shutdownGraceMs === undefined ? {} : { shutdownGraceMs: args.shutdownGraceMs }),
    },
    concurrency: args.concurrency,
    statsEverySeconds: 0,
    log,
  });
}

const args = JSON.parse(process.argv[2] ?? "{}") as WorkerProcessArgs;
if (args.configPath !== undefined) await runGraphWorker({ ...args, configPath: args.configPath });
else await runFakeRouterWorker(args);
