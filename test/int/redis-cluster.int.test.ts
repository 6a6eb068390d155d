// Every Redis use on a real three-master Redis Cluster started by the test: bandit store (scripts,
// write-behind, snapshot, reset), per-key rate limits and budgets, shared circuits, and a batch run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBatchQueue, createBatchWorker } from "../../src/batch/index.js";
import { createCircuitBreakers } from "../../src/policies/circuit-breaker.js";
import { createSharedCircuits } from "../../src/stores/shared-circuits.js";
import { createRedisClient, type RedisClient } from "../../src/redis/redis-client.js";
import { createRedisClientLimits } from "../../src/server/client-limits.js";
import { createRedisBanditStore } from "../../src/stores/redis-bandit-store.js";
import { createFakeRouter } from "../helpers/batch-fake-router.js";
import { promptLines, waitFor } from "../helpers/batch-redis.js";
import { startRedisCluster, type RedisClusterHandle } from "../helpers/redis-cluster.js";

let cluster: RedisClusterHandle;
let client: RedisClient;

beforeAll(async () => {
  cluster = await startRedisCluster();
  client = createRedisClient(cluster.target, { maxRetriesPerRequest: 3 });
}, 60_000);

afterAll(async () => {
  client?.disconnect();
  await cluster?.stop();
});

describe("Redis Cluster", () => {
  it("runs the bandit store's multi-key scripts, write-behind, snapshot and reset", async () => {
    const store = createRedisBanditStore({ url: cluster.target, keyPrefix: "bandit-on-cluster", writeBehindMs: 20 });
    const other = createRedisBanditStore({ url: `redis-cluster://127.0.0.1:${cluster.ports[1]}`, keyPrefix: "bandit-on-cluster", writeBehindMs: 20 });
    try {
      await Promise.all([store.update("code:hard", "m", 1), store.update("code:hard", "n", 0), store.update("chat:easy", "m", 0.5)]);
      await Promise.all([
        store.rememberDecision("r1", { bucket: "code:hard", modelId: "m" }, 10_000),
        store.rememberDecision("r2", { bucket: "chat:easy", modelId: "n" }, 10_000),
      ]);
      expect(await other.getArms("code:hard", ["m", "n"])).toEqual(
        new Map([
          ["m", { successes: 1, failures: 0 }],
          ["n", { successes: 0, failures: 1 }],
        ]),
      );
      expect(await other.takeDecision("r2")).toEqual({ bucket: "chat:easy", modelId: "n" });
      // Written by another process within its write-behind window: still found.
      const pending = store.rememberDecision("r3", { bucket: "b", modelId: "m" }, 10_000);
      expect(await other.takeDecision("r3")).toEqual({ bucket: "b", modelId: "m" });
      await pending;
      expect(Object.keys(await other.snapshot()).sort()).toEqual(["chat:easy", "code:hard"]);
      await other.reset();
      expect(await store.snapshot()).toEqual({});
      expect(await store.takeDecision("r1")).toBeUndefined();
    } finally {
      await Promise.all([store.close(), other.close()]);
    }
  });

  it("enforces rate limits and budgets per key on the cluster (the admit script keeps one client's keys in one slot)", async () => {
    let now = Date.UTC(2026, 0, 1, 12, 0, 10);
    const limits = createRedisClientLimits(client, "limits-on-cluster", { now: () => now });
    const clients = ["alpha", "beta", "gamma", "delta"].map((name) => ({ name, requestsPerMinute: 2, usdPerDay: 1, models: undefined }));
    for (const identity of clients) {
      await (await limits.admit(identity, 0.01)).settle(0.01);
      await (await limits.admit(identity, 0.01)).settle(0.01);
      await expect(limits.admit(identity, 0.01)).rejects.toMatchObject({ status: 429 });
    }
    now += 60_000;
    // The admit and settle scripts touch the rate, spend and reservation keys of one client: one slot.
    const held = await limits.admit(clients[0]!, 1);
    await expect(limits.admit(clients[0]!, 0.01)).rejects.toMatchObject({ status: 429, code: "budget_exceeded" });
    await held.settle(1.5);
    now += 60_000; // a new rate window: what refuses now is the spent budget
    await expect(limits.admit(clients[0]!, 0.01)).rejects.toMatchObject({ status: 429, code: "budget_exceeded" });
    await limits.admit(clients[1]!, 0.01);
  });

  it("shares an open circuit through the cluster", async () => {
    const sync = createSharedCircuits({ redis: client, ownsClient: false, keyPrefix: "health-on-cluster", openMs: 5_000, syncMs: 50 });
    const reader = createSharedCircuits({ redis: client, ownsClient: false, keyPrefix: "health-on-cluster", openMs: 5_000, syncMs: 50 });
    const breakers = createCircuitBreakers({ failureThreshold: 1, openMs: 5_000 }, { now: () => Date.now() });
    reader.start(breakers, ["m", "n"]);
    sync.opened("m");
    await waitFor(async () => breakers.state("m") === "open", "the shared circuit");
    expect(breakers.state("n")).toBe("closed");
    await Promise.all([sync.close(), reader.close()]);
  });

  it("runs a batch on the cluster: every result exactly once", async () => {
    const batch = { redisUrl: cluster.target, queuePrefix: "batch-on-cluster", lockDurationMs: 5_000 };
    const queue = createBatchQueue({ batch });
    const worker = createBatchWorker({ router: createFakeRouter(), batch, concurrency: 8 });
    try {
      const { batchId } = await queue.submitText(promptLines(200));
      await waitFor(async () => (await queue.status(batchId)).status === "completed", "the batch to complete", 60_000, 100);
      const results = await queue.results(batchId);
      expect(results).toHaveLength(200);
      expect(new Set(results.map((result) => result.id)).size).toBe(200);
      expect(await queue.status(batchId)).toMatchObject({ total: 200, succeeded: 200, failed: 0 });
    } finally {
      await worker.close({ graceMs: 500 });
      await queue.close();
    }
  }, 90_000);
});
