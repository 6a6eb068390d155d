import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { WorkerProcessArgs } from "./batch-worker-process.js";

const entry = fileURLToPath(new URL("./batch-worker-process.ts", import.meta.url));

export interface SpawnedWorker {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (or signal name). */
  exited: Promise<number | string>;
}

/**
 * How long a worker process may take to say it is ready. tsx compiles the package on start: on a loaded shared
 * machine (CI beside other jobs, load 15 on 2 cores) that took over 20 s once, so the wait is generous; it guards
 * liveness, it times nothing.
 */
export const WORKER_READY_TIMEOUT_MS = 90_000;

/** Starts a worker process (tsx) and waits until it says it is ready. */
export async function spawnWorker(args: WorkerProcessArgs): Promise<SpawnedWorker> {
  const child = spawn(process.execPath, ["--import", "tsx", entry, JSON.stringify(args)], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) => child.on("exit", (code, signal) => resolve(code ?? signal ?? "unknown")));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`worker did not say "worker: ready" within ${WORKER_READY_TIMEOUT_MS} ms:\n${output}`)),
      WORKER_READY_TIMEOUT_MS,
    );
    const check = () => {
      if (output.includes("worker: ready")) {
        clearTimeout(timer);
        child.stdout!.off("data", check);
        resolve();
      }
    };
    child.stdout!.on("data", check);
    void exited.then(() => reject(new Error(`worker exited before it was ready:\n${output}`)));
  });
  return { child, output: () => output, exited };
}
