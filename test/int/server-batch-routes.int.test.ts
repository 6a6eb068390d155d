import { afterEach, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/index.js";
import { startServer, type StartedServer } from "../../src/server/index.js";
import { FakeChatModel } from "../helpers/fake-chat-model.js";
import { deletePrefix, TEST_REDIS_URL, uniquePrefix } from "../helpers/batch-redis.js";

let started: StartedServer | undefined;
let prefix: string | undefined;
afterEach(async () => {
  await started?.stop();
  if (prefix) await deletePrefix(TEST_REDIS_URL, prefix);
});

describe("routellm serve with server.batchRoutes", () => {
  it("accepts and lists batches on the server's own port", async () => {
    prefix = uniquePrefix("serve-batch");
    const config = parseConfig({
      models: [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }],
      server: { batchRoutes: true, logLevel: "silent" },
      batch: { redisUrl: TEST_REDIS_URL, queuePrefix: prefix },
    });
    started = await startServer({
      config,
      port: 0,
      host: "127.0.0.1",
      handleSignals: false,
      routerDependencies: { models: { local: new FakeChatModel("ok") } },
    });
    const submitted = await fetch(`${started.url}/v1/routellm/batches`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        prompts: [
          { id: "a", prompt: "hello" },
          { id: "b", prompt: "hi" },
        ],
      }),
    });
    expect(submitted.status).toBe(201);
    const { batch_id: batchId, enqueued } = (await submitted.json()) as { batch_id: string; enqueued: number };
    expect(enqueued).toBe(2);
    const listed = (await (await fetch(`${started.url}/v1/routellm/batches`)).json()) as { data: Array<{ id?: string; batchId?: string }> };
    expect(JSON.stringify(listed.data)).toContain(batchId);
  });
});
