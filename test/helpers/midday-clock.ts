import type { Clock } from "../../src/index.js";

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * Real time moved by whole minutes to about 12:00 UTC of today: rate windows still pass in step with the
 * wall clock, but a test that starts near midnight cannot see the daily budget reset under it (the budget
 * keys are per UTC day).
 */
export function middayClock(): Clock {
  const now = Date.now();
  const sinceMidnight = now % DAY_MS;
  const shift = DAY_MS / 2 - (sinceMidnight - (sinceMidnight % MINUTE_MS));
  return { now: () => Date.now() + shift };
}
