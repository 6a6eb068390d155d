// Sentinel: a primary, a replica and three sentinels started by the test; a failover (SENTINEL
// FAILOVER) during traffic loses no batch result and no accepted request, and neither does killing
// the primary's process (the last test: it leaves one server).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBatchQueue, createBatchWorker } from "../../src/batch/index.js";
import { createRedisClient, type RedisClient } from "../../src/redis/redis-client.js";
import { createRedisClientLimits } from "../../src/server/client-limits.js";
import { createRedisBanditStore } from "../../src/stores/redis-bandit-store.js";
import { createFakeRouter, echoBehaviour } from "../helpers/batch-fake-router.js";
import { promptLines, waitFor } from "../helpers/batch-redis.js";
import { startRedisSentinel, type RedisSentinelHandle } from "../helpers/redis-sentinel.js";

let sentinel: RedisSentinelHandle;

beforeAll(async () => {
  sentinel = await startRedisSentinel();
}, 60_000);

afterAll(async () => {
  await sentinel?.stop();
});

describe("Redis Sentinel", () => {
  it("keeps a batch going through a failover: every result exactly once", async () => {
    const batch = { redisUrl: sentinel.url, queuePrefix: "batch-on-sentinel", lockDurationMs: 3_000, stalledIntervalMs: 1_000 };
    const queue = createBatchQueue({ batch });
    const router = createFakeRouter(async (input, options, call) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return echoBehaviour(input, options, call);
    });
    const worker = createBatchWorker({ router, batch, concurrency: 4 });
    try {
      const before = await sentinel.primaryPort();
      const { batchId } = await queue.submitText(promptLines(400));
      await waitFor(async () => (await queue.status(batchId)).succeeded >= 50, "progress before the failover");
      await sentinel.failover();
      expect(await sentinel.primaryPort()).not.toBe(before);
      const statusOrUndefined = () => queue.status(batchId).catch(() => undefined);
      await waitFor(async () => (await statusOrUndefined())?.status === "completed", "the batch to complete after the failover", 60_000, 100);
      const results = await queue.results(batchId);
      expect(results).toHaveLength(400);
      expect(new Set(results.map((result) => result.id)).size).toBe(400);
      expect(await queue.status(batchId)).toMatchObject({ total: 400, succeeded: 400, failed: 0 });
    } finally {
      await worker.close({ graceMs: 500 });
      await queue.close();
    }
  }, 120_000);

  it("answers every request (limits admitted, rewards and decisions written) while the primary changes", async () => {
    const client: RedisClient = createRedisClient(sentinel.url, { maxRetriesPerRequest: 1, commandTimeout: 2000, enableOfflineQueue: true });
    client.on("error", () => undefined);
    const limits = createRedisClientLimits(client, "limits-on-sentinel", { now: () => Date.now() });
    const store = createRedisBanditStore({ url: sentinel.url, keyPrefix: "bandit-on-sentinel", writeBehindMs: 20 });
    const identity = { name: "tenant", requestsPerMinute: 100_000, usdPerDay: 1_000, models: undefined };
    let accepted = 0;
    const failures: unknown[] = [];
    let running = true;
    const traffic = (async () => {
      for (let index = 0; running; index += 1) {
        try {
          const reservation = await limits.admit(identity, 0.000_001);
          await Promise.all([
            store.update("b", "m", 1),
            store.rememberDecision(`r${index}`, { bucket: "b", modelId: "m" }, 60_000),
            reservation.settle(0.000_001),
          ]);
          accepted += 1;
        } catch (error) {
          failures.push(error);
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    try {
      await waitFor(async () => accepted >= 20, "traffic before the failover");
      const before = accepted;
      await sentinel.failover();
      await waitFor(async () => accepted >= before + 50, "traffic after the failover", 30_000);
      running = false;
      await traffic;
      expect(failures).toEqual([]);
      // Every accepted request's reward is in the new primary.
      expect((await store.getArms("b", ["m"])).get("m")?.successes).toBe(accepted);
    } finally {
      running = false;
      await traffic;
      await store.close();
      client.disconnect();
    }
  }, 90_000);

  it("keeps a batch of grouped prompts going when the primary's process is killed: every result exactly once", async () => {
    const batch = { redisUrl: sentinel.url, queuePrefix: "batch-primary-killed", lockDurationMs: 3_000, stalledIntervalMs: 1_000, promptsPerJob: 8 };
    const queue = createBatchQueue({ batch });
    const router = createFakeRouter(async (input, options, call) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return echoBehaviour(input, options, call);
    });
    const worker = createBatchWorker({ router, batch, concurrency: 8 });
    try {
      const { batchId } = await queue.submitText(promptLines(1_024));
      await waitFor(async () => (await queue.status(batchId)).succeeded >= 100, "progress before the kill");
      await sentinel.killPrimary();
      const statusOrUndefined = () => queue.status(batchId).catch(() => undefined);
      await waitFor(async () => (await statusOrUndefined())?.status === "completed", "the batch to complete after the kill", 90_000, 100);
      const results = await queue.results(batchId);
      expect(results).toHaveLength(1_024);
      expect(new Set(results.map((result) => result.id)).size).toBe(1_024);
      expect(results.every((result) => result.error === null)).toBe(true);
      expect(await queue.status(batchId)).toMatchObject({ total: 1_024, succeeded: 1_024, failed: 0 });
    } finally {
      await worker.close({ graceMs: 500 });
      await queue.close();
    }
  }, 150_000);
});
