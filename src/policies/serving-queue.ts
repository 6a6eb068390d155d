/**
 * Serving contention, as the planner expects it: a model with `maxConcurrency` serves that many
 * calls at once and queues the rest (Ollama's OLLAMA_NUM_PARALLEL slots; the server's and batch
 * workers' gates). Pure: the counts come from the router's own in-flight calls.
 */
export interface InFlightCounter {
  begin(modelId: string): void;
  end(modelId: string): void;
  count(modelId: string): number;
}

export function createInFlightCounter(): InFlightCounter {
  const counts = new Map<string, number>();
  return {
    begin: (modelId) => counts.set(modelId, (counts.get(modelId) ?? 0) + 1),
    end: (modelId) => counts.set(modelId, Math.max(0, (counts.get(modelId) ?? 0) - 1)),
    count: (modelId) => counts.get(modelId) ?? 0,
  };
}

/**
 * Expected wait before one more call starts: none while a slot is free; otherwise the calls ahead
 * of it (those past the free slots, plus itself) drain `maxConcurrency` at a time, each taking
 * about `serviceMs`. No limit = no queue.
 */
export function expectedQueueWaitMs(inFlight: number, maxConcurrency: number | undefined, serviceMs: number): number {
  if (maxConcurrency === undefined || inFlight < maxConcurrency) return 0;
  return ((inFlight - maxConcurrency + 1) / maxConcurrency) * serviceMs;
}
