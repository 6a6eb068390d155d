/** Injected time and randomness, so policies are deterministic under test and in simulation. */
export interface Clock {
  /** Milliseconds, monotonic within one run (wall clock or virtual). */
  now(): number;
}

/** Returns a float in [0, 1). */
export type RandomSource = () => number;

export const systemClock: Clock = { now: () => performance.now() };

/** A clock that moves only when told to: the simulation's virtual time. */
export interface VirtualClock extends Clock {
  advance(ms: number): void;
  set(ms: number): void;
}

export function createVirtualClock(start = 0): VirtualClock {
  let time = start;
  return {
    now: () => time,
    advance: (ms) => {
      if (ms > 0) time += ms;
    },
    set: (ms) => {
      time = ms;
    },
  };
}

/** Small fast seeded PRNG (mulberry32). */
export function createSeededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
