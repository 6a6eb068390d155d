// Issue #12 (minor): batch input that is not valid UTF-8 is rejected with the line named (never
// decoded into replacement characters and sent to a model), and `batch results --out -` writes to
// standard output instead of a file named "-".
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createBatchWorker } from "../../src/batch/index.js";
import { createFakeRouter } from "../helpers/batch-fake-router.js";
import { deletePrefix, TEST_REDIS_URL, uniquePrefix, waitFor } from "../helpers/batch-redis.js";
import { runCli } from "../helpers/batch-run-cli.js";

const prefix = uniquePrefix("sec-input");
const dir = mkdtempSync(join(tmpdir(), "routellm-sec-input-"));
const config = join(dir, "routellm.config.yaml");
const env = { ROUTELLM_REDIS_URL: TEST_REDIS_URL };
writeFileSync(
  config,
  ["models:", "  - id: local-small", "    provider: ollama", "    model: fake", "    tier: local", "batch:", `  queuePrefix: ${prefix}`, ""].join("\n"),
);

afterAll(async () => {
  await deletePrefix(TEST_REDIS_URL, prefix);
  rmSync(dir, { recursive: true, force: true });
});

const invalidUtf8File = () => {
  const file = join(dir, "mixed.jsonl");
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from('{"id":"a","prompt":"fine"}\n{"id":"b","prompt":"bad '),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('"}\n{"id":"c","prompt":"also fine"}\n'),
    ]),
  );
  return file;
};

describe("batch input and output", () => {
  it("rejects a line that is not valid UTF-8, naming it; --strict enqueues nothing", async () => {
    const strict = await runCli(["batch", "submit", invalidUtf8File(), "--config", config, "--strict"], env);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain("mixed.jsonl:2: line 2 is not valid UTF-8");

    const lenient = await runCli(["batch", "submit", invalidUtf8File(), "--config", config, "--json"], env);
    expect(lenient.code).toBe(0);
    const report = JSON.parse(lenient.stdout) as { enqueued: number; rejected: Array<{ line: number; reason: string }> };
    expect(report.enqueued).toBe(2);
    expect(report.rejected).toEqual([{ line: 2, reason: "line 2 is not valid UTF-8" }]);
  });

  it("writes results to standard output with --out -", async () => {
    const file = join(dir, "two.jsonl");
    writeFileSync(file, '{"id":"x","prompt":"one"}\n{"id":"y","prompt":"two"}\n');
    const submitted = await runCli(["batch", "submit", file, "--config", config], env);
    const batchId = submitted.stdout.trim();
    const worker = createBatchWorker({ router: createFakeRouter(), batch: { redisUrl: TEST_REDIS_URL, queuePrefix: prefix } });
    try {
      await waitFor(
        async () => JSON.parse((await runCli(["batch", "status", batchId, "--config", config, "--json"], env)).stdout).status === "completed",
        "the batch",
      );
    } finally {
      await worker.close({ graceMs: 500 });
    }
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const results = await runCli(["batch", "results", batchId, "--config", config, "--out", "-"], env);
      expect(results.code).toBe(0);
      expect(
        results.stdout
          .trim()
          .split("\n")
          .map((line) => (JSON.parse(line) as { answer: string }).answer),
      ).toEqual(["echo:one", "echo:two"]);
      expect(existsSync(join(dir, "-"))).toBe(false);
    } finally {
      process.chdir(cwd);
    }
  });
});
