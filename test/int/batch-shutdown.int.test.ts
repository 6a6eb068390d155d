import { afterEach, describe, expect, it } from "vitest";
import { createBatchQueue } from "../../src/batch/index.js";
import { spawnWorker, WORKER_READY_TIMEOUT_MS } from "../helpers/batch-spawn.js";
import { deletePrefix, promptLines, TEST_REDIS_URL, uniquePrefix, waitFor } from "../helpers/batch-redis.js";

describe("graceful worker shutdown on SIGTERM", () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  const setup = async (label: string) => {
    const prefix = uniquePrefix(label);
    const queue = createBatchQueue({ batch: { redisUrl: TEST_REDIS_URL, queuePrefix: prefix } });
    cleanups.push(
      () => deletePrefix(TEST_REDIS_URL, prefix),
      () => queue.close(),
    );
    const { batchId } = await queue.submitText(promptLines(40));
    return { prefix, queue, batchId };
  };

  it(
    "finishes in-flight prompts within the grace period, or hands them back unharmed when it runs out",
    async () => {
      const finishing = await setup("term-finish");
      const returning = await setup("term-return");
      const [patient, hurried] = await Promise.all([
        spawnWorker({ redisUrl: TEST_REDIS_URL, queuePrefix: finishing.prefix, concurrency: 4, delayMs: 400, shutdownGraceMs: 20_000 }),
        spawnWorker({ redisUrl: TEST_REDIS_URL, queuePrefix: returning.prefix, concurrency: 4, delayMs: 60_000, shutdownGraceMs: 100 }),
      ]);
      cleanups.push(
        async () => void patient.child.kill("SIGKILL"),
        async () => void hurried.child.kill("SIGKILL"),
      );
      await waitFor(async () => (await finishing.queue.queue.getActiveCount()) === 4, "4 prompts in flight (finishing)");
      await waitFor(async () => (await returning.queue.queue.getActiveCount()) === 4, "4 prompts in flight (returning)");
      const before = await finishing.queue.status(finishing.batchId);

      patient.child.kill("SIGTERM");
      hurried.child.kill("SIGTERM");
      expect(await patient.exited).toBe(0);
      expect(await hurried.exited).toBe(0);

      // Patient: the prompts that were running got their results; nothing is left locked by a dead worker.
      const after = await finishing.queue.status(finishing.batchId);
      expect(after.succeeded).toBeGreaterThanOrEqual(before.succeeded + 4);
      expect(await finishing.queue.queue.getActiveCount()).toBe(0);
      expect(patient.output()).toContain("SIGTERM received");

      // Hurried: its 4 running prompts went back to the waiting list at once, with no attempt used up.
      expect(await returning.queue.queue.getActiveCount()).toBe(0);
      expect(await returning.queue.queue.getWaitingCount()).toBe(40);
      const waiting = await returning.queue.queue.getWaiting(0, 39);
      expect(waiting.every((job) => job.attemptsMade === 0)).toBe(true);
      expect(await returning.queue.status(returning.batchId)).toMatchObject({ succeeded: 0, failed: 0, retries: 0 });
    },
    WORKER_READY_TIMEOUT_MS + 60_000,
  );
});
