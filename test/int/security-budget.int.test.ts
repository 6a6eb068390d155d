// Issue #12 (minor): concurrent requests may overspend a key's daily budget by at most one request,
// with the Redis store (shared by processes) and with the in-memory store. Official SDK clients
// hammer one key through the real server until the server says the budget is spent.
import { Redis } from "ioredis";
import OpenAI from "openai";
import { afterAll, describe, expect, it } from "vitest";
import { deletePrefix, TEST_REDIS_URL, uniquePrefix } from "../helpers/batch-redis.js";
import { middayClock } from "../helpers/midday-clock.js";
import { sha256Hex, startSecurityServer, type SecurityServer } from "../helpers/security-server.js";

const KEY = "sk-budgeted";
const BUDGET = 0.05;
// 1000 $/M tokens; the upstream counts "hi" as 1 input token and "Cloud answer." as 2 output tokens.
const PRICING = { inputPer1M: 1000, outputPer1M: 1000 };
const prefix = uniquePrefix("sec-budget");
const servers: SecurityServer[] = [];

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await deletePrefix(TEST_REDIS_URL, prefix);
});

/** 24 clients send requests until the server answers that the budget is spent (not merely reserved). */
async function hammer(target: SecurityServer): Promise<{ answered: number; costs: number[] }> {
  const client = new OpenAI({ baseURL: `${target.url}/v1`, apiKey: KEY, maxRetries: 0 });
  const costs: number[] = [];
  const deadline = Date.now() + 30_000;
  const one = async () => {
    while (Date.now() < deadline) {
      try {
        const completion = await client.chat.completions.create({ model: "cloud", max_tokens: 8, messages: [{ role: "user", content: "hi" }] });
        const usage = completion.usage!;
        costs.push((usage.prompt_tokens * PRICING.inputPer1M + usage.completion_tokens * PRICING.outputPer1M) / 1_000_000);
      } catch (error) {
        if (!(error instanceof OpenAI.RateLimitError)) throw error;
        expect((error.error as { code?: string } | undefined)?.code ?? error.code).toBe("budget_exceeded");
        // Retry-After of a second: reserved by requests in flight; until tomorrow: spent.
        if (Number(error.headers?.get("retry-after")) > 60) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
    throw new Error("the budget was never reported spent");
  };
  await Promise.all(Array.from({ length: 24 }, one));
  return { answered: costs.length, costs };
}

function expectBoundedOverspend(costs: number[]): void {
  const spent = costs.reduce((sum, cost) => sum + cost, 0);
  const largest = Math.max(...costs);
  expect(spent).toBeGreaterThanOrEqual(BUDGET);
  // Overspend of at most one request (this test runs one server process).
  expect(spent).toBeLessThan(BUDGET + largest + 1e-9);
}

describe("concurrent requests against a small budget", () => {
  it("with the Redis store: the spend recorded in Redis stays within one request of the budget", async () => {
    const target = await startSecurityServer({
      clock: middayClock(),
      cloudPricing: PRICING,
      tokenDelayMs: 15,
      server: {
        redisUrl: TEST_REDIS_URL,
        redisKeyPrefix: `{${prefix}}:redis`,
        auth: { keys: [{ name: "budgeted", sha256: sha256Hex(KEY), budget: { usdPerDay: BUDGET } }] },
      },
    });
    servers.push(target);
    const { answered, costs } = await hammer(target);
    expect(answered).toBe(target.openai.requestsTo("/chat/completions").length);
    expectBoundedOverspend(costs);
    const redis = new Redis(TEST_REDIS_URL);
    try {
      const [spendKey] = await redis.keys(`{${prefix}}:redis:{budgeted}:spend:*`);
      const recorded = Number(await redis.get(spendKey!)) / 1_000_000;
      expect(recorded).toBeCloseTo(
        costs.reduce((sum, cost) => sum + cost, 0),
        5,
      );
      // No reservation left behind once every request settled.
      const [reservedKey] = await redis.keys(`{${prefix}}:redis:{budgeted}:reserved:*`);
      expect(reservedKey === undefined ? 0 : await redis.zcard(reservedKey)).toBe(0);
    } finally {
      redis.disconnect();
    }
  });

  it("with the in-memory store: the same bound", async () => {
    const target = await startSecurityServer({
      clock: middayClock(),
      cloudPricing: PRICING,
      tokenDelayMs: 15,
      server: { auth: { keys: [{ name: "budgeted", sha256: sha256Hex(KEY), budget: { usdPerDay: BUDGET } }] } },
    });
    servers.push(target);
    const { costs } = await hammer(target);
    expectBoundedOverspend(costs);
  });
});
