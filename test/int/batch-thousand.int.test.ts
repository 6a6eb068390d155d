import { afterEach, describe, expect, it } from "vitest";
import { createBatchQueue, createBatchWorker, type BatchQueue, type BatchWorker } from "../../src/batch/index.js";
import { createFakeRouter, fakeCost } from "../helpers/batch-fake-router.js";
import { deletePrefix, promptLines, TEST_REDIS_URL, uniquePrefix, waitFor } from "../helpers/batch-redis.js";

describe("a batch of 1,000 prompts with fake models", () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("writes exactly one result per id and a batch cost equal to the sum of prompt costs", async () => {
    const prefix = uniquePrefix("thousand");
    const batch = { redisUrl: TEST_REDIS_URL, queuePrefix: prefix };
    const queue: BatchQueue = createBatchQueue({ batch });
    cleanups.push(
      () => deletePrefix(TEST_REDIS_URL, prefix),
      () => queue.close(),
    );
    const router = createFakeRouter();
    const workers: BatchWorker[] = [createBatchWorker({ router, batch, concurrency: 16 }), createBatchWorker({ router, batch, concurrency: 16 })];
    cleanups.push(async () => {
      await Promise.all(workers.map((worker) => worker.close({ graceMs: 1_000 })));
    });

    const text = promptLines(1_000);
    const { batchId, enqueued, errors } = await queue.submitText(text, { name: "thousand" });
    expect(enqueued).toBe(1_000);
    expect(errors).toEqual([]);
    await waitFor(async () => (await queue.status(batchId)).status === "completed", "the batch to complete");

    const results = await queue.results(batchId);
    expect(results).toHaveLength(1_000);
    expect(new Set(results.map((result) => result.id)).size).toBe(1_000);
    expect(results.every((result) => result.error === null && result.answer?.startsWith("echo:"))).toBe(true);

    const status = await queue.status(batchId);
    expect(status).toMatchObject({ total: 1_000, succeeded: 1_000, failed: 0, pending: 0, name: "thousand" });
    const sumOfResults = results.reduce((sum, result) => sum + result.cost, 0);
    expect(status.costUsd).toBeCloseTo(sumOfResults, 9);
    const expected = text.split("\n").reduce((sum, line) => sum + fakeCost((JSON.parse(line) as { prompt: string }).prompt), 0);
    expect(status.costUsd).toBeCloseTo(expected, 9);
    expect(workers[0]!.processed() + workers[1]!.processed()).toBe(1_000);

    // Completed jobs are trimmed: only the batch record and its results remain.
    const counts = await queue.queue.getJobCounts("completed", "failed", "waiting", "active", "delayed");
    expect(counts).toEqual({ completed: 0, failed: 0, waiting: 0, active: 0, delayed: 0 });
  });
});
