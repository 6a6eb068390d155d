/**
 * Live latency estimates per model: exponential moving averages of time to first token and of
 * total time, and a p95 of total time over the most recent calls (a fixed ring, so memory is flat).
 */
export interface LatencyEstimate {
  ttftEwmaMs: number | undefined;
  totalEwmaMs: number | undefined;
  totalP95Ms: number | undefined;
  samples: number;
}

export interface LatencyTracker {
  record(modelId: string, totalMs: number, ttftMs?: number): void;
  estimate(modelId: string): LatencyEstimate;
}

const WINDOW = 64;

interface ModelLatency {
  ttft: number | undefined;
  total: number | undefined;
  ring: Float64Array;
  count: number;
  p95: number | undefined;
  dirty: boolean;
}

export function createLatencyTracker(alpha = 0.2): LatencyTracker {
  const models = new Map<string, ModelLatency>();
  const ewma = (previous: number | undefined, value: number) => (previous === undefined ? value : previous + alpha * (value - previous));
  return {
    record(modelId, totalMs, ttftMs) {
      let entry = models.get(modelId);
      if (!entry) models.set(modelId, (entry = { ttft: undefined, total: undefined, ring: new Float64Array(WINDOW), count: 0, p95: undefined, dirty: false }));
      entry.total = ewma(entry.total, totalMs);
      if (ttftMs !== undefined) entry.ttft = ewma(entry.ttft, ttftMs);
      entry.ring[entry.count % WINDOW] = totalMs;
      entry.count++;
      entry.dirty = true;
    },
    estimate(modelId) {
      const entry = models.get(modelId);
      if (!entry) return { ttftEwmaMs: undefined, totalEwmaMs: undefined, totalP95Ms: undefined, samples: 0 };
      if (entry.dirty) {
        const size = Math.min(entry.count, WINDOW);
        const sorted = Array.from(entry.ring.subarray(0, size)).sort((a, b) => a - b);
        entry.p95 = sorted[Math.min(size - 1, Math.floor(size * 0.95))];
        entry.dirty = false;
      }
      return { ttftEwmaMs: entry.ttft, totalEwmaMs: entry.total, totalP95Ms: entry.p95, samples: entry.count };
    },
  };
}
