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

/** Starts a worker process (tsx) and waits until it says it is ready. */
export async function spawnWorker(args: WorkerProcessArgs): Promise<SpawnedWorker> {
  const child = spawn(process.execPath, ["--import", "tsx", entry, JSON.stringify(args)], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) => child.on("exit", (code, signal) => resolve(code ?? signal ?? "unknown")));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start:\n${output}`)), 20_000);
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
