// examples/response-cache.ts named in a config file's `extensions`: the batch worker and the
// server `routellm serve` starts (startServer) run the extended graph.
import { afterEach, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import { pino } from "pino";
import { parseConfig, toLoadedConfig } from "../../src/index.js";
import { createBatchKeys, createBatchQueue, createBatchRouter, createBatchWorker, resolveBatchConfig } from "../../src/batch/index.js";
import { startServer } from "../../src/server/index.js";
import { FakeChatModel } from "../helpers/fake-chat-model.js";
import { fourModelConfig } from "../helpers/router-fixtures.js";
import { deletePrefix, TEST_REDIS_URL, uniquePrefix, waitFor } from "../helpers/batch-redis.js";

const EXAMPLE = fileURLToPath(new URL("../../examples/response-cache.ts", import.meta.url));
const PRIMED = "What is the capital of France?";
const CACHED = "Paris (from the response cache).";
const models = () => ({
  llama: new FakeChatModel("Paris."),
  gemma: new FakeChatModel("Paris."),
  mini: new FakeChatModel("Paris."),
  gpt4o: new FakeChatModel("Paris."),
});
const loaded = () => toLoadedConfig(parseConfig({ ...fourModelConfig(), extensions: [EXAMPLE] }));

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe("a config's graph extensions in the runtimes", () => {
  it("the batch worker answers from the response cache", async () => {
    const prefix = uniquePrefix("extension");
    const settings = resolveBatchConfig({ redisUrl: TEST_REDIS_URL, queuePrefix: prefix, maxAttempts: 1 });
    const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    const router = await createBatchRouter(loaded(), { redis, keys: createBatchKeys(prefix), settings, dependencies: { models: models() } });
    const queue = createBatchQueue({ batch: settings });
    const worker = createBatchWorker({ router, batch: settings, concurrency: 1 });
    cleanups.push(
      () => deletePrefix(TEST_REDIS_URL, prefix),
      async () => void redis.disconnect(),
      () => queue.close(),
      () => worker.close({ graceMs: 500 }),
    );
    const { batchId } = await queue.submit([{ id: "p1", prompt: PRIMED }]);
    await waitFor(async () => (await queue.status(batchId)).status === "completed", "the batch to complete");
    expect((await queue.results(batchId))[0]).toMatchObject({ answer: CACHED, model: "response_cache" });
  });

  it("the server routellm serve starts answers from the response cache", async () => {
    const started = await startServer({
      config: loaded(),
      port: 0,
      handleSignals: false,
      routerDependencies: { models: models() },
      logger: pino({ level: "silent" }),
      defaultMetrics: false,
    });
    cleanups.push(() => started.stop());
    const response = await fetch(`${started.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "routellm/auto", messages: [{ role: "user", content: PRIMED }] }),
    });
    expect(((await response.json()) as { choices: Array<{ message: { content: string } }> }).choices[0]!.message.content).toBe(CACHED);
  });
});
