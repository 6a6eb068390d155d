import { setFlagsFromString } from "node:v8";
import type { ServerSettings } from "./settings.js";

type MemorySettings = ServerSettings["memory"];

/** Whether node was started with this V8 flag (its command line or NODE_OPTIONS): the user's choice wins. */
function givenByUser(flag: string): boolean {
  const given = (argument: string) => argument === flag || argument.startsWith(`${flag}=`);
  return process.execArgv.some(given) || (process.env["NODE_OPTIONS"] ?? "").split(/\s+/).some(given);
}

/** Flags for a forked worker's node command line (cluster execArgv), skipping those the user set. */
export function workerMemoryFlags(memory: MemorySettings): string[] {
  const flags: string[] = [];
  if (memory.semiSpaceMb > 0 && !givenByUser("--max-semi-space-size")) flags.push(`--max-semi-space-size=${memory.semiSpaceMb}`);
  if (memory.heapGrowingPercent > 0 && !givenByUser("--heap-growing-percent")) flags.push(`--heap-growing-percent=${memory.heapGrowingPercent}`);
  return flags;
}

/**
 * Applies what can change in a running process: V8 reads its heap-growing factor at every full
 * collection, so it takes effect from the next one. The young generation is sized when the heap is
 * set up, which is why `semiSpaceMb` only reaches forked workers.
 */
export function applyRuntimeMemorySettings(memory: MemorySettings): void {
  if (memory.heapGrowingPercent > 0 && !givenByUser("--heap-growing-percent")) setFlagsFromString(`--heap-growing-percent=${memory.heapGrowingPercent}`);
}
