import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { RouterError } from "../../src/index.js";
import { createBatchQueue, createBatchWorker } from "../../src/batch/index.js";
import { createResultsStore } from "../../src/batch/results-store.js";
import { createFakeRouter, echoBehaviour, type FakeBehaviour } from "../helpers/batch-fake-router.js";
import { deletePrefix, TEST_REDIS_URL, uniquePrefix, waitFor } from "../helpers/batch-redis.js";

// Upstream faults as the router reports them after its own in-call retries.
const faulty: FakeBehaviour = async (input, options, call) => {
  const id = options.requestId ?? "";
  if (id.startsWith("rate") && call === 1) throw new RouterError("MODEL_RATE_LIMITED", "429 from upstream", { retryable: true, details: { retryAfterMs: 30 } });
  if (id.startsWith("flaky") && call <= 2) throw new RouterError("MODEL_CALL_FAILED", "500 from upstream", { retryable: true });
  if (id.startsWith("slow")) throw new RouterError("MODEL_TIMEOUT", "no answer in time", { retryable: true });
  if (id.startsWith("blocked")) throw new RouterError("NO_ELIGIBLE_MODEL", "no model allowed", { retryable: false });
  if (id.startsWith("crash") && call === 1) throw new Error("socket hang up");
  if (id.startsWith("circuit") && call === 1) {
    const open = new RouterError("MODEL_CALL_FAILED", 'circuit open for model "m"', { retryable: false, details: { circuit: "open" } });
    throw new RouterError("MODEL_CALL_FAILED", "every allowed model failed", { cause: open, retryable: false });
  }
  return echoBehaviour(input, options, call);
};

describe("upstream faults in a batch", () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("retries retryable errors within maxAttempts, then reports each prompt's error", async () => {
    const prefix = uniquePrefix("faults");
    const batch = { redisUrl: TEST_REDIS_URL, queuePrefix: prefix, maxAttempts: 3, backoffMs: 5, backoffMaxMs: 50 };
    const queue = createBatchQueue({ batch });
    const router = createFakeRouter(faulty);
    const worker = createBatchWorker({ router, batch, concurrency: 4 });
    cleanups.push(
      () => deletePrefix(TEST_REDIS_URL, prefix),
      () => queue.close(),
      () => worker.close({ graceMs: 500 }),
    );

    const ids = ["ok-1", "rate-1", "flaky-1", "slow-1", "blocked-1", "crash-1", "circuit-1", "ok-2"];
    const { batchId } = await queue.submit(ids.map((id) => ({ id, prompt: `prompt ${id}` })));
    await waitFor(async () => (await queue.status(batchId)).status === "completed", "the batch to complete");

    const results = new Map((await queue.results(batchId)).map((result) => [result.id, result]));
    expect([...results.keys()].sort()).toEqual([...ids].sort());
    expect(results.get("ok-1")).toMatchObject({ error: null, runs: 1 });
    expect(results.get("rate-1")).toMatchObject({ error: null, runs: 2 });
    expect(results.get("flaky-1")).toMatchObject({ error: null, runs: 3 });
    expect(results.get("crash-1")).toMatchObject({ error: null, runs: 2 });
    // An open circuit is a pause for a batch: retried (after the circuit's open time), not failed.
    expect(results.get("circuit-1")).toMatchObject({ error: null, runs: 2 });
    expect(results.get("slow-1")).toMatchObject({ answer: null, runs: 3, error: { code: "MODEL_TIMEOUT", retryable: true } });
    expect(results.get("blocked-1")).toMatchObject({ answer: null, runs: 1, error: { code: "NO_ELIGIBLE_MODEL", retryable: false } });

    expect(router.calls.get("slow-1")).toBe(3);
    expect(router.calls.get("blocked-1")).toBe(1);
    const status = await queue.status(batchId);
    expect(status).toMatchObject({ succeeded: 6, failed: 2, retries: 1 + 2 + 2 + 1 + 1 });
    const counts = await queue.queue.getJobCounts("completed", "failed", "delayed", "waiting");
    expect(counts).toEqual({ completed: 0, failed: 0, delayed: 0, waiting: 0 });
  });

  it("records a prompt that keeps killing its workers (stalled past maxStalledCount) as failed, without running it", async () => {
    const prefix = uniquePrefix("poison");
    const batch = { redisUrl: TEST_REDIS_URL, queuePrefix: prefix, maxStalledCount: 2 };
    const queue = createBatchQueue({ batch });
    cleanups.push(
      () => deletePrefix(TEST_REDIS_URL, prefix),
      () => queue.close(),
    );
    const { batchId } = await queue.submit([
      { id: "poison", prompt: "crashes every worker" },
      { id: "fine", prompt: "an ordinary prompt" },
    ]);
    // As if three workers had died while running it (BullMQ counts stalls in the job's `stc` field).
    const client = new Redis(TEST_REDIS_URL);
    await client.hset(`${queue.keys.bullPrefix}:prompts:${batchId}.0`, "stc", "3");
    client.disconnect();

    const router = createFakeRouter();
    const worker = createBatchWorker({ router, batch, concurrency: 2 });
    cleanups.push(() => worker.close({ graceMs: 500 }));
    await waitFor(async () => (await queue.status(batchId)).status === "completed", "the batch to complete");
    const results = new Map((await queue.results(batchId)).map((result) => [result.id, result]));
    expect(results.get("poison")).toMatchObject({ answer: null, error: { code: "INTERNAL", retryable: false } });
    expect(results.get("poison")!.error!.message).toContain("stalled 3 times");
    expect(results.get("fine")).toMatchObject({ error: null });
    expect(router.calls.has("poison")).toBe(false);
  });

  it("does not pay twice for a prompt whose earlier run already wrote its result (crash before the acknowledgement)", async () => {
    const prefix = uniquePrefix("answered");
    const batch = { redisUrl: TEST_REDIS_URL, queuePrefix: prefix };
    const queue = createBatchQueue({ batch });
    cleanups.push(
      () => deletePrefix(TEST_REDIS_URL, prefix),
      () => queue.close(),
    );
    const { batchId } = await queue.submit([
      { id: "answered", prompt: "first run wrote its result, then its worker died" },
      { id: "fresh", prompt: "never ran" },
    ]);
    const client = new Redis(TEST_REDIS_URL);
    const store = createResultsStore(client, queue.keys, { resultsTtlSeconds: 60 });
    const earlier = {
      id: "answered",
      index: 0,
      answer: "earlier answer",
      model: "m",
      tier: "local" as const,
      escalations: 0,
      usage: { input_tokens: 1, output_tokens: 1, cost_usd: 0.5 },
      cost: 0.5,
      attempts: ["m"],
      runs: 1,
      error: null,
    };
    expect(await store.writeResult({ batchId, result: earlier, now: Date.now() })).toBe(1);
    await client.hset(`${queue.keys.bullPrefix}:prompts:${batchId}.0`, "stc", "1");
    client.disconnect();

    const router = createFakeRouter();
    const worker = createBatchWorker({ router, batch, concurrency: 2 });
    cleanups.push(() => worker.close({ graceMs: 500 }));
    await waitFor(async () => (await queue.status(batchId)).status === "completed", "the batch to complete");
    expect(router.calls.has("answered")).toBe(false);
    expect(router.calls.get("fresh")).toBe(1);
    const results = await queue.results(batchId);
    expect(results.map((result) => [result.id, result.answer])).toEqual([
      ["answered", "earlier answer"],
      ["fresh", "echo:never ran"],
    ]);
    expect((await queue.status(batchId)).costUsd).toBeCloseTo(0.5 + results[1]!.cost, 9);
  });
});
