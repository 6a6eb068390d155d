import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { BATCH_HTTP_PREFIX, createBatchQueue, createBatchWorker, registerBatchRoutes } from "../../src/batch/index.js";
import { toHttpError } from "../../src/server/http-errors.js";
import { createFakeRouter } from "../helpers/batch-fake-router.js";
import { deletePrefix, TEST_REDIS_URL, uniquePrefix, waitFor } from "../helpers/batch-redis.js";

describe("the batch API over HTTP", () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("submits, reports status, lists, returns JSONL results and deletes; errors map to 400/404", async () => {
    const prefix = uniquePrefix("http");
    const batch = { redisUrl: TEST_REDIS_URL, queuePrefix: prefix };
    const queue = createBatchQueue({ batch });
    const app: FastifyInstance = Fastify();
    app.setErrorHandler(async (error, _request, reply) => {
      const httpError = toHttpError(error);
      return reply.status(httpError.status).send(httpError.toBody());
    });
    const anonymous = { name: "anonymous", requestsPerMinute: undefined, usdPerDay: undefined, models: undefined };
    registerBatchRoutes(app, queue, { clientOf: () => anonymous, resolveTarget: () => ({ profile: "routellm/auto" }) });
    cleanups.push(
      () => deletePrefix(TEST_REDIS_URL, prefix),
      () => queue.close(),
      () => app.close(),
    );

    const bad = await app.inject({ method: "POST", url: BATCH_HTTP_PREFIX, payload: { jsonl: '{"id":"a","prompt":"x"}\n{oops', strict: true } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: "invalid_request" } });

    const created = await app.inject({
      method: "POST",
      url: BATCH_HTTP_PREFIX,
      payload: { prompts: [{ id: "a", prompt: "first" }, { id: "b", prompt: "second" }, { id: "b" }], name: "api" },
    });
    expect(created.statusCode).toBe(201);
    const { batch_id: batchId, enqueued, rejected } = created.json() as { batch_id: string; enqueued: number; rejected: unknown[] };
    expect([enqueued, rejected.length]).toEqual([2, 1]);

    const worker = createBatchWorker({ router: createFakeRouter(), batch, concurrency: 2 });
    cleanups.push(() => worker.close({ graceMs: 500 }));
    await waitFor(
      async () => (await app.inject({ method: "GET", url: `${BATCH_HTTP_PREFIX}/${batchId}` })).json().status === "completed",
      "completion over HTTP",
    );

    const listed = await app.inject({ method: "GET", url: BATCH_HTTP_PREFIX });
    expect((listed.json() as { data: Array<{ id: string; name: string }> }).data.map((info) => [info.id, info.name])).toEqual([[batchId, "api"]]);
    const results = await app.inject({ method: "GET", url: `${BATCH_HTTP_PREFIX}/${batchId}/results` });
    expect(results.headers["content-type"]).toContain("application/x-ndjson");
    expect(
      results.body
        .trim()
        .split("\n")
        .map((line) => (JSON.parse(line) as { id: string; answer: string }).answer),
    ).toEqual(["echo:first", "echo:second"]);

    expect((await app.inject({ method: "GET", url: `${BATCH_HTTP_PREFIX}/bnosuchbatch` })).statusCode).toBe(404);
    expect((await app.inject({ method: "POST", url: `${BATCH_HTTP_PREFIX}/bnosuchbatch/cancel` })).statusCode).toBe(404);
    expect((await app.inject({ method: "DELETE", url: `${BATCH_HTTP_PREFIX}/${batchId}` })).statusCode).toBe(204);
    expect((await app.inject({ method: "GET", url: `${BATCH_HTTP_PREFIX}/${batchId}` })).statusCode).toBe(404);
  });
});
