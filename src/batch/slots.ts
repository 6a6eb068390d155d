/** A worker's prompt slots: at most `size` prompts run at once, whatever job they belong to. */
export interface Slots {
  /** Waits for a free slot; resolves false (holding nothing) when `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<boolean>;
  release(): void;
}

/** First come, first served. */
export function createSlots(size: number): Slots {
  let free = size;
  const waiting: Array<(granted: boolean) => void> = [];
  return {
    acquire(signal) {
      if (signal?.aborted) return Promise.resolve(false);
      if (free > 0) {
        free -= 1;
        return Promise.resolve(true);
      }
      return new Promise<boolean>((resolve) => {
        const grant = (granted: boolean) => {
          signal?.removeEventListener("abort", onAbort);
          resolve(granted);
        };
        const onAbort = () => {
          const position = waiting.indexOf(grant);
          if (position >= 0) waiting.splice(position, 1);
          resolve(false);
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        waiting.push(grant);
      });
    },
    release() {
      const next = waiting.shift();
      if (next) next(true);
      else free += 1;
    },
  };
}
