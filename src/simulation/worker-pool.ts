import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { RouterError, type RouterErrorCode } from "../index.js";
import type { ReplayItem } from "./dataset.js";
import { replayGraph, type GraphJob, type GraphReplayResult, type RouterFactory } from "./replay.js";
import type { WorkerRequest, WorkerResponse } from "./replay-worker.js";
import { loadRouterFactory } from "./router-factory.js";

export interface RunJobsOptions {
  items: readonly ReplayItem[];
  seed: number;
  /** Worker threads; 0 = one per core; 1 = in this thread. */
  workers: number;
  /** Injected factory (tests): forces in-thread replay. */
  createRouter?: RouterFactory;
  /** Total prompts replayed so far, over every job. */
  onProgress?: (done: number) => void;
}

/**
 * The worker's entry: the compiled replay-worker.js, or, when running from TypeScript sources (tsx,
 * tests), a tiny ES module that registers tsx's loader in the worker and then imports replay-worker.ts.
 */
function workerEntry(): URL {
  if (!import.meta.url.endsWith(".ts")) return new URL("./replay-worker.js", import.meta.url);
  const target = new URL("./replay-worker.ts", import.meta.url).href;
  const api = import.meta.resolve("tsx/esm/api");
  const code = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(target)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** Runs independent graph replays, spread over worker threads (one per core by default). */
export async function runGraphJobs(jobs: readonly GraphJob[], options: RunJobsOptions): Promise<GraphReplayResult[]> {
  const requested = options.workers === 0 ? availableParallelism() : options.workers;
  const count = Math.min(requested, jobs.length);
  const doneByJob = new Array<number>(jobs.length).fill(0);
  const report = () => options.onProgress?.(doneByJob.reduce((sum, value) => sum + value, 0));
  if (count <= 1 || options.createRouter) {
    const createRouter = options.createRouter ?? (await loadRouterFactory());
    const results: GraphReplayResult[] = [];
    for (const [id, job] of jobs.entries()) {
      results.push(
        await replayGraph({ job, items: options.items, seed: options.seed, createRouter, onProgress: (done) => ((doneByJob[id] = done), report()) }),
      );
    }
    return results;
  }
  const entry = workerEntry();
  const results = new Array<GraphReplayResult | undefined>(jobs.length);
  let next = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let finished = 0;
      const dispatch = (worker: Worker) => {
        if (next >= jobs.length) return;
        const id = next++;
        worker.postMessage({ type: "job", id, job: jobs[id]! } satisfies WorkerRequest);
      };
      for (let index = 0; index < count; index += 1) {
        const worker = new Worker(entry, { workerData: { items: options.items, seed: options.seed } });
        workers.push(worker);
        worker.on("message", (message: WorkerResponse) => {
          if (message.type === "progress") {
            doneByJob[message.id] = message.done;
            report();
          } else if (message.type === "result") {
            results[message.id] = message.result;
            finished += 1;
            if (finished === jobs.length) resolve();
            else dispatch(worker);
          } else {
            reject(
              new RouterError((message.code as RouterErrorCode | undefined) ?? "INTERNAL", `replay of ${jobs[message.id]?.name} failed: ${message.message}`),
            );
          }
        });
        worker.on("error", reject);
        dispatch(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results as GraphReplayResult[];
}

/** One replay for a pool: a job and the prompts it replays. */
export interface ReplayTask {
  job: GraphJob;
  items: readonly ReplayItem[];
}

/**
 * Worker threads kept for many rounds of replays (calibrate's search replays the same folds at one
 * cost weight after another): each thread loads the router once, and every task carries its own
 * prompts. With one thread (or an injected factory) the tasks run in this thread, one after another.
 * Each replay is the same as `replayGraph` in this thread: results do not depend on the thread count.
 */
export interface ReplayPool {
  readonly threads: number;
  /** Replays the tasks (spread over the threads) and returns their results in task order. */
  run(tasks: readonly ReplayTask[]): Promise<GraphReplayResult[]>;
  /** Stops the threads (idempotent). */
  close(): Promise<void>;
}

export function createReplayPool(options: { seed: number; workers: number; createRouter?: RouterFactory }): ReplayPool {
  const threads = options.createRouter ? 1 : Math.max(1, options.workers === 0 ? availableParallelism() : options.workers);
  if (threads <= 1) {
    const factory = options.createRouter ? Promise.resolve(options.createRouter) : loadRouterFactory();
    return {
      threads,
      run: async (tasks) => {
        const createRouter = await factory;
        const results: GraphReplayResult[] = [];
        for (const task of tasks) results.push(await replayGraph({ job: task.job, items: task.items, seed: options.seed, createRouter }));
        return results;
      },
      close: async () => {},
    };
  }
  type Pending = { task: ReplayTask; resolve: (result: GraphReplayResult) => void; reject: (error: unknown) => void };
  const queue: Array<Pending & { id: number }> = [];
  const running = new Map<number, Pending>();
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  let nextId = 0;
  let failed: unknown;
  const fail = (error: unknown) => {
    failed ??= error;
    for (const pending of [...running.values(), ...queue.splice(0)]) pending.reject(error);
    running.clear();
  };
  const pump = () => {
    while (queue.length > 0) {
      let worker = idle.pop();
      if (!worker && workers.length < threads) worker = start();
      if (!worker) return;
      const pending = queue.shift()!;
      running.set(pending.id, pending);
      worker.postMessage({ type: "job", id: pending.id, job: pending.task.job, items: [...pending.task.items] } satisfies WorkerRequest);
    }
  };
  const start = () => {
    const worker = new Worker(workerEntry(), { workerData: { items: [], seed: options.seed } });
    workers.push(worker);
    worker.on("message", (message: WorkerResponse) => {
      if (message.type === "progress") return;
      const pending = running.get(message.id);
      running.delete(message.id);
      idle.push(worker);
      if (message.type === "result") pending?.resolve(message.result);
      else
        pending?.reject(
          new RouterError((message.code as RouterErrorCode | undefined) ?? "INTERNAL", `replay of ${pending.task.job.name} failed: ${message.message}`),
        );
      pump();
    });
    worker.on("error", fail);
    return worker;
  };
  return {
    threads,
    run: (tasks) => {
      if (failed) return Promise.reject(failed);
      const promises = tasks.map(
        (task) =>
          new Promise<GraphReplayResult>((resolve, reject) => {
            queue.push({ id: nextId++, task, resolve, reject });
          }),
      );
      pump();
      return Promise.all(promises);
    },
    close: async () => {
      const all = workers.splice(0);
      idle.length = 0;
      await Promise.all(all.map((worker) => worker.terminate()));
    },
  };
}
