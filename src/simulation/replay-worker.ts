import { parentPort, workerData } from "node:worker_threads";
import type { ReplayItem } from "./dataset.js";
import { replayGraph, type GraphJob } from "./replay.js";
import { loadRouterFactory } from "./router-factory.js";

/** Worker thread: replays graph jobs on the items it was started with, one job at a time. */
interface WorkerInput {
  items: ReplayItem[];
  seed: number;
}

/** `items`: the prompts of this job (a replay pool's task); default: the items the worker was started with. */
export type WorkerRequest = { type: "job"; id: number; job: GraphJob; items?: ReplayItem[] };
export type WorkerResponse =
  | { type: "progress"; id: number; done: number }
  | { type: "result"; id: number; result: Awaited<ReturnType<typeof replayGraph>> }
  | { type: "error"; id: number; message: string; code?: string };

const port = parentPort;
if (port) {
  const { items, seed } = workerData as WorkerInput;
  const factory = loadRouterFactory();
  port.on("message", (request: WorkerRequest) => {
    void (async () => {
      try {
        const result = await replayGraph({
          job: request.job,
          items: request.items ?? items,
          seed,
          createRouter: await factory,
          onProgress: (done) => port.postMessage({ type: "progress", id: request.id, done } satisfies WorkerResponse),
        });
        port.postMessage({ type: "result", id: request.id, result } satisfies WorkerResponse, [
          result.series.quality.buffer as ArrayBuffer,
          result.series.latencyMs.buffer as ArrayBuffer,
          result.series.cloud.buffer as ArrayBuffer,
          result.series.costUsd.buffer as ArrayBuffer,
          result.series.servedTokens.buffer as ArrayBuffer,
        ]);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        port.postMessage({
          type: "error",
          id: request.id,
          message: error instanceof Error ? error.message : String(error),
          ...(typeof code === "string" ? { code } : {}),
        } satisfies WorkerResponse);
      }
    })();
  });
}
