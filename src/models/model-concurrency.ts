/**
 * Per-model concurrency caps (`models[].maxConcurrency`) inside one process: a call waits in a
 * FIFO queue for a free slot, at most `queueTimeoutMs`; then it fails with RATE_LIMITED, retryable
 * for the caller (a batch job retries later) but never retried on that model inside the call: the
 * router falls back to another allowed model, else the server answers 429 with Retry-After.
 * The batch workers additionally share a cluster-wide cap through Redis (src/batch/model-gate.ts).
 */
import { RouterError } from "../errors.js";

export interface ModelConcurrencyLimit {
  maxConcurrency?: number | undefined;
  queueTimeoutMs: number;
}

export interface ModelConcurrency {
  /** Resolves with a release function once `modelId` has a free slot. */
  acquire(modelId: string, signal?: AbortSignal): Promise<() => void>;
  /** Calls running on `modelId` now. */
  active(modelId: string): number;
}

interface Waiter {
  grant: () => void;
}

export function createModelConcurrency(limits: ReadonlyMap<string, ModelConcurrencyLimit>): ModelConcurrency {
  const running = new Map<string, number>();
  const queues = new Map<string, Waiter[]>();
  const noop = () => undefined;

  const releaseFor = (modelId: string) => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = queues.get(modelId)?.shift();
      if (next) next.grant();
      else running.set(modelId, (running.get(modelId) ?? 1) - 1);
    };
  };

  return {
    active: (modelId) => running.get(modelId) ?? 0,
    acquire(modelId, signal) {
      const limit = limits.get(modelId);
      const cap = limit?.maxConcurrency;
      if (cap === undefined) return Promise.resolve(noop);
      const current = running.get(modelId) ?? 0;
      if (current < cap) {
        running.set(modelId, current + 1);
        return Promise.resolve(releaseFor(modelId));
      }
      return new Promise((resolve, reject) => {
        const queue = queues.get(modelId) ?? [];
        queues.set(modelId, queue);
        const cleanup = () => {
          clearTimeout(timer);
          signal?.removeEventListener("abort", onAbort);
          const index = queue.indexOf(waiter);
          if (index >= 0) queue.splice(index, 1);
        };
        const waiter: Waiter = {
          grant: () => {
            cleanup();
            resolve(releaseFor(modelId)); // the slot passes from the releasing call to this one
          },
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(
            new RouterError("RATE_LIMITED", `model "${modelId}" is at its maxConcurrency (${cap}) and no slot freed within ${limit!.queueTimeoutMs} ms`, {
              retryable: true,
              details: { model: modelId, maxConcurrency: cap, retryAfterSeconds: 1 },
            }),
          );
        }, limit!.queueTimeoutMs);
        const onAbort = () => {
          cleanup();
          reject(new RouterError("CANCELLED", "the request was cancelled", { cause: signal?.reason }));
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        queue.push(waiter);
      });
    },
  };
}
