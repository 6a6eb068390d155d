// The Redis bandit store across a Redis crash and restart, on a PRIVATE redis-server with AOF on
// (started by test/helpers/redis-server.ts; the shared test Redis is never touched).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisBanditStore } from "../../src/stores/redis-bandit-store.js";
import { startRedisServer, type RedisServerHandle } from "../helpers/redis-server.js";

describe("Redis bandit store: Redis crashes and comes back", () => {
  let redis: RedisServerHandle;
  beforeAll(async () => {
    redis = await startRedisServer({ appendOnly: true });
  });
  afterAll(() => redis.stop());

  it("fails fast with STORE_UNAVAILABLE while Redis is down, then works again with the AOF data intact", async () => {
    const store = createRedisBanditStore({ url: redis.url, keyPrefix: "restart", connectTimeoutMs: 300, commandTimeoutMs: 500 });
    try {
      await store.update("bucket", "llama3.1:8b", 1);
      await store.rememberDecision("req-1", { bucket: "bucket", modelId: "llama3.1:8b" }, 60_000);

      await redis.kill();
      const started = performance.now();
      await expect(store.update("bucket", "llama3.1:8b", 1)).rejects.toMatchObject({ code: "STORE_UNAVAILABLE", retryable: true });
      expect(performance.now() - started).toBeLessThan(3_000);

      await redis.restart();
      let arms: Map<string, { successes: number; failures: number }> | undefined;
      for (let attempt = 0; attempt < 50 && arms === undefined; attempt++) {
        arms = await store.getArms("bucket", ["llama3.1:8b"]).catch(async () => {
          await new Promise((resolve) => setTimeout(resolve, 100));
          return undefined;
        });
      }
      expect(arms?.get("llama3.1:8b")).toEqual({ successes: 1, failures: 0 });
      expect(await store.takeDecision("req-1")).toEqual({ bucket: "bucket", modelId: "llama3.1:8b" });
      await store.update("bucket", "llama3.1:8b", 0);
      expect((await store.getArms("bucket", ["llama3.1:8b"])).get("llama3.1:8b")).toEqual({ successes: 1, failures: 1 });
    } finally {
      await store.close();
    }
  });
});
