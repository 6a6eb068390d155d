// Several prompts per BullMQ job: retries, results, charges and limits stay per prompt.
import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { RouterError } from "../../src/index.js";
import { createBatchQueue, createBatchWorker, PROMPT_QUEUE_NAME } from "../../src/batch/index.js";
import { createRedisClientLimits, type ClientLimits } from "../../src/server/client-limits.js";
import { createFakeRouter, echoBehaviour } from "../helpers/batch-fake-router.js";
import { deletePrefix, promptLines, TEST_REDIS_URL, uniquePrefix, waitFor } from "../helpers/batch-redis.js";

const indexOf = (id: string) => Number(id.split("-")[1]);
const flaky = (id: string) => indexOf(id) % 9 === 0;
const broken = (id: string) => indexOf(id) % 50 === 7;

describe("several prompts per job", () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("retries only the failed prompts of a job, never re-runs or re-charges finished ones, and charges the key per prompt run", async () => {
    const prefix = uniquePrefix("groups");
    const batch = { redisUrl: TEST_REDIS_URL, queuePrefix: prefix, promptsPerJob: 10, maxAttempts: 3, backoffMs: 20, backoffMaxMs: 50 };
    const queue = createBatchQueue({ batch });
    const redis = new Redis(TEST_REDIS_URL);
    cleanups.push(
      () => deletePrefix(TEST_REDIS_URL, prefix),
      async () => redis.disconnect(),
      () => queue.close(),
    );
    const limits = createRedisClientLimits(redis, `{${prefix}}:limits`, { now: () => Date.now() });
    let admitted = 0;
    let charged = 0;
    const counting: ClientLimits = {
      async admit(client, estimate) {
        admitted += 1;
        const reservation = await limits.admit(client, estimate);
        return { settle: async (usd) => ((charged += usd), reservation.settle(usd)) };
      },
    };
    const router = createFakeRouter(async (input, options, call) => {
      const id = options.requestId!;
      if (broken(id) || (flaky(id) && call === 1)) throw new RouterError("MODEL_CALL_FAILED", "upstream 500", { retryable: true });
      return echoBehaviour(input, options, call);
    });
    const lines = promptLines(640, "g");
    const { batchId } = await queue.submitText(lines, { owner: { name: "team", requestsPerMinute: 100_000, usdPerDay: 100 } });
    expect(await queue.queue.count()).toBe(64);
    const worker = createBatchWorker({ router, batch, concurrency: 8, clientLimits: counting });
    cleanups.push(() => worker.close({ graceMs: 500 }));
    await waitFor(async () => (await queue.status(batchId)).status === "completed", "the batch to complete");

    const results = await queue.results(batchId);
    expect(results.map((result) => result.id)).toEqual(lines.split("\n").map((line) => (JSON.parse(line) as { id: string }).id));
    const expectedCalls = (id: string) => (broken(id) ? 3 : flaky(id) ? 2 : 1);
    for (const result of results) {
      expect(router.calls.get(result.id)).toBe(expectedCalls(result.id));
      expect(result.runs).toBe(expectedCalls(result.id));
      expect(result.error?.code ?? null).toBe(broken(result.id) ? "MODEL_CALL_FAILED" : null);
    }
    const brokenCount = results.filter((result) => broken(result.id)).length;
    const flakyCount = results.filter((result) => flaky(result.id) && !broken(result.id)).length;
    const status = await queue.status(batchId);
    expect(status).toMatchObject({ succeeded: 640 - brokenCount, failed: brokenCount, retries: flakyCount + 2 * brokenCount });
    const cost = results.reduce((sum, result) => sum + result.cost, 0);
    expect(status.costUsd).toBeCloseTo(cost, 9);
    // One admission per prompt run; the key is charged exactly the recorded costs.
    expect(admitted).toBe([...router.calls.values()].reduce((sum, calls) => sum + calls, 0));
    expect(charged).toBeCloseTo(cost, 12);
    expect(await worker.processed()).toBe(640);
    expect(await redis.keys(`{${prefix}}:${PROMPT_QUEUE_NAME}:${batchId}.*`)).toEqual([]);
  });

  it("still runs a one-prompt job queued by the previous version (`prompt`, `index`)", async () => {
    const prefix = uniquePrefix("legacy");
    const batch = { redisUrl: TEST_REDIS_URL, queuePrefix: prefix };
    const queue = createBatchQueue({ batch });
    cleanups.push(
      () => deletePrefix(TEST_REDIS_URL, prefix),
      () => queue.close(),
    );
    const { batchId } = await queue.submitText(promptLines(2, "old"));
    await queue.queue.obliterate({ force: true });
    for (const index of [0, 1]) {
      const legacyData = { batchId, index, prompt: { id: `old-${index}`, prompt: `question number ${index}` } };
      await queue.queue.add("prompt", legacyData as never, { jobId: `${batchId}.${index}`, removeOnComplete: true });
    }
    const router = createFakeRouter();
    const worker = createBatchWorker({ router, batch, concurrency: 2 });
    cleanups.push(() => worker.close({ graceMs: 500 }));
    await waitFor(async () => (await queue.status(batchId)).status === "completed", "the legacy jobs to run");
    expect((await queue.results(batchId)).map((result) => [result.id, result.index, result.answer])).toEqual([
      ["old-0", 0, "echo:question number 0"],
      ["old-1", 1, "echo:question number 1"],
    ]);
  });
});
