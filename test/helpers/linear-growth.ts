/**
 * Linearity by scaling, never by a time limit (the machine is shared: a wall-clock limit fails under load and passes
 * a quadratic scan on a fast day). `growth` returns the CPU-time ratio of `run` on a text four times as large: about 4
 * when linear, 16 when quadratic; tests assert it stays under 8.
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

/**
 * CPU time of `run` on `build(large)` over `build(small)` (after a warm-up on a tenth of `small`). The small text is
 * timed twice and the lower kept (a preempted small run would lower the ratio and could hide a quadratic scan); the
 * large text once (a preempted large run only raises the ratio). A ratio at or over 8 is measured again, up to twice,
 * and the lowest kept: one preempted run can pass 8 on a loaded machine, a quadratic scan stays near 16 every time.
 */
export function growth(run: (text: string) => unknown, build: (size: number) => string, small = 131_072, large = small * 4): number {
  run(build(Math.ceil(small / 10)));
  const [smallText, largeText] = [build(small), build(large)];
  let lowest = Infinity;
  for (let attempt = 0; attempt < 3 && lowest >= 8; attempt++)
    lowest = Math.min(lowest, cpuMicros(() => run(largeText), 1) / cpuMicros(() => run(smallText), 2));
  return lowest;
}

/** `unit` repeated to at least `size` characters. */
export const repeatTo = (unit: string) => (size: number) => unit.repeat(Math.ceil(size / unit.length));
