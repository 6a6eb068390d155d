import { afterEach, describe, expect, it } from "vitest";
import { createBatchQueue, createBatchWorker } from "../../src/batch/index.js";
import { createFakeRouter, echoBehaviour } from "../helpers/batch-fake-router.js";
import { startPrivateRedis } from "../helpers/batch-redis-server.js";
import { promptLines, uniquePrefix, waitFor } from "../helpers/batch-redis.js";

describe("Redis restarted mid-batch with AOF on", () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("resumes after the restart and completes with every result exactly once", async () => {
    const redis = await startPrivateRedis();
    cleanups.push(() => redis.stop());
    const batch = { redisUrl: redis.url, queuePrefix: uniquePrefix("aof"), lockDurationMs: 2_000, stalledIntervalMs: 500 };
    const queue = createBatchQueue({ batch });
    cleanups.push(() => queue.close());
    const router = createFakeRouter(async (input, options, call) => {
      await new Promise((resolve) => setTimeout(resolve, 4));
      return echoBehaviour(input, options, call);
    });
    const worker = createBatchWorker({ router, batch, concurrency: 4 });
    cleanups.push(() => worker.close({ graceMs: 500 }));

    const { batchId } = await queue.submitText(promptLines(300));
    await waitFor(async () => (await queue.status(batchId)).succeeded >= 50, "progress before the restart");
    await redis.kill();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await redis.start();

    const statusOrUndefined = () => queue.status(batchId).catch(() => undefined);
    await waitFor(async () => (await statusOrUndefined())?.status === "completed", "the batch to complete after the restart", 45_000, 100);
    const results = await queue.results(batchId);
    expect(results).toHaveLength(300);
    expect(new Set(results.map((result) => result.id)).size).toBe(300);
    const status = await queue.status(batchId);
    expect(status).toMatchObject({ total: 300, succeeded: 300, failed: 0 });
    expect(status.costUsd).toBeCloseTo(
      results.reduce((sum, result) => sum + result.cost, 0),
      9,
    );
  });
});
