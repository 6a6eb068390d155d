import type { RedisOptions } from "ioredis";
import { RouterError } from "../index.js";
import { createRedisClient, describeRedisTarget, type RedisClient, type RedisTarget } from "../index.js";

export type { RedisClient, RedisTarget } from "../index.js";

/** `redis://user:secret@host:6379/0` -> `redis://host:6379/0` (any topology): safe to print. */
export function maskRedisUrl(target: RedisTarget): string {
  return describeRedisTarget(target);
}

export type ConnectionRole = "worker" | "client";

/**
 * A Redis connection. `worker` connections wait through reconnections forever (BullMQ workers
 * require `maxRetriesPerRequest: null`, and a worker must ride out a Redis restart); `client`
 * connections (CLI, submit, status) fail a command after a few tries instead of hanging.
 */
export function createRedisConnection(target: RedisTarget, role: ConnectionRole, extra: RedisOptions = {}): RedisClient {
  const client = createRedisClient(target, {
    maxRetriesPerRequest: role === "worker" ? null : 3,
    enableReadyCheck: true,
    retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 5), 2_000),
    ...extra,
  });
  // Connection errors surface through the commands that fail; without a listener ioredis prints them.
  client.on("error", () => undefined);
  return client;
}

/**
 * Makes sure Redis answers before anything is written: one connection attempt, a PING, then close.
 * Throws STORE_UNAVAILABLE with the (credential-free) address and the cause.
 */
export async function assertRedisReachable(url: RedisTarget, timeoutMs = 2_000): Promise<void> {
  const client = createRedisClient(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  let lastError: Error | undefined;
  client.on("error", (error: Error) => {
    lastError = error;
  });
  try {
    await client.connect();
    await client.ping();
  } catch (cause) {
    const underlying = lastError ?? cause;
    const code = (underlying as NodeJS.ErrnoException | undefined)?.code;
    const reason = code ?? (underlying instanceof Error ? underlying.message : String(underlying));
    throw new RouterError(
      "STORE_UNAVAILABLE",
      `cannot reach Redis at ${maskRedisUrl(url)} (${reason.replace(/redis(s|-sentinel|-cluster)?:\/\/[^\s]*/g, "redis://...")}); is redis-server running?`,
      {
        cause,
        retryable: true,
        details: { redis: maskRedisUrl(url) },
      },
    );
  } finally {
    client.disconnect();
  }
}
