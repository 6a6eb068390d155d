// `routellm serve --workers 2`: Node's cluster module, limits shared through Redis, graceful SIGTERM.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../helpers/free-port.js";
import { startOpenAIServer } from "../helpers/openai-server.js";
import type { ProtocolServer } from "../helpers/scripted-http-server.js";
import { testRedisUrl, uniqueKeyPrefix } from "../helpers/redis-url.js";

let upstream: ProtocolServer;
let child: ChildProcess;
let baseUrl: string;
let stderr = "";
let metricsPort: number;

beforeAll(async () => {
  upstream = await startOpenAIServer({ defaultText: "clustered answer" });
  const dir = mkdtempSync(join(tmpdir(), "routellm-cluster-"));
  const config = join(dir, "routellm.config.yaml");
  metricsPort = await freePort();
  writeFileSync(
    config,
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
      "    type: redis",
      `    url: ${testRedisUrl}`,
      `    keyPrefix: "${uniqueKeyPrefix("server-cluster-bandit")}"`,
      "server:",
      `  metricsPort: ${metricsPort}`,
      `  redisUrl: ${testRedisUrl}`,
      `  redisKeyPrefix: "${uniqueKeyPrefix("server-cluster")}"`,
      "  logLevel: warn",
      "  shutdownDeadlineMs: 2000",
      "  auth:",
      "    defaultRateLimit:",
      "      requestsPerMinute: 6",
      "",
    ].join("\n"),
  );
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve", "--config", config, "--port", String(port), "--workers", "2"], {
    env: { ...process.env, ROUTELLM_TEST_CLUSTER_UPSTREAM_KEY: "sk-up", ROUTELLM_API_KEYS: "cluster:sk-cluster-client" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  while (!stderr.includes("serving on")) {
    if (child.exitCode !== null) throw new Error(`routellm serve exited: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}, 150_000); // three processes load the TypeScript sources through tsx

afterAll(async () => {
  if (child.exitCode === null) {
    child.kill("SIGKILL");
    await once(child, "exit");
  }
  await upstream.close();
});

function workerPids(): number[] {
  return readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
}

const ask = () =>
  fetch(`${baseUrl}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer sk-cluster-client", connection: "close" },
    body: JSON.stringify({ model: "routellm/auto", messages: [{ role: "user", content: "hi" }] }),
  });

describe("routellm serve --workers 2", () => {
  it("serves from two worker processes that share one rate limit through Redis", async () => {
    expect(workerPids()).toHaveLength(2);
    // server.memory reaches the workers' node command line.
    for (const pid of workerPids())
      expect(readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")).toEqual(
        expect.arrayContaining(["--max-semi-space-size=1", "--heap-growing-percent=20"]),
      );
    const statuses: number[] = [];
    for (let index = 0; index < 8; index += 1) {
      const response = await ask();
      statuses.push(response.status);
      if (response.status === 200)
        expect(((await response.json()) as { choices: Array<{ message: { content: string } }> }).choices[0]?.message.content).toBe("clustered answer");
      else await response.text();
    }
    expect(statuses.every((status) => status === 200 || status === 429)).toBe(true);
    // 6 per minute for the key across both workers: 2 of 8 are refused (more pass only if a new minute began mid-test).
    const refused = statuses.filter((status) => status === 429).length;
    expect(refused === 2 || (refused < 2 && statuses.slice(0, 6).every((status) => status === 200))).toBe(true);
    expect((await fetch(`${baseUrl}/v1/models`)).status).toBe(401);
    const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    const served = [...metrics.matchAll(/routellm_requests_total\{route="\/v1\/chat\/completions",status="(\d+)"\} (\d+)/g)].reduce(
      (sum, match) => sum + Number(match[2]),
      0,
    );
    expect(served).toBe(8);
  });

  it("shuts down on SIGTERM, workers included", async () => {
    const workers = workerPids();
    child.kill("SIGTERM");
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
    for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
  });
});
