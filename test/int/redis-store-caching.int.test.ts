// The Redis bandit store's read cache, write-behind batches and EVALSHA scripts against a real Redis.
import { Redis } from "ioredis";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createRedisBanditStore, type RedisBanditStore } from "../../src/stores/redis-bandit-store.js";
import { testRedisUrl, uniqueKeyPrefix } from "../helpers/redis-url.js";

const opened: RedisBanditStore[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) {
    await store.reset().catch(() => undefined);
    await store.close();
  }
});

function openStore(keyPrefix: string, readCacheMs = 0, now?: () => number, writeBehindMs = 0, url = testRedisUrl): RedisBanditStore {
  const store = createRedisBanditStore({ url, keyPrefix, readCacheMs, writeBehindMs, commandTimeoutMs: 500, connectTimeoutMs: 500, ...(now ? { now } : {}) });
  opened.push(store);
  return store;
}

describe("Redis bandit store: read cache", () => {
  it("serves a bucket from the cache until it expires, with this process's own updates applied at once", async () => {
    const keyPrefix = uniqueKeyPrefix("bandit-cache");
    let clock = 1_000;
    const cached = openStore(keyPrefix, 100, () => clock);
    const other = openStore(keyPrefix);
    await other.update("math|easy", "llama", 1);
    expect(await cached.getArms("math|easy", ["llama", "gpt4o"])).toEqual(new Map([["llama", { successes: 1, failures: 0 }]]));

    await other.update("math|easy", "llama", 0);
    await cached.update("math|easy", "gpt4o", 1);
    // Another process's update is not seen yet; this one's own is.
    expect(await cached.getArms("math|easy", ["llama", "gpt4o"])).toEqual(
      new Map([
        ["llama", { successes: 1, failures: 0 }],
        ["gpt4o", { successes: 1, failures: 0 }],
      ]),
    );
    // Expired: the stale copy answers at once while it is read again in the background.
    clock += 100;
    expect((await cached.getArms("math|easy", ["llama"])).get("llama")).toEqual({ successes: 1, failures: 0 });
    await vi.waitFor(async () =>
      expect(await cached.getArms("math|easy", ["llama", "gpt4o"])).toEqual(
        new Map([
          ["llama", { successes: 1, failures: 1 }],
          ["gpt4o", { successes: 1, failures: 0 }],
        ]),
      ),
    );
  });

  it("stops serving a copy 50 times older than readCacheMs: a read then waits for Redis", async () => {
    const keyPrefix = uniqueKeyPrefix("bandit-cache");
    let clock = 1_000;
    const cached = openStore(keyPrefix, 100, () => clock);
    const other = openStore(keyPrefix);
    await cached.getArms("b", ["m"]);
    await other.update("b", "m", 1);
    clock += 100 * 50;
    expect((await cached.getArms("b", ["m"])).get("m")).toEqual({ successes: 1, failures: 0 });
  });

  it("concurrent reads of a bucket share one Redis request; reset empties the cache", async () => {
    const keyPrefix = uniqueKeyPrefix("bandit-cache");
    const store = openStore(keyPrefix, 60_000);
    await store.update("b", "m", 1);
    const monitor = new Redis(testRedisUrl);
    const commands: string[] = [];
    try {
      const feed = await monitor.monitor();
      feed.on("monitor", (_time: string, args: string[]) => {
        if (String(args[1]).includes(keyPrefix.slice(0, -1))) commands.push(String(args[0]).toLowerCase());
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const reads = await Promise.all(Array.from({ length: 20 }, () => store.getArms("b", ["m"])));
      expect(reads.every((arms) => arms.get("m")?.successes === 1)).toBe(true);
      await store.reset();
      expect(await store.getArms("b", ["m"])).toEqual(new Map());
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(commands.filter((command) => command === "hgetall")).toHaveLength(2);
      feed.disconnect();
    } finally {
      monitor.disconnect();
    }
  });
});

describe("Redis bandit store: write-behind", () => {
  it("sums a batch's rewards per arm into one write, settles every caller, and finds a waiting decision", async () => {
    const keyPrefix = uniqueKeyPrefix("bandit-behind");
    const store = openStore(keyPrefix, 0, undefined, 300);
    const reader = openStore(keyPrefix);
    const writes = [
      store.update("b", "m", 1),
      store.update("b", "m", 0.5),
      store.update("b", "n", 0),
      store.rememberDecision("r1", { bucket: "b", modelId: "m" }, 10_000),
      store.rememberDecision("r2", { bucket: "b", modelId: "n" }, 10_000),
    ];
    expect(await reader.getArms("b", ["m", "n"])).toEqual(new Map());
    expect(await store.takeDecision("r1")).toEqual({ bucket: "b", modelId: "m" });
    await Promise.all(writes);
    expect(await reader.getArms("b", ["m", "n"])).toEqual(
      new Map([
        ["m", { successes: 1.5, failures: 0.5 }],
        ["n", { successes: 0, failures: 1 }],
      ]),
    );
    expect(await reader.takeDecision("r1")).toBeUndefined();
    expect(await reader.takeDecision("r2")).toEqual({ bucket: "b", modelId: "n" });
  });

  it("another process's takeDecision finds a decision still waiting in this process's write-behind batch", async () => {
    const keyPrefix = uniqueKeyPrefix("bandit-behind");
    const writer = openStore(keyPrefix, 0, undefined, 150);
    const otherProcess = openStore(keyPrefix, 0, undefined, 150);
    const written = writer.rememberDecision("r1", { bucket: "b", modelId: "m" }, 10_000);
    expect(await otherProcess.takeDecision("r1")).toEqual({ bucket: "b", modelId: "m" });
    await written;
    expect(await writer.takeDecision("r1")).toBeUndefined(); // counted once
    await Promise.all([writer.close(), otherProcess.close()]);
  });

  it("close() writes what waits; an unreachable Redis rejects the batch with STORE_UNAVAILABLE", async () => {
    const keyPrefix = uniqueKeyPrefix("bandit-behind");
    const store = createRedisBanditStore({ url: testRedisUrl, keyPrefix, writeBehindMs: 60_000 });
    const written = store.update("b", "m", 1);
    await store.close();
    await written;
    const reader = openStore(keyPrefix);
    expect((await reader.getArms("b", ["m"])).get("m")).toEqual({ successes: 1, failures: 0 });

    const dead = openStore(uniqueKeyPrefix("bandit-dead"), 0, undefined, 10, "redis://127.0.0.1:1");
    await expect(dead.update("b", "m", 1)).rejects.toMatchObject({ code: "STORE_UNAVAILABLE" });
  });
});

describe("Redis bandit store: scripts", () => {
  it("runs its scripts by SHA and reloads them after SCRIPT FLUSH", async () => {
    const store = openStore(uniqueKeyPrefix("bandit-script"));
    await store.update("b", "m", 1);
    const admin = new Redis(testRedisUrl);
    try {
      await admin.script("FLUSH");
    } finally {
      admin.disconnect();
    }
    await store.update("b", "m", 0);
    await store.rememberDecision("r1", { bucket: "b", modelId: "m" }, 10_000);
    expect(await store.takeDecision("r1")).toEqual({ bucket: "b", modelId: "m" });
    expect(await store.takeDecision("r1")).toBeUndefined();
    expect((await store.getArms("b", ["m"])).get("m")).toEqual({ successes: 1, failures: 1 });
  });
});
