// The Redis bandit store against a real Redis: atomic updates from two processes, snapshot and
// reset scoped to the key prefix, and a fast STORE_UNAVAILABLE when Redis is down or hung.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer, type Socket } from "node:net";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { isRouterError } from "../../src/errors.js";
import { createRedisBanditStore, type RedisBanditStore } from "../../src/stores/redis-bandit-store.js";
import { freePort } from "../helpers/free-port.js";
import { testRedisUrl, uniqueKeyPrefix } from "../helpers/redis-url.js";

const workerScript = fileURLToPath(new URL("../helpers/redis-store-worker.ts", import.meta.url));
const opened: RedisBanditStore[] = [];
function openStore(keyPrefix = uniqueKeyPrefix("bandit")): RedisBanditStore {
  const store = createRedisBanditStore({ url: testRedisUrl, keyPrefix });
  opened.push(store);
  return store;
}
afterEach(async () => {
  for (const store of opened.splice(0)) {
    await store.reset().catch(() => undefined);
    await store.close();
  }
});

async function runWorker(args: string[]): Promise<string> {
  const child = spawn(process.execPath, ["--import", "tsx", workerScript, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const [code] = await once(child, "exit");
  if (code !== 0) throw new Error(`worker exited with ${code}: ${output}`);
  return output;
}

describe("Redis bandit store: several processes learn together", () => {
  it("two processes × 1500 concurrent updates on the same arm: totals are exact (no lost update)", async () => {
    const keyPrefix = uniqueKeyPrefix("bandit-2proc");
    const store = openStore(keyPrefix);
    const perProcess = 1500;
    const startAt = String(Date.now() + 2500); // both children connected by then
    const outputs = await Promise.all([
      runWorker([testRedisUrl, keyPrefix, "code|hard", "llama3.1:8b", String(perProcess), startAt]),
      runWorker([testRedisUrl, keyPrefix, "code|hard", "llama3.1:8b", String(perProcess), startAt]),
    ]);
    expect(outputs.map((output) => output.trim())).toEqual([`done ${perProcess}`, `done ${perProcess}`]);

    const arms = await store.getArms("code|hard", ["llama3.1:8b"]);
    const stats = arms.get("llama3.1:8b");
    // Each process: half the updates reward 1, half 0.5.
    expect(stats).toEqual({ successes: 2 * (perProcess / 2) * 1.5, failures: 2 * (perProcess / 2) * 0.5 });
    expect(stats!.successes + stats!.failures).toBe(2 * perProcess);
  });
});

describe("Redis bandit store: arms", () => {
  it("getArms returns only updated models; update clips rewards to [0, 1]", async () => {
    const store = openStore();
    await store.update("bucket-a", "gpt-4o-mini", 0.75);
    await store.update("bucket-a", "gpt-4o-mini", 2);
    await store.update("bucket-a", "gemma2:9b", -1);
    const arms = await store.getArms("bucket-a", ["gpt-4o-mini", "gemma2:9b", "never-used"]);
    expect(Object.fromEntries(arms)).toEqual({
      "gpt-4o-mini": { successes: 1.75, failures: 0.25 },
      "gemma2:9b": { successes: 0, failures: 1 },
    });
    expect((await store.getArms("other-bucket", ["gpt-4o-mini"])).size).toBe(0);
    await expect(store.update("bucket-a", "gpt-4o-mini", Number.NaN)).rejects.toMatchObject({ code: "INVALID_REQUEST" });
  });

  it("snapshot lists every bucket; reset forgets only this prefix", async () => {
    const store = openStore();
    const neighbour = openStore();
    await store.update("simple", "llama3.1:8b", 1);
    await store.update("complex", "gpt-4o", 0);
    await store.rememberDecision("request-1", { bucket: "simple", modelId: "llama3.1:8b" }, 60_000);
    await neighbour.update("simple", "llama3.1:8b", 1);

    expect(await store.snapshot()).toEqual({
      simple: { "llama3.1:8b": { successes: 1, failures: 0 } },
      complex: { "gpt-4o": { successes: 0, failures: 1 } },
    });
    await store.reset();
    expect(await store.snapshot()).toEqual({});
    expect(await store.takeDecision("request-1")).toBeUndefined();
    expect(await neighbour.snapshot()).toEqual({ simple: { "llama3.1:8b": { successes: 1, failures: 0 } } });
  });

  it("a caller-owned client is used as is and left open by close()", async () => {
    const client = new Redis(testRedisUrl);
    try {
      const store = createRedisBanditStore({ client, keyPrefix: uniqueKeyPrefix("owned") });
      await store.update("b", "m", 1);
      expect((await store.getArms("b", ["m"])).get("m")).toEqual({ successes: 1, failures: 0 });
      await store.reset();
      await store.close();
      expect(await client.ping()).toBe("PONG");
    } finally {
      client.disconnect();
    }
  });
});

describe("Redis decision store", () => {
  it("a decision is taken once, even by concurrent takers on two connections", async () => {
    const keyPrefix = uniqueKeyPrefix("decisions");
    const store = openStore(keyPrefix);
    const secondConnection = openStore(keyPrefix);
    await store.rememberDecision("req-42", { bucket: "math", modelId: "gpt-4o" }, 60_000);
    const takes = await Promise.all(Array.from({ length: 20 }, (_, index) => (index % 2 === 0 ? store : secondConnection).takeDecision("req-42")));
    expect(takes.filter((take) => take !== undefined)).toEqual([{ bucket: "math", modelId: "gpt-4o" }]);
    expect(await store.takeDecision("req-42")).toBeUndefined();
  });

  it("a decision expires after its TTL", async () => {
    const store = openStore();
    await store.rememberDecision("short", { bucket: "b", modelId: "m" }, 100);
    await store.rememberDecision("long", { bucket: "b", modelId: "m" }, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await store.takeDecision("short")).toBeUndefined();
    expect(await store.takeDecision("long")).toEqual({ bucket: "b", modelId: "m" });
  });
});

describe("Redis bandit store: Redis unavailable", () => {
  it("nothing listening → STORE_UNAVAILABLE quickly, for every operation", async () => {
    const port = await freePort();
    const store = createRedisBanditStore({ url: `redis://:secret-password@127.0.0.1:${port}`, keyPrefix: "x", connectTimeoutMs: 300, commandTimeoutMs: 500 });
    try {
      const started = performance.now();
      for (const call of [() => store.update("b", "m", 1), () => store.getArms("b", ["m"]), () => store.takeDecision("r"), () => store.snapshot()]) {
        const error = await call().then(
          () => undefined,
          (thrown: unknown) => thrown,
        );
        expect(isRouterError(error, "STORE_UNAVAILABLE")).toBe(true);
        expect((error as Error).message).toContain(`127.0.0.1:${port}`);
        expect((error as Error).message).not.toContain("secret-password");
      }
      expect(performance.now() - started).toBeLessThan(5_000);
    } finally {
      await store.close();
    }
  });

  it("a Redis that accepts but never answers → STORE_UNAVAILABLE after the command timeout", async () => {
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => void sockets.add(socket));
    silent.listen(0, "127.0.0.1");
    await once(silent, "listening");
    const { port } = silent.address() as { port: number };
    const store = createRedisBanditStore({ url: `redis://127.0.0.1:${port}`, keyPrefix: "x", commandTimeoutMs: 300 });
    try {
      const started = performance.now();
      await expect(store.update("b", "m", 1)).rejects.toMatchObject({ code: "STORE_UNAVAILABLE", retryable: true });
      expect(performance.now() - started).toBeLessThan(2_000);
    } finally {
      await store.close();
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });
});
