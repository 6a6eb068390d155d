import { afterEach, describe, expect, it } from "vitest";
import { createBatchQueue, createBatchWorker } from "../../src/batch/index.js";
import { createFakeRouter } from "../helpers/batch-fake-router.js";
import { deletePrefix, promptLines, TEST_REDIS_URL, uniquePrefix, waitFor } from "../helpers/batch-redis.js";

describe("cancelling and listing batches", () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("drops a cancelled batch's waiting prompts, leaves other batches alone, and lists both", async () => {
    const prefix = uniquePrefix("cancel");
    const batch = { redisUrl: TEST_REDIS_URL, queuePrefix: prefix };
    const queue = createBatchQueue({ batch });
    cleanups.push(
      () => deletePrefix(TEST_REDIS_URL, prefix),
      () => queue.close(),
    );

    const doomed = await queue.submitText(promptLines(50, "doomed"), { name: "doomed" });
    const kept = await queue.submitText(promptLines(20, "kept"), { name: "kept", priority: 1 });
    expect(await queue.queue.getJobCountByTypes("waiting", "prioritized")).toBe(70);

    expect(await queue.cancel(doomed.batchId)).toEqual({ previousStatus: "running", removedJobs: 50 });
    expect(await queue.cancel(doomed.batchId)).toEqual({ previousStatus: "cancelled", removedJobs: 0 });
    expect(await queue.queue.getJobCountByTypes("waiting", "prioritized")).toBe(20);

    const router = createFakeRouter();
    const worker = createBatchWorker({ router, batch, concurrency: 4 });
    cleanups.push(() => worker.close({ graceMs: 500 }));
    await waitFor(async () => (await queue.status(kept.batchId)).status === "completed", "the kept batch to complete");
    expect([...router.calls.keys()].every((id) => id.startsWith("kept-"))).toBe(true);
    expect(await queue.status(doomed.batchId)).toMatchObject({ status: "cancelled", succeeded: 0, pending: 50 });

    const listed = await queue.list();
    expect(listed.map((info) => [info.name, info.status])).toEqual([
      ["kept", "completed"],
      ["doomed", "cancelled"],
    ]);
    await expect(queue.status("bnosuchbatch")).rejects.toMatchObject({ code: "BATCH_NOT_FOUND" });
  });
});
