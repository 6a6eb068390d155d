/** Percentile of an ascending array. */
export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;
}

/** Percentile of an unsorted array (sorts a copy). */
export const percentileOf = (values: readonly number[], share: number): number =>
  percentile(
    [...values].sort((left, right) => left - right),
    share,
  );

/** `  name  p50 … µs   p99 … µs   p99.9 … µs` of unsorted microsecond samples, the name padded to `width`. */
export const percentilesLine = (name: string, values: readonly number[], width: number): string =>
  `  ${name.padEnd(width)} p50 ${percentileOf(values, 0.5).toFixed(0).padStart(6)} µs   p99 ${percentileOf(values, 0.99).toFixed(0).padStart(6)} µs   p99.9 ${percentileOf(values, 0.999).toFixed(0).padStart(6)} µs`;

export interface Timing {
  p50Us: number;
  p99Us: number;
  meanUs: number;
}

/** Runs `task` `count` times after `warmup` runs and returns latency percentiles in microseconds. */
export async function time(task: (index: number) => Promise<unknown>, count: number, warmup = 500): Promise<Timing> {
  for (let index = 0; index < warmup; index++) await task(index);
  const samples = new Float64Array(count);
  for (let index = 0; index < count; index++) {
    const started = performance.now();
    await task(index);
    samples[index] = (performance.now() - started) * 1000;
  }
  const sorted = Array.from(samples).sort((a, b) => a - b);
  return { p50Us: percentile(sorted, 0.5), p99Us: percentile(sorted, 0.99), meanUs: sorted.reduce((a, b) => a + b, 0) / sorted.length };
}

export function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}
