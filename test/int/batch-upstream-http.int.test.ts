import { afterEach, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { parseConfig } from "../../src/index.js";
import { createBatchKeys, createBatchQueue, createBatchRouter, createBatchWorker, resolveBatchConfig } from "../../src/batch/index.js";
import { startOpenAIServer } from "../helpers/openai-server.js";
import type { RecordedRequest, ScriptedBehaviour } from "../helpers/scripted-http-server.js";
import { deletePrefix, TEST_REDIS_URL, uniquePrefix, waitFor } from "../helpers/batch-redis.js";

function promptOf(request: RecordedRequest): string {
  const messages = (request.body?.messages ?? []) as Array<{ content?: unknown }>;
  const last = messages[messages.length - 1]?.content;
  return typeof last === "string" ? last : "";
}

describe("upstream HTTP faults through the real ChatOpenAI client, router graph and batch worker", () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("retries 429 (after its Retry-After), 500 and timeouts within maxAttempts, then reports each prompt", async () => {
    const calls = new Map<string, number>();
    const openai = await startOpenAIServer({
      apiKey: "sk-batch-test",
      fallback: (request): ScriptedBehaviour => {
        const prompt = promptOf(request);
        const call = (calls.get(prompt) ?? 0) + 1;
        calls.set(prompt, call);
        if (prompt.startsWith("rate") && call === 1) return { status: 429, retryAfter: "1" };
        if (prompt.startsWith("broken") && call <= 2) return { status: 500 };
        if (prompt.startsWith("slow")) return { hang: true };
        return { text: "Forty-two." };
      },
    });
    process.env.ROUTELLM_BATCH_TEST_KEY = "sk-batch-test";
    const config = parseConfig({
      health: { failureThreshold: 100 },
      models: [
        {
          id: "cloud",
          provider: "openai-compatible",
          baseUrl: openai.url,
          model: "gpt-test",
          tier: "cloud",
          apiKeyEnv: "ROUTELLM_BATCH_TEST_KEY",
          maxRetries: 0,
          // Long enough that a starved CI machine (load 10+) does not time out the prompts that answer
          // (stop 39's first CI: "ok" ran twice at 1 s); the hanging prompt's three attempts take ~9 s.
          timeoutMs: 3_000,
          pricing: { inputPer1M: 1, outputPer1M: 2 },
        },
      ],
    });
    const prefix = uniquePrefix("upstream");
    const settings = resolveBatchConfig({ redisUrl: TEST_REDIS_URL, queuePrefix: prefix, maxAttempts: 3, backoffMs: 10, backoffMaxMs: 200 });
    const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    const router = await createBatchRouter(config, { redis, keys: createBatchKeys(prefix), settings });
    const queue = createBatchQueue({ batch: settings });
    const worker = createBatchWorker({ router, batch: settings, concurrency: 4 });
    cleanups.push(
      () => openai.close(),
      () => deletePrefix(TEST_REDIS_URL, prefix),
      async () => void redis.disconnect(),
      () => queue.close(),
      () => worker.close({ graceMs: 500 }),
    );

    const { batchId } = await queue.submit([
      { id: "ok", prompt: "ok: what is six times seven?" },
      { id: "rate", prompt: "rate: what is six times seven?" },
      { id: "broken", prompt: "broken: what is six times seven?" },
      { id: "slow", prompt: "slow: what is six times seven?" },
    ]);
    await waitFor(async () => (await queue.status(batchId)).status === "completed", "the batch to complete", 45_000);

    const results = new Map((await queue.results(batchId)).map((result) => [result.id, result]));
    expect(results.get("ok")).toMatchObject({ answer: "Forty-two.", model: "cloud", error: null, runs: 1 });
    expect(results.get("rate")).toMatchObject({ answer: "Forty-two.", error: null, runs: 2 });
    expect(results.get("broken")).toMatchObject({ answer: "Forty-two.", error: null, runs: 3 });
    expect(results.get("slow")).toMatchObject({ answer: null, runs: 3, error: { retryable: true } });
    expect(results.get("slow")!.error!.message).toContain("MODEL_TIMEOUT");
    // The upstream saw exactly the calls the attempts allow: the 429 cool-down made the other
    // prompts wait at the shared gate (deferred jobs, no attempt used) instead of calling.
    expect(Object.fromEntries([...calls].map(([prompt, count]) => [prompt.split(":")[0], count]))).toEqual({ ok: 1, rate: 2, broken: 3, slow: 3 });
    const status = await queue.status(batchId);
    expect(status).toMatchObject({ succeeded: 3, failed: 1 });
    expect(status.retries).toBeGreaterThanOrEqual(1 + 2 + 2);
    expect(status.costUsd).toBeGreaterThan(0);
    expect(status.costUsd).toBeCloseTo(
      [...results.values()].reduce((sum, result) => sum + result.cost, 0),
      12,
    );
  });
});
