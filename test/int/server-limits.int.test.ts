// Per-key rate limits and spend budgets kept in a real Redis, enforced together by two servers.
import { createHash } from "node:crypto";
import { Redis } from "ioredis";
import { pino } from "pino";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { serverSchema } from "../../src/config/sections/server.js";
import { createServer, type RouteLLMServer } from "../../src/server/index.js";
import { middayClock } from "../helpers/midday-clock.js";
import { testRedisUrl, uniqueKeyPrefix } from "../helpers/redis-url.js";
import { createFakeRouter } from "../unit/server-fake-router.js";

const redis = new Redis(testRedisUrl);
const servers: RouteLLMServer[] = [];
const sha = (value: string) => createHash("sha256").update(value).digest("hex");

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close(0)));
});
afterAll(async () => {
  await redis.quit();
});

function twoServers(auth: Record<string, unknown>, costUsd = 0) {
  const prefix = uniqueKeyPrefix("server-limits");
  // Both servers on one clock far from midnight: the daily budget cannot reset under a test.
  const clock = middayClock();
  const make = () => {
    const server = createServer({
      router: createFakeRouter({ costUsd }),
      settings: serverSchema.parse({ redisKeyPrefix: prefix, auth }),
      redis,
      env: {},
      logger: pino({ level: "silent" }),
      defaultMetrics: false,
      clock,
    });
    servers.push(server);
    return server;
  };
  return [make(), make()] as const;
}

const ask = (server: RouteLLMServer, key: string) =>
  server.app.inject({
    method: "POST",
    url: "/v1/chat/completions",
    payload: { model: "routellm/auto", messages: [{ role: "user", content: "hi" }] },
    headers: { authorization: `Bearer ${key}` },
  });

describe("limits shared through Redis", () => {
  it("counts one key's requests across servers against one rate limit", async () => {
    const [first, second] = twoServers({ keys: [{ name: "shared", sha256: sha("sk-shared"), rateLimit: { requestsPerMinute: 3 } }] });
    const statuses = [];
    for (const server of [first, second, first, second]) statuses.push((await ask(server, "sk-shared")).statusCode);
    // A new minute may start between two requests; then the window restarts and all pass.
    const limited = statuses.filter((status) => status === 429).length;
    expect(statuses.filter((status) => status !== 200 && status !== 429)).toEqual([]);
    expect(limited === 1 || statuses.every((status) => status === 200)).toBe(true);
    if (limited === 1) {
      expect(statuses.at(-1)).toBe(429);
      const retryAfter = (await ask(first, "sk-shared")).headers["retry-after"];
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(retryAfter)).toBeLessThanOrEqual(60);
    }
  });

  it("adds spend from every server to one daily budget", async () => {
    const [first, second] = twoServers({ keys: [{ name: "budget", sha256: sha("sk-budget"), budget: { usdPerDay: 1 } }] }, 0.4);
    expect((await ask(first, "sk-budget")).statusCode).toBe(200);
    expect((await ask(second, "sk-budget")).statusCode).toBe(200);
    expect((await ask(first, "sk-budget")).statusCode).toBe(200);
    // Spend is recorded just after each answer; wait for the last write to land.
    const deadline = Date.now() + 5000;
    let response = await ask(second, "sk-budget");
    while (response.statusCode === 200 && Date.now() < deadline) response = await ask(second, "sk-budget");
    expect(response.statusCode).toBe(429);
    expect(response.json().error.code).toBe("budget_exceeded");
  });

  it("reports Redis in readiness", async () => {
    const [server] = twoServers({});
    const report = await server.readiness();
    expect(report.redis).toBe("ok");
  });
});
