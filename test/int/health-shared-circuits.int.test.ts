// health.shared: a circuit opened by one process (router) is open in every other one within
// health.sharedSyncMs, so no replica keeps calling the failing model; a successful trial clears it.
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { createRouterFromConfig, parseConfig, toLoadedConfig, type Router } from "../../src/index.js";
import { createCircuitBreakers } from "../../src/policies/circuit-breaker.js";
import { createSharedCircuits } from "../../src/stores/shared-circuits.js";
import { FakeChatModel } from "../helpers/fake-chat-model.js";
import { testRedisUrl, uniqueKeyPrefix } from "../helpers/redis-url.js";
import { fourModelConfig } from "../helpers/router-fixtures.js";

const admin = new Redis(testRedisUrl);
const routers: Router[] = [];
const prefixes: string[] = [];

afterAll(async () => {
  await Promise.all(routers.map((router) => router.close()));
  for (const prefix of prefixes) {
    const keys = await admin.keys(`{${prefix.replace(/:$/, "")}}:*`);
    if (keys.length > 0) await admin.unlink(...keys);
  }
  admin.disconnect();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("shared circuits (health.shared)", () => {
  it("opens a failing model's circuit in every router sharing the Redis, and the others stop calling it", async () => {
    const keyPrefix = uniqueKeyPrefix("circuits");
    prefixes.push(keyPrefix);
    const config = parseConfig(
      fourModelConfig({
        health: { retryBaseMs: 0, failureThreshold: 2, openMs: 60_000, shared: true, sharedSyncMs: 50, keyPrefix, redisUrl: testRedisUrl },
        ladder: ["llama", "mini"],
        models: fourModelConfig().models!.filter((model) => model.id === "llama" || model.id === "mini"),
      }),
    );
    const broken = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:11434"), { code: "ECONNREFUSED" });
    let llamaCallsOnB = 0;
    const routerA = await createRouterFromConfig(toLoadedConfig(config), {
      models: { llama: new FakeChatModel(broken), mini: new FakeChatModel("cloud answer") },
    });
    const routerB = await createRouterFromConfig(toLoadedConfig(config), {
      models: {
        llama: new FakeChatModel(() => {
          llamaCallsOnB += 1;
          return "local answer";
        }),
        mini: new FakeChatModel("cloud answer"),
      },
    });
    routers.push(routerA, routerB);
    for (let index = 0; index < 4 && routerA.health().find((health) => health.modelId === "llama")?.circuit !== "open"; index += 1)
      await routerA.invoke("hello there").catch(() => undefined);
    expect(routerA.health().find((health) => health.modelId === "llama")?.circuit).toBe("open");
    await sleep(300);
    expect(routerB.health().find((health) => health.modelId === "llama")?.circuit).toBe("open");
    for (let index = 0; index < 5; index += 1) expect((await routerB.invoke("hello there")).model).toBe("mini");
    expect(llamaCallsOnB).toBe(0);
    const ttl = await admin.pttl(`{${keyPrefix.replace(/:$/, "")}}:circuit:llama`);
    expect(ttl).toBeGreaterThan(50_000);
  });

  it("a successful trial deletes the shared circuit; a circuit opened elsewhere is never shortened locally", async () => {
    const keyPrefix = uniqueKeyPrefix("circuits");
    prefixes.push(keyPrefix);
    const redis = new Redis(testRedisUrl);
    let now = 1_000_000;
    const clock = { now: () => now };
    const syncA = createSharedCircuits({ redis, ownsClient: false, keyPrefix, openMs: 1000, syncMs: 50 });
    const syncB = createSharedCircuits({ redis, ownsClient: true, keyPrefix, openMs: 1000, syncMs: 50 });
    const breakersA = createCircuitBreakers(
      { failureThreshold: 1, openMs: 1000, onChange: (id, state) => (state === "open" ? syncA.opened(id) : syncA.closed(id)) },
      clock,
    );
    const breakersB = createCircuitBreakers({ failureThreshold: 1, openMs: 1000 }, clock);
    syncB.start(breakersB, ["m"]);
    breakersA.recordFailure("m");
    await sleep(200);
    expect(breakersB.state("m")).toBe("open");
    breakersB.openFor("m", 10); // a shorter report does not shorten it
    now += 500;
    expect(breakersB.state("m")).toBe("open");
    now += 1000; // A's circuit is half-open: its trial succeeds and clears the shared key
    expect(breakersA.tryAcquire("m")).toBe(true);
    breakersA.recordSuccess("m");
    await sleep(100);
    expect(await redis.exists(`{${keyPrefix.replace(/:$/, "")}}:circuit:m`)).toBe(0);
    await Promise.all([syncA.close(), syncB.close()]);
  });
});
