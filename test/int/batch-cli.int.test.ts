import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBatchWorker } from "../../src/batch/index.js";
import { createFakeRouter } from "../helpers/batch-fake-router.js";
import { runCli } from "../helpers/batch-run-cli.js";
import { deletePrefix, promptLines, TEST_REDIS_URL, uniquePrefix } from "../helpers/batch-redis.js";
import { freePort } from "../helpers/batch-redis-server.js";

describe("routellm batch (CLI)", () => {
  const prefix = uniquePrefix("cli");
  const dir = mkdtempSync(join(tmpdir(), "routellm-batch-cli-"));
  const config = join(dir, "routellm.config.yaml");
  const env = { ROUTELLM_REDIS_URL: TEST_REDIS_URL };
  let redis: Redis;
  const keyCount = async () => (await redis.keys(`{${prefix}}:*`)).length;

  beforeAll(() => {
    writeFileSync(
      config,
      ["models:", "  - id: local-small", "    provider: ollama", "    model: fake", "    tier: local", "batch:", `  queuePrefix: ${prefix}`, ""].join("\n"),
    );
    redis = new Redis(TEST_REDIS_URL);
  });
  afterAll(async () => {
    await deletePrefix(TEST_REDIS_URL, prefix);
    redis.disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it("rejects bad lines with a per-line report; --strict enqueues nothing (exit 2)", async () => {
    const file = join(dir, "bad.jsonl");
    writeFileSync(file, ['{"id":"a","prompt":"fine"}', "{oops", '{"id":"b"}', '{"id":"a","prompt":"again"}'].join("\n"));
    const strict = await runCli(["batch", "submit", file, "--config", config, "--strict"], env);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain("bad.jsonl:2: not valid JSON");
    expect(strict.stderr).toContain('bad.jsonl:3: id "b": needs exactly one of "prompt" or "messages"');
    expect(strict.stderr).toContain('bad.jsonl:4: id "a": duplicate id');
    expect(strict.stderr).toContain("INVALID_REQUEST: 3 of 4 line(s) invalid; nothing was enqueued (--strict)");
    expect(strict.stdout).toBe("");
    expect(await keyCount()).toBe(0);

    const allBadFile = join(dir, "all-bad.jsonl");
    writeFileSync(allBadFile, "{oops\n[]\n");
    const allBad = await runCli(["batch", "submit", allBadFile, "--config", config], env);
    expect(allBad.code).toBe(2);
    expect(allBad.stderr).toContain("no valid line");
    expect(await keyCount()).toBe(0);
  });

  it("fails clearly on an unknown batch id (exit 1)", async () => {
    const status = await runCli(["batch", "status", "bunknown0000", "--config", config], env);
    const results = await runCli(["batch", "results", "../../etc", "--config", config], env);
    const cancel = await runCli(["batch", "cancel", "bunknown0000", "--config", config], env);
    for (const run of [status, results, cancel]) {
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/BATCH_NOT_FOUND: no batch with id "[^"]+"/);
    }
  });

  it("fails clearly when Redis is dead at start, writing nothing (exit 1)", async () => {
    const deadUrl = `redis://127.0.0.1:${await freePort()}`;
    const file = join(dir, "ok.jsonl");
    writeFileSync(file, promptLines(3));
    const submit = await runCli(["batch", "submit", file, "--config", config], { ROUTELLM_REDIS_URL: deadUrl });
    const worker = await runCli(["worker", "--config", config], { ROUTELLM_REDIS_URL: deadUrl });
    for (const run of [submit, worker]) {
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`STORE_UNAVAILABLE: cannot reach Redis at ${deadUrl} (ECONNREFUSED)`);
    }
    expect(submit.stdout).toBe("");
  });

  it("submits, reports status, writes results as JSONL and deletes the batch after collection", async () => {
    const file = join(dir, "ten.jsonl");
    writeFileSync(file, `${promptLines(10)}\nnot json\n`);
    const submit = await runCli(["batch", "submit", file, "--config", config, "--name", "ten", "--priority", "3"], env);
    expect(submit.code).toBe(0);
    expect(submit.stderr).toContain("ten.jsonl:11: not valid JSON");
    expect(submit.stderr).toContain("1 invalid line(s) skipped; 10 prompt(s) enqueued");
    const batchId = submit.stdout.trim();
    expect(batchId).toMatch(/^b[0-9a-z]+$/);

    const router = createFakeRouter();
    const worker = createBatchWorker({ router, batch: { redisUrl: TEST_REDIS_URL, queuePrefix: prefix }, concurrency: 4 });
    try {
      for (let tries = 0; tries < 100 && router.calls.size < 10; tries += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      await worker.close({ graceMs: 1_000 });
    }

    const status = await runCli(["batch", "status", batchId, "--config", config], env);
    const list = await runCli(["batch", "list", "--config", config], env);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain("status     completed");
    expect(status.stdout).toContain("100.0%  10/10");
    expect(status.stdout).toContain("rejected lines 1");
    expect(list.stdout).toContain(batchId);
    expect(list.stdout).toMatch(/completed\s+10\/10/);

    const out = join(dir, "results.jsonl");
    const results = await runCli(["batch", "results", batchId, "--config", config, "--out", out, "--delete"], env);
    expect(results.code).toBe(0);
    const lines = readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.id)).toEqual(Array.from({ length: 10 }, (_, index) => `p-${index}`));
    expect(Object.keys(lines[0]!)).toEqual(["id", "answer", "model", "tier", "escalations", "usage", "cost", "attempts", "error"]);
    // Collected and deleted: only BullMQ's fixed per-queue keys are left (no job, no batch, no result).
    const left = (await redis.keys(`{${prefix}}:*`)).map((key) => key.slice(prefix.length + 3)).sort();
    expect(left.filter((key) => !/^prompts:(meta|events|stalled-check|id|marker)$/.test(key))).toEqual([]);
  });
});
