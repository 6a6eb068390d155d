/**
 * Bandit state and pending decisions in Redis (ioredis), shared by every process that points at
 * the same Redis and key prefix.
 *
 * Keys (prefix `P`, default "routellm:bandit:"):
 * - `P arms:<bucket>`  hash, fields `s:<modelId>` (successes) and `f:<modelId>` (failures)
 * - `P buckets`        set of bucket names (for snapshot)
 * - `P decision:<id>`  JSON DecisionRecord with a PX TTL
 *
 * An update is one Lua script (two HINCRBYFLOAT and one SADD), so it is atomic and concurrent
 * writers never lose an update. A decision is taken with a GET+DEL script (works on Redis < 6.2,
 * which lacks GETDEL), so feedback counts once. A Redis that is down or hung fails each call
 * within about `commandTimeoutMs` with RouterError STORE_UNAVAILABLE instead of hanging.
 */
import { Redis } from "ioredis";
import { RouterError, isRouterError } from "../errors.js";
import type { ArmStats, BanditStore, DecisionRecord, DecisionStore } from "./bandit-store.js";

export interface RedisBanditStoreOptions {
  /** redis://[user:password@]host:port[/db]. Ignored when `client` is given. */
  url?: string;
  /** An existing ioredis client (the caller keeps ownership: close() does not quit it). */
  client?: Redis;
  /** Prefix of every key; ":" is appended when missing. Default "routellm:bandit:". */
  keyPrefix?: string;
  /** Connect timeout for a client this store creates. Default 2000 ms. */
  connectTimeoutMs?: number;
  /** Longest wait for one command before STORE_UNAVAILABLE. Default 2000 ms. */
  commandTimeoutMs?: number;
}

export type RedisBanditStore = BanditStore & DecisionStore;

const UPDATE_SCRIPT = `
redis.call('HINCRBYFLOAT', KEYS[1], ARGV[1], ARGV[2])
redis.call('HINCRBYFLOAT', KEYS[1], ARGV[3], ARGV[4])
redis.call('SADD', KEYS[2], ARGV[5])
return 1`;

const TAKE_SCRIPT = `
local value = redis.call('GET', KEYS[1])
if value then redis.call('DEL', KEYS[1]) end
return value`;

