import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { fakeModelsConfig } from "../helpers/batch-fake-models.js";
import { createBatchQueue, createBatchWorker } from "../../src/batch/index.js";
import { createFakeRouter } from "../helpers/batch-fake-router.js";
import { spawnWorker, WORKER_READY_TIMEOUT_MS, type SpawnedWorker } from "../helpers/batch-spawn.js";
import { deletePrefix, promptLines, TEST_REDIS_URL, uniquePrefix, waitFor } from "../helpers/batch-redis.js";

describe("a worker process killed mid-batch", () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it(
    "loses and duplicates nothing: another worker recovers the stalled prompts and finishes",
    async () => {
      const prefix = uniquePrefix("sigkill");
      const timing = { lockDurationMs: 1_500, stalledIntervalMs: 500 };
      const batch = { redisUrl: TEST_REDIS_URL, queuePrefix: prefix, ...timing };
      const dir = mkdtempSync(join(tmpdir(), "routellm-sigkill-"));
      const configPath = join(dir, "routellm.config.yaml");
      writeFileSync(configPath, stringify({ ...fakeModelsConfig(), batch: { queuePrefix: prefix, ...timing } }));
      const queue = createBatchQueue({ batch });
      cleanups.push(
        () => deletePrefix(TEST_REDIS_URL, prefix),
        () => queue.close(),
        async () => rmSync(dir, { recursive: true, force: true }),
      );

      const { batchId } = await queue.submitText(promptLines(400));
      // The victim runs the real `routellm worker` path: config file, gated router graph, fake models.
      const victim: SpawnedWorker = await spawnWorker({ redisUrl: TEST_REDIS_URL, queuePrefix: prefix, concurrency: 8, delayMs: 20, configPath, ...timing });
      cleanups.push(async () => {
        victim.child.kill("SIGKILL");
      });
      await waitFor(async () => (await queue.status(batchId)).succeeded >= 60, "the first worker to make progress");
      victim.child.kill("SIGKILL");
      expect(await victim.exited).toBe("SIGKILL");
      const atKill = await queue.status(batchId);
      expect(atKill.status).toBe("running");
      const answeredAtKill = (await queue.results(batchId)).map((result) => result.id);
      // Its 8 in-flight prompts are locked by a dead worker until their lock expires.
      expect(await queue.queue.getActiveCount()).toBeGreaterThan(0);

      const router = createFakeRouter();
      const rescuer = createBatchWorker({ router, batch, concurrency: 8 });
      cleanups.push(() => rescuer.close({ graceMs: 500 }));
      await waitFor(async () => (await queue.status(batchId)).status === "completed", "the second worker to finish the batch");

      const results = await queue.results(batchId);
      expect(results).toHaveLength(400);
      expect(new Set(results.map((result) => result.id)).size).toBe(400);
      const status = await queue.status(batchId);
      expect(status).toMatchObject({ succeeded: 400, failed: 0 });
      expect(status.costUsd).toBeCloseTo(
        results.reduce((sum, result) => sum + result.cost, 0),
        9,
      );
      expect(atKill.succeeded + rescuer.processed()).toBe(400);
      // Jobs of 7 prompts (400 / 64 jobs): the rescuer re-ran the victim's unfinished jobs, never
      // (nor paid for) a prompt that already had its result.
      expect(answeredAtKill.filter((id) => router.calls.has(id))).toEqual([]);
      expect([...router.calls.values()].every((calls) => calls === 1)).toBe(true);
      expect(await queue.queue.getJobCounts("active", "waiting", "failed", "completed")).toEqual({ active: 0, waiting: 0, failed: 0, completed: 0 });
    },
    WORKER_READY_TIMEOUT_MS + 60_000,
  );
});
