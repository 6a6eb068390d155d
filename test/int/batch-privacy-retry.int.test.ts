import { afterEach, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { parseConfig } from "../../src/index.js";
import { createBatchKeys, createBatchQueue, createBatchRouter, createBatchWorker, resolveBatchConfig } from "../../src/batch/index.js";
import { fakeModelsConfig, httpError, InstantChatModel } from "../helpers/batch-fake-models.js";
import { deletePrefix, TEST_REDIS_URL, uniquePrefix, waitFor } from "../helpers/batch-redis.js";

const CARD = "4172 9960 8905 6538";

describe("job retries through the real router graph", () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("never sends a privacy-pinned prompt to a cloud model, however often its job is retried", async () => {
    const prefix = uniquePrefix("privacy");
    const settings = resolveBatchConfig({ redisUrl: TEST_REDIS_URL, queuePrefix: prefix, maxAttempts: 3, backoffMs: 5, backoffMaxMs: 20 });
    const config = parseConfig(fakeModelsConfig({ health: { retryBaseMs: 1 } } as never));
    // The local model always fails with a 500; the cloud model works and records what it receives.
    const local = new InstantChatModel("local", () => httpError(500), true);
    const cloud = new InstantChatModel("cloud", () => undefined, true);
    const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    const router = await createBatchRouter(config, {
      redis,
      keys: createBatchKeys(prefix),
      settings,
      dependencies: { models: { "local-small": local, "cloud-big": cloud } },
    });
    const queue = createBatchQueue({ batch: settings });
    const worker = createBatchWorker({ router, batch: settings, concurrency: 2 });
    cleanups.push(
      () => deletePrefix(TEST_REDIS_URL, prefix),
      async () => void redis.disconnect(),
      () => queue.close(),
      () => worker.close({ graceMs: 500 }),
    );

    const { batchId } = await queue.submit([
      { id: "pinned", prompt: `My card is ${CARD}. Which bank issued it?` },
      { id: "plain", prompt: "Which bank is the oldest in Italy?" },
    ]);
    await waitFor(async () => (await queue.status(batchId)).status === "completed", "the batch to complete");

    const results = new Map((await queue.results(batchId)).map((result) => [result.id, result]));
    // The pinned prompt ran once per allowed job attempt, on the local model only, and is reported failed.
    expect(results.get("pinned")).toMatchObject({ answer: null, model: null, error: { code: expect.any(String) } });
    expect(results.get("pinned")!.runs).toBeGreaterThanOrEqual(2);
    // The plain prompt fell back to the cloud model after the local failures.
    expect(results.get("plain")).toMatchObject({ model: "cloud-big", tier: "cloud", error: null });
    expect(cloud.seen.length).toBeGreaterThan(0);
    expect(cloud.seen.some((text) => text.includes("4172"))).toBe(false);
    expect(local.seen.filter((text) => text.includes("4172")).length).toBeGreaterThanOrEqual(results.get("pinned")!.runs);
    expect(await queue.status(batchId)).toMatchObject({ succeeded: 1, failed: 1, retries: results.get("pinned")!.runs - 1 });
  });
});