/** The URL without credentials, for messages. */
function describeUrl(url: string | undefined): string {
  if (url === undefined) return "the given Redis client";
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === "/" ? "" : parsed.pathname}`;
  } catch {
    return "an unparsable Redis URL";
  }
}

/** `*`, `?`, `[`, `]` and `\` are glob characters in SCAN MATCH. */
function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, (character) => `\\${character}`);
}

function parseNumber(value: string | null | undefined): number {
  const number = value == null ? 0 : Number(value);
  return Number.isFinite(number) ? number : 0;
}

export function createRedisBanditStore(options: RedisBanditStoreOptions = {}): RedisBanditStore {
  const rawPrefix = options.keyPrefix ?? "routellm:bandit";
  const prefix = rawPrefix.endsWith(":") ? rawPrefix : `${rawPrefix}:`;
  const where = describeUrl(options.client ? undefined : (options.url ?? "redis://127.0.0.1:6379"));
  const ownsClient = options.client === undefined;
  let lastConnectionError: string | undefined;

  const client =
    options.client ??
    new Redis(options.url ?? "redis://127.0.0.1:6379", {
      connectTimeout: options.connectTimeoutMs ?? 2000,
      commandTimeout: options.commandTimeoutMs ?? 2000,
      // Fail queued commands after one reconnect attempt instead of retrying them for ever.
      maxRetriesPerRequest: 1,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
      // Concurrent requests' reads and writes issued in the same tick share one round trip.
      enableAutoPipelining: true,
    });
  // Without a listener ioredis prints every connection error; the failing call reports it instead.
  const onError = (error: Error & { code?: string }) => {
    lastConnectionError = error.code ?? error.name;
  };
  client.on("error", onError);

  const armsKey = (bucket: string) => `${prefix}arms:${bucket}`;
  const bucketsKey = `${prefix}buckets`;
  const decisionKey = (requestId: string) => `${prefix}decision:${requestId}`;

  async function run<T>(operation: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      if (isRouterError(error)) throw error;
      const record = error as { code?: unknown; name?: unknown };
      const reason = typeof record.code === "string" ? record.code : (lastConnectionError ?? (typeof record.name === "string" ? record.name : "error"));
      throw new RouterError("STORE_UNAVAILABLE", `Redis bandit store at ${where} is unavailable (${operation}: ${reason}).`, {
        retryable: true,
        details: { store: "redis", operation, reason },
      });
    }
  }

  return {
    getArms(bucket, modelIds) {
      return run("getArms", async () => {
        const result = new Map<string, ArmStats>();
        if (modelIds.length === 0) return result;
        const fields = modelIds.flatMap((id) => [`s:${id}`, `f:${id}`]);
        const values = await client.hmget(armsKey(bucket), ...fields);
        modelIds.forEach((id, index) => {
          const successes = values[2 * index];
          const failures = values[2 * index + 1];
          if (successes == null && failures == null) return;
          result.set(id, { successes: parseNumber(successes), failures: parseNumber(failures) });
        });
        return result;
      });
    },

    update(bucket, modelId, reward) {
      if (typeof reward !== "number" || !Number.isFinite(reward)) {
        return Promise.reject(new RouterError("INVALID_REQUEST", `A bandit reward must be a finite number in [0, 1].`, { details: { modelId } }));
      }
      const clipped = Math.min(1, Math.max(0, reward));
      return run("update", async () => {
        await client.eval(UPDATE_SCRIPT, 2, armsKey(bucket), bucketsKey, `s:${modelId}`, String(clipped), `f:${modelId}`, String(1 - clipped), bucket);
      });
    },

    snapshot() {
      return run("snapshot", async () => {
        const buckets = await client.smembers(bucketsKey);
        const pipeline = client.pipeline();
        for (const bucket of buckets) pipeline.hgetall(armsKey(bucket));
        const replies = (await pipeline.exec()) ?? [];
        const out: Record<string, Record<string, ArmStats>> = {};
        buckets.forEach((bucket, index) => {
          const [error, hash] = replies[index] ?? [];
          if (error) throw error;
          const arms: Record<string, ArmStats> = {};
          for (const [field, value] of Object.entries((hash ?? {}) as Record<string, string>)) {
            const kind = field.slice(0, 2);
            const modelId = field.slice(2);
            const stats = (arms[modelId] ??= { successes: 0, failures: 0 });
            if (kind === "s:") stats.successes = parseNumber(value);
            else if (kind === "f:") stats.failures = parseNumber(value);
          }
          if (Object.keys(arms).length > 0) out[bucket] = arms;
        });
        return out;
      });
    },

    reset() {
      return run("reset", async () => {
        let cursor = "0";
        do {
          const [next, keys] = await client.scan(cursor, "MATCH", `${escapeGlob(prefix)}*`, "COUNT", 500);
          cursor = next;
          if (keys.length > 0) await client.unlink(...keys);
        } while (cursor !== "0");
      });
    },

    rememberDecision(requestId, decision, ttlMs) {
      const ttl = Math.max(1, Math.round(ttlMs));
      return run("rememberDecision", async () => {
        await client.set(decisionKey(requestId), JSON.stringify({ bucket: decision.bucket, modelId: decision.modelId }), "PX", ttl);
      });
    },

    takeDecision(requestId) {
      return run("takeDecision", async () => {
        const value = (await client.eval(TAKE_SCRIPT, 1, decisionKey(requestId))) as string | null;
        if (value == null) return undefined;
        const parsed = JSON.parse(value) as Partial<DecisionRecord>;
        if (typeof parsed.bucket !== "string" || typeof parsed.modelId !== "string") return undefined;
        return { bucket: parsed.bucket, modelId: parsed.modelId };
      });
    },

    async close() {
      if (!ownsClient) {
        client.off("error", onError);
        return;
      }
      if (client.status !== "ready") {
        client.disconnect();
        return;
      }
      try {
        await client.quit();
      } catch {
        client.disconnect();
      }
    },
  };
}
