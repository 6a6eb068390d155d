// Issue #12 item 11: a batch belongs to the key that submitted it, and its prompts are limited and
// charged like online requests (model restrictions, rate limit, budget). Real server, real
// BullMQ worker, local protocol servers recording what reached each model.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBatchWorker, type BatchWorker } from "../../src/batch/index.js";
import { createRouter, type Router } from "../../src/index.js";
import { deletePrefix, TEST_REDIS_URL, uniquePrefix, waitFor } from "../helpers/batch-redis.js";
import { middayClock } from "../helpers/midday-clock.js";
import { sha256Hex, startSecurityServer, type SecurityServer } from "../helpers/security-server.js";

const prefix = uniquePrefix("sec-batch");
const keys = { alice: "sk-alice", bob: "sk-bob", local: "sk-local-only", spender: "sk-spender", slow: "sk-slow" };
let target: SecurityServer;
let router: Router;
let worker: BatchWorker;

beforeAll(async () => {
  // The server and the worker share one clock, far from midnight: the budget test must not see the day's spend reset.
  const clock = middayClock();
  target = await startSecurityServer({
    clock,
    // 1000 $/M tokens: one short prompt and answer (about 7 tokens) cost more than the 0.1 cent budget.
    cloudPricing: { inputPer1M: 1000, outputPer1M: 1000 },
    server: {
      batchRoutes: true,
      // Inside the batch prefix's hash tag, so the test's cleanup removes the limit keys too.
      redisKeyPrefix: `{${prefix}}:limits`,
      auth: {
        keys: [
          { name: "alice", sha256: sha256Hex(keys.alice) },
          { name: "bob", sha256: sha256Hex(keys.bob) },
          { name: "local", sha256: sha256Hex(keys.local), models: ["routellm/local-only"] },
          { name: "spender", sha256: sha256Hex(keys.spender), budget: { usdPerDay: 0.001 } },
          { name: "slow", sha256: sha256Hex(keys.slow), rateLimit: { requestsPerMinute: 2 } },
        ],
      },
    },
    batch: { redisUrl: TEST_REDIS_URL, queuePrefix: prefix, backoffMs: 50 },
  });
  router = createRouter(target.config);
  worker = createBatchWorker({ router, batch: target.config.batch, concurrency: 4, env: {}, clock });
  await worker.waitUntilReady();
});
afterAll(async () => {
  await worker?.close({ graceMs: 500 });
  await router?.close();
  await target?.stop();
  await deletePrefix(TEST_REDIS_URL, prefix);
});

const call = (key: string, method: string, path: string, body?: unknown) =>
  fetch(`${target.url}/v1/routellm/batches${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

async function submit(key: string, body: Record<string, unknown>): Promise<string> {
  const response = await call(key, "POST", "", body);
  expect(response.status).toBe(201);
  return ((await response.json()) as { batch_id: string }).batch_id;
}

const status = async (key: string, id: string) =>
  (await (await call(key, "GET", `/${id}`)).json()) as { status: string; succeeded: number; failed: number; retries: number };
const prompts = (count: number, label: string) =>
  Array.from({ length: count }, (_, index) => ({ id: `${label}-${index}`, prompt: `question ${label} ${index}` }));
const upstreamPrompts = (label: string) =>
  [...target.openai.requestsTo("/chat/completions"), ...target.ollama.requestsTo("/api/chat")].filter((request) =>
    request.rawBody.includes(`question ${label} `),
  );

describe("batch tenant isolation", () => {
  it("lists, reads, cancels and deletes only the key's own batches; others' answer 404", async () => {
    const alices = await submit(keys.alice, { prompts: prompts(2, "alice"), name: "alice-batch" });
    await waitFor(async () => (await status(keys.alice, alices)).status === "completed", "alice's batch");
    const bobs = await submit(keys.bob, { prompts: prompts(1, "bob") });

    const bobList = (await (await call(keys.bob, "GET", "")).json()) as { data: Array<{ id: string }> };
    expect(bobList.data.map((batch) => batch.id)).toEqual([bobs]);
    const aliceList = (await (await call(keys.alice, "GET", "")).json()) as { data: Array<{ id: string; owner: string }> };
    expect(aliceList.data.map((batch) => [batch.id, batch.owner])).toEqual([[alices, "alice"]]);

    for (const [method, path] of [
      ["GET", `/${alices}`],
      ["GET", `/${alices}/results`],
      ["POST", `/${alices}/cancel`],
      ["DELETE", `/${alices}`],
    ] as const) {
      const response = await call(keys.bob, method, path);
      expect({ method, path, status: response.status }).toEqual({ method, path, status: 404 });
    }
    const results = await (await call(keys.alice, "GET", `/${alices}/results`)).text();
    expect(results.trim().split("\n")).toHaveLength(2);
    expect((await call(keys.alice, "DELETE", `/${alices}`)).status).toBe(204);
  });

  it("applies the key's model restriction to the batch and routes its prompts with the allowed target", async () => {
    expect((await call(keys.local, "POST", "", { prompts: prompts(1, "denied"), model: "cloud" })).status).toBe(403);
    // The default profile (routellm/auto) is not among this key's targets either.
    expect((await call(keys.local, "POST", "", { prompts: prompts(1, "denied") })).status).toBe(403);
    const id = await submit(keys.local, { prompts: prompts(3, "localonly"), model: "routellm/local-only" });
    await waitFor(async () => (await status(keys.local, id)).status === "completed", "the local-only batch");
    expect(target.openai.requestsTo("/chat/completions").filter((request) => request.rawBody.includes("question localonly"))).toHaveLength(0);
    expect(upstreamPrompts("localonly")).toHaveLength(3);
    expect(upstreamPrompts("denied")).toHaveLength(0);
  });

  it("charges the prompts to the key's budget: once it is spent, the rest fail with BUDGET_EXCEEDED and reach no model", async () => {
    const id = await submit(keys.spender, { prompts: prompts(6, "spend"), model: "cloud" });
    await waitFor(async () => (await status(keys.spender, id)).status === "completed", "the budget batch", 30_000);
    const lines = (await (await call(keys.spender, "GET", `/${id}/results`)).text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { error: { code: string } | null; cost: number });
    const answered = lines.filter((line) => line.error === null);
    expect(answered).toHaveLength(1);
    expect(lines.filter((line) => line.error?.code === "BUDGET_EXCEEDED")).toHaveLength(5);
    expect(upstreamPrompts("spend")).toHaveLength(1);
    // Online requests of the same key now meet the same spent budget.
    const online = await fetch(`${target.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${keys.spender}`, "content-type": "application/json" },
      body: JSON.stringify({ model: "cloud", messages: [{ role: "user", content: "one more" }] }),
    });
    expect(online.status).toBe(429);
  });

  it("counts the prompts against the key's rate limit: the rest wait for the next minute", async () => {
    const id = await submit(keys.slow, { prompts: prompts(8, "rate"), model: "local" });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const progress = await status(keys.slow, id);
    // Two a minute (four if a minute boundary fell inside the wait); the others were deferred.
    expect(progress.succeeded).toBeGreaterThanOrEqual(1);
    expect(progress.succeeded).toBeLessThanOrEqual(4);
    expect(progress.retries).toBeGreaterThan(0);
    expect(upstreamPrompts("rate").length).toBeLessThanOrEqual(4);
    expect((await call(keys.slow, "POST", `/${id}/cancel`)).status).toBe(200);
  });
});
