/** The shared test Redis (scripts/test.mjs sets ROUTELLM_TEST_REDIS_URL) and a unique key prefix per test. */
import { randomUUID } from "node:crypto";

export const testRedisUrl: string = process.env.ROUTELLM_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/** e.g. `routellm-test:bandit:3f2a9c1e:` — never collides with another test or run. */
export function uniqueKeyPrefix(label = "test"): string {
  return `routellm-test:${label}:${randomUUID().slice(0, 8)}:`;
}
