import type { ResultsStore, ResultWrite, WriteOutcome } from "./results-store.js";

/** Writes results as soon as possible, several per round trip. */
export interface ResultWriter {
  /** Resolves once this result is in Redis (or rejects when Redis failed). */
  write(write: ResultWrite): Promise<WriteOutcome>;
}

interface Pending {
  write: ResultWrite;
  resolve: (outcome: WriteOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit without a timer: a result is sent at once when no write is in flight; results that
 * finish while one is in flight go together in the next call, sent as soon as it returns. No result
 * waits longer than one round trip more than it would alone, so a crash loses no more than before,
 * and many prompts finishing together cost one script call instead of one each.
 */
export function createResultWriter(store: Pick<ResultsStore, "writeResults">, maxPerCall = 256): ResultWriter {
  let queued: Pending[] = [];
  let inFlight = false;

  const flush = async (): Promise<void> => {
    inFlight = true;
    while (queued.length > 0) {
      const sending = queued.slice(0, maxPerCall);
      queued = queued.slice(sending.length);
      try {
        const outcomes = await store.writeResults(sending.map((pending) => pending.write));
        sending.forEach((pending, index) => pending.resolve(outcomes[index] ?? -1));
      } catch (error) {
        for (const pending of sending) pending.reject(error);
      }
    }
    inFlight = false;
  };

  return {
    write(write) {
      return new Promise<WriteOutcome>((resolve, reject) => {
        queued.push({ write, resolve, reject });
        if (!inFlight) void flush();
      });
    },
  };
}
