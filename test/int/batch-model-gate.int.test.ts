import { afterEach, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { createModelGate } from "../../src/batch/model-gate.js";
import { createBatchKeys } from "../../src/batch/keys.js";
import { deletePrefix, TEST_REDIS_URL, uniquePrefix } from "../helpers/batch-redis.js";

describe("model gates shared through Redis", () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  const twoWorkers = (prefix: string) => {
    const first = new Redis(TEST_REDIS_URL);
    const second = new Redis(TEST_REDIS_URL);
    cleanups.push(
      () => deletePrefix(TEST_REDIS_URL, prefix),
      async () => void first.disconnect(),
      async () => void second.disconnect(),
    );
    const keys = createBatchKeys(prefix);
    const gateKeys = { rate: keys.rateLimit("gpt-4o"), concurrency: keys.concurrency("gpt-4o") };
    return { first, second, gateKeys };
  };

  it("counts requests per minute across workers", async () => {
    const prefix = uniquePrefix("gate-rpm");
    const { first, second, gateKeys } = twoWorkers(prefix);
    const limits = { requestsPerMinute: 3, leaseMs: 10_000 };
    const gateA = createModelGate(first, gateKeys, limits);
    const gateB = createModelGate(second, gateKeys, limits);
    expect([await gateA.tryRate(1), await gateB.tryRate(1), await gateA.tryRate(1)]).toEqual([0, 0, 0]);
    // The fourth request of the minute must wait for about a third of a minute to refill one request.
    expect(await gateB.tryRate(1)).toBeGreaterThan(10_000);
  });

  it("counts tokens per minute, and a 429 closes the model for every worker", async () => {
    const prefix = uniquePrefix("gate-tpm");
    const { first, second, gateKeys } = twoWorkers(prefix);
    const gateA = createModelGate(first, gateKeys, { tokensPerMinute: 1_000, leaseMs: 10_000 });
    const gateB = createModelGate(second, gateKeys, { tokensPerMinute: 1_000, leaseMs: 10_000 });
    expect(await gateA.tryRate(600)).toBe(0);
    expect(await gateB.tryRate(600)).toBeGreaterThan(0);
    expect(await gateB.tryRate(300)).toBe(0);

    const prefixCooldown = uniquePrefix("gate-429");
    const cooldown = twoWorkers(prefixCooldown);
    const cloudA = createModelGate(cooldown.first, cooldown.gateKeys, { leaseMs: 10_000, watchCooldown: true });
    const cloudB = createModelGate(cooldown.second, cooldown.gateKeys, { leaseMs: 10_000, watchCooldown: true });
    expect(await cloudB.tryRate(10)).toBe(0);
    await cloudA.closeFor(30_000);
    expect(await cloudB.tryRate(10)).toBeGreaterThan(20_000);
    // A call would wait longer than it may (its timeout is running): it fails at once, saying how long to wait.
    const patient = createModelGate(cooldown.second, cooldown.gateKeys, { leaseMs: 10_000, watchCooldown: true, maxWaitMs: 1_000, modelId: "gpt-4o" });
    await expect(patient.acquire(10)).rejects.toMatchObject({ code: "MODEL_RATE_LIMITED", retryable: true, details: { gate: true, model: "gpt-4o" } });
  });

  it("caps calls in flight across workers; a freed slot lets the next caller in", async () => {
    const prefix = uniquePrefix("gate-cap");
    const { first, second, gateKeys } = twoWorkers(prefix);
    const gateA = createModelGate(first, gateKeys, { maxConcurrency: 2, leaseMs: 10_000 });
    const gateB = createModelGate(second, gateKeys, { maxConcurrency: 2, leaseMs: 10_000 });
    const one = await gateA.acquire(1);
    await gateB.acquire(1);
    expect(await first.zcard(gateKeys.concurrency)).toBe(2);
    let thirdAdmitted = false;
    const third = gateB.acquire(1).then((lease) => {
      thirdAdmitted = true;
      return lease;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(thirdAdmitted).toBe(false);
    await one.release();
    await (await third).release();
    expect(thirdAdmitted).toBe(true);
    expect(await first.zcard(gateKeys.concurrency)).toBe(1);
  });
});
