/**
 * Linearity by scaling, never by a time limit (the machine is shared: a wall-clock limit fails under load and passes
 * a quadratic scan on a fast day). `growth` returns the CPU-time ratio of `run` on an input four times as large: about
 * 4 when linear, 16 when quadratic; tests assert it stays under 8.
 */

/** Lowest CPU time (user + system, µs) of `task` over `rounds` runs. */
export function cpuMicros(task: () => void, rounds: number): number {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const before = process.cpuUsage();
    task();
    const used = process.cpuUsage(before);
    best = Math.min(best, used.user + used.system);
  }
  return best;
}

/** One timed measurement lasts at least this long (µs): a shorter one is mostly clock granularity and scheduler noise. */
const MEASUREMENT_FLOOR = 20_000;
/** At most this many runs make one measurement: a `run` still under the floor after them costs next to nothing. */
const MOST_REPEATS = 4_096;

/**
 * CPU time of `run` on `build(large)` over `build(small)`, after a warm-up on a tenth of `small`. Each measurement
 * repeats `run` until it lasts at least 20 ms of CPU (a run of a few microseconds otherwise measures 0 or one clock
 * tick, and 0 / 0 is NaN); the small input is measured twice per attempt, its first run counting as one when it alone
 * lasts the floor. Both sizes keep their lowest measurement — CPU time on a loaded machine is only ever
 * inflated (cache and core contention, a collection of an earlier test's garbage) — and a ratio at or over 8 is
 * measured again, up to five times in all: a linear scan on a loaded machine can pass 8 once, a quadratic scan stays
 * near 16 every time.
 */
export function growth<Input = string>(run: (input: Input) => unknown, build: (size: number) => Input, small = 131_072, large = small * 4): number {
  run(build(Math.ceil(small / 10)));
  const [smallInput, largeInput] = [build(small), build(large)];
  const once = cpuMicros(() => run(smallInput), 1);
  const repeats = Math.min(MOST_REPEATS, Math.max(1, Math.ceil(MEASUREMENT_FLOOR / Math.max(once, 1))));
  const measure = (input: Input) =>
    cpuMicros(() => {
      for (let index = 0; index < repeats; index++) run(input);
    }, 1);
  // When one run of the small input already lasts the floor, that first run is one of the two small measurements.
  let [smallest, largest] = [repeats === 1 ? once : Infinity, Infinity];
  for (let attempt = 0; attempt < 5; attempt++) {
    smallest = Math.min(smallest, measure(smallInput));
    if (attempt > 0 || repeats > 1) smallest = Math.min(smallest, measure(smallInput));
    largest = Math.min(largest, measure(largeInput));
    if (ratio(largest, smallest) < 8) break;
  }
  return ratio(largest, smallest);
}

/** `large / small`, with `small` at least 1 ms: a run that costs nothing at either size is constant, not NaN. */
const ratio = (large: number, small: number) => large / Math.max(small, 1_000);

/** `unit` repeated to at least `size` characters. */
export const repeatTo = (unit: string) => (size: number) => unit.repeat(Math.ceil(size / unit.length));
