import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import type { RouteLLMServer } from "../../src/server/index.js";
import { buildServer, chatBody } from "./server-test-kit.js";

let current: RouteLLMServer | undefined;
afterEach(async () => {
  await current?.close(0);
  current = undefined;
});

const sha = (value: string) => createHash("sha256").update(value).digest("hex");

function setup(server: Record<string, unknown>, env: NodeJS.ProcessEnv = {}, clock?: { now(): number }) {
  const built = buildServer({ server, env, ...(clock === undefined ? {} : { clock }) });
  current = built.server;
  return built;
}

const post = (server: RouteLLMServer, key?: string, extra: Record<string, unknown> = {}) =>
  server.app.inject({
    method: "POST",
    url: "/v1/chat/completions",
    payload: chatBody(extra),
    headers: key === undefined ? {} : { authorization: `Bearer ${key}` },
  });

describe("client API keys", () => {
  it("accepts a key given by its SHA-256 in the config and rejects others with 401", async () => {
    const { server } = setup({ auth: { keys: [{ name: "team-a", sha256: sha("sk-team-a") }] } });
    expect((await post(server, "sk-team-a")).statusCode).toBe(200);
    const wrong = await post(server, "sk-wrong");
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toMatchObject({ type: "authentication_error", code: "invalid_api_key" });
    expect((await post(server)).statusCode).toBe(401);
    expect((await server.app.inject({ method: "GET", url: "/v1/models" })).statusCode).toBe(401);
  });

  it("reads keys from the environment (named entry and comma-separated list) without echoing them", async () => {
    const { server } = setup({ auth: { keys: [{ name: "ops", env: "OPS_KEY" }] } }, { OPS_KEY: "sk-ops", ROUTELLM_API_KEYS: "ci:sk-ci,sk-plain" });
    for (const key of ["sk-ops", "sk-ci", "sk-plain"]) expect((await post(server, key)).statusCode).toBe(200);
    const wrong = await post(server, "sk-ops-typo");
    expect(wrong.body).not.toContain("sk-ops");
  });

  it("leaves the endpoints open when no key is configured, and never protects /healthz", async () => {
    const { server } = setup({});
    expect((await post(server)).statusCode).toBe(200);
    const closed = setup({ auth: { keys: [{ name: "a", sha256: sha("k") }] } }).server;
    expect((await closed.app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
  });

  it("restricts a key to its listed targets with 403", async () => {
    const { server } = setup({ auth: { keys: [{ name: "local", sha256: sha("sk-l"), models: ["routellm/local-only"] }] } });
    expect((await post(server, "sk-l", { model: "routellm/local-only" })).statusCode).toBe(200);
    const denied = await post(server, "sk-l", { model: "cloud-big" });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe("model_not_allowed");
    const models = await server.app.inject({ method: "GET", url: "/v1/models", headers: { authorization: "Bearer sk-l" } });
    expect(models.json().data.map((model: { id: string }) => model.id)).toEqual(["routellm/local-only"]);
  });
});

describe("per-key limits (in-process store)", () => {
  it("answers 429 with Retry-After past the requests-per-minute limit, and admits again in the next minute", async () => {
    let now = Date.UTC(2026, 0, 1, 12, 0, 10);
    const { server } = setup({ auth: { keys: [{ name: "a", sha256: sha("sk-a"), rateLimit: { requestsPerMinute: 2 } }] } }, {}, { now: () => now });
    expect((await post(server, "sk-a")).statusCode).toBe(200);
    expect((await post(server, "sk-a")).statusCode).toBe(200);
    const limited = await post(server, "sk-a");
    expect(limited.statusCode).toBe(429);
    expect(limited.headers["retry-after"]).toBe("50");
    expect(limited.json().error).toMatchObject({ type: "rate_limit_error", code: "rate_limit_exceeded" });
    now += 60_000;
    expect((await post(server, "sk-a")).statusCode).toBe(200);
  });

  it("stops a key once its daily spend budget is used up", async () => {
    const built = buildServer({ script: { costUsd: 0.6 }, server: { auth: { keys: [{ name: "b", sha256: sha("sk-b"), budget: { usdPerDay: 1 } }] } } });
    current = built.server;
    expect((await post(built.server, "sk-b")).statusCode).toBe(200);
    expect((await post(built.server, "sk-b")).statusCode).toBe(200);
    const over = await post(built.server, "sk-b");
    expect(over.statusCode).toBe(429);
    expect(over.json().error).toMatchObject({ type: "insufficient_quota", code: "budget_exceeded" });
    expect(Number(over.headers["retry-after"])).toBeGreaterThan(0);
  });
});

describe("server config section", () => {
  it("asks for exactly one of sha256 or env per key, and names the bad field", async () => {
    const { parseConfig } = await import("../../src/index.js");
    const models = [{ id: "m", provider: "ollama", model: "llama3.1:8b", tier: "local" }];
    expect(() => parseConfig({ models, server: { auth: { keys: [{ name: "a" }] } } })).toThrow(/server\.auth\.keys\[0\]: give exactly one of sha256 or env/);
    expect(() => parseConfig({ models, server: { auth: { keys: [{ name: "a", sha256: "abc" }] } } })).toThrow(/server\.auth\.keys\[0\]\.sha256/);
    const config = parseConfig({ models, server: { port: 9000 } });
    expect(config.server).toMatchObject({
      port: 9000,
      host: "127.0.0.1",
      bodyLimitBytes: 1_048_576,
      debugPromptLogging: false,
      workers: 1,
      shutdownDeadlineMs: 10_000,
    });
  });
});

describe("limit store failures", () => {
  it("answers 503 with Retry-After, not 500, when the limit store is down", async () => {
    const { createServer } = await import("../../src/server/index.js");
    const { serverSchema } = await import("../../src/config/sections/server.js");
    const { createFakeRouter } = await import("./server-fake-router.js");
    const { pino } = await import("pino");
    const brokenRedis = { on: () => brokenRedis, eval: async () => Promise.reject(new Error("connect ECONNREFUSED redis://secret@host")) };
    const server = createServer({
      router: createFakeRouter(),
      settings: serverSchema.parse({ auth: { keys: [{ name: "a", sha256: sha("sk-a"), rateLimit: { requestsPerMinute: 5 } }] } }),
      redis: brokenRedis as never,
      env: {},
      logger: pino({ level: "silent" }),
      defaultMetrics: false,
    });
    current = server;
    const response = await post(server, "sk-a");
    expect(response.statusCode).toBe(503);
    expect(response.headers["retry-after"]).toBe("5");
    expect(response.body).not.toContain("secret");
  });
});
