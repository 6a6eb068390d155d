// `routellm serve --workers 2`: the process-local bandit store is refused at start; with the Redis
// store, feedback reaches the decision whichever worker answered, even within the write-behind window.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOpenAIServer } from "../helpers/openai-server.js";
import { testRedisUrl, uniqueKeyPrefix } from "../helpers/redis-url.js";
import { runCli } from "../helpers/run-cli.js";
import type { ProtocolServer } from "../helpers/scripted-http-server.js";
import { startServeProcess, type ServeProcess } from "../helpers/serve-process.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";

let upstream: ProtocolServer;
let served: ServeProcess | undefined;
const banditPrefix = uniqueKeyPrefix("cluster-feedback");

const configYaml = (store: string[]) =>
  [
    "models:",
    "  - id: cloud-a",
    "    provider: openai-compatible",
    `    baseUrl: ${upstream.url}`,
    "    model: gpt-4o-mini",
    "    tier: cloud",
    "    apiKeyEnv: ROUTELLM_TEST_CLUSTER_UPSTREAM_KEY",
    "verifiers:",
    "  agreement:",
    "    enabled: false",
    "bandit:",
    "  store:",
    ...store.map((line) => `    ${line}`),
    "server:",
    "  logLevel: warn",
    "",
  ].join("\n");

beforeAll(async () => {
  upstream = await startOpenAIServer({ defaultText: "answer" });
});

afterAll(async () => {
  await served?.stop();
  await upstream.close();
  const admin = new Redis(testRedisUrl);
  const keys = await admin.keys(`{${banditPrefix.slice(0, -1)}}:*`);
  if (keys.length > 0) await admin.unlink(...keys);
  admin.disconnect();
});

describe("routellm serve --workers 2", () => {
  it("refuses the memory bandit store with CONFIG_INVALID naming bandit.store.type and the fix", async () => {
    const dir = mkdtempSync(join(tmpdir(), "routellm-memory-"));
    const config = join(dir, "routellm.config.yaml");
    writeFileSync(config, configYaml(["type: memory"]));
    const result = await runCli(["serve", "--config", config, "--port", "0", "--workers", "2"], { timeoutMs: 30_000 });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("CONFIG_INVALID");
    expect(result.stderr).toContain("bandit.store.type");
    expect(result.stderr).toContain("bandit.store.type: redis");
  }, 40_000);

  it("accepts feedback sent at once to any worker for 20 of 20 answers (Redis store, 20 ms write-behind)", async () => {
    served = await startServeProcess(
      configYaml(["type: redis", `url: ${testRedisUrl}`, `keyPrefix: "${banditPrefix}"`, "writeBehindMs: 20"]),
      ["--workers", "2"],
      { ROUTELLM_TEST_CLUSTER_UPSTREAM_KEY: "sk-up" },
    );
    expect(served.workerPids()).toHaveLength(2);
    const statuses: number[] = [];
    for (let index = 0; index < 20; index += 1) {
      // `connection: close` makes every request a new connection, which the cluster primary hands to the workers in turn.
      const answer = await fetch(`${served.url}/v1/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json", connection: "close" },
        body: JSON.stringify({ model: "routellm/auto", messages: [{ role: "user", content: `question ${index}` }] }),
      });
      expect(answer.status).toBe(200);
      const requestId = answer.headers.get("x-routellm-request-id");
      await answer.text();
      const feedback = await fetch(`${served.url}/v1/feedback`, {
        method: "POST",
        headers: { "content-type": "application/json", connection: "close" },
        body: JSON.stringify({ request_id: requestId, score: 1 }),
      });
      statuses.push(feedback.status);
      await feedback.text();
    }
    expect(statuses).toEqual(Array.from({ length: 20 }, () => 200));
  }, 180_000);
});
