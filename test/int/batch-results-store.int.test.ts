import { afterEach, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { createBatchKeys } from "../../src/batch/keys.js";
import { createResultsStore } from "../../src/batch/results-store.js";
import type { PromptResult } from "../../src/batch/job-types.js";
import { deletePrefix, TEST_REDIS_URL, uniquePrefix } from "../helpers/batch-redis.js";

function result(id: string, index: number, cost: number, error = false): PromptResult {
  return {
    id,
    index,
    answer: error ? null : `answer ${id}`,
    model: error ? null : "m",
    tier: error ? null : "local",
    escalations: 0,
    usage: { input_tokens: 1, output_tokens: 2, cost_usd: cost },
    cost,
    attempts: [],
    runs: 1,
    error: error ? { code: "MODEL_TIMEOUT", message: "late", retryable: true } : null,
  };
}

describe("the results store", () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("writes a prompt's result once: a second run (after a crash) changes nothing, and the batch completes once", async () => {
    const prefix = uniquePrefix("store");
    const redis = new Redis(TEST_REDIS_URL);
    cleanups.push(
      () => deletePrefix(TEST_REDIS_URL, prefix),
      async () => void redis.disconnect(),
    );
    const keys = createBatchKeys(prefix);
    const store = createResultsStore(redis, keys, { resultsTtlSeconds: 60 });
    await store.createBatch({ id: "bstore0001", total: 2, invalidLines: 0, createdAt: 1 });
    await store.finishSubmit("bstore0001", 2, 2);

    expect(await store.writeResult({ batchId: "bstore0001", result: result("a", 0, 0.25), now: 10 })).toBe(1);
    expect(await store.writeResult({ batchId: "bstore0001", result: result("a", 0, 0.5), now: 11 })).toBe(0);
    expect(await store.getBatch("bstore0001")).toMatchObject({ status: "running", succeeded: 1, costUsd: 0.25 });
    expect(await store.writeResult({ batchId: "bstore0001", result: result("b", 1, 0, true), now: 12 })).toBe(1);
    expect(await store.writeResult({ batchId: "bstore0001", result: result("b", 1, 0.125), now: 13 })).toBe(0);

    const info = await store.getBatch("bstore0001");
    expect(info).toMatchObject({ status: "completed", succeeded: 1, failed: 1, costUsd: 0.25, inputTokens: 2, outputTokens: 4, finishedAt: 12 });
    expect((await store.readResults("bstore0001")).map((entry) => [entry.id, entry.answer])).toEqual([
      ["a", "answer a"],
      ["b", null],
    ]);
    // A finished batch's record and results expire after resultsTtlSeconds.
    expect(await redis.ttl(keys.meta("bstore0001"))).toBeGreaterThan(0);
    expect(await redis.ttl(keys.results("bstore0001"))).toBeGreaterThan(0);

    await store.deleteBatch("bstore0001");
    expect(await store.writeResult({ batchId: "bstore0001", result: result("c", 2, 1), now: 14 })).toBe(-1);
    expect(await redis.exists(keys.meta("bstore0001"), keys.results("bstore0001"))).toBe(0);
  });
});
