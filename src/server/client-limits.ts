import type { RedisClient } from "../redis/redis-client.js";
import type { Clock } from "../index.js";
import { HttpError } from "./http-errors.js";
import type { ClientIdentity } from "./api-keys.js";

/** Per-key request rate and daily spend, shared by every server process when kept in Redis. */
export interface ClientLimits {
  /** Counts one request against the key's rate limit and checks its budget; throws 429 with Retry-After when over. */
  admit(client: ClientIdentity): Promise<void>;
  /** Adds the cost of an answered request to the key's daily spend. */
  recordSpend(client: ClientIdentity, usd: number): Promise<void>;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Spend is kept in micro-dollars (integers) so INCRBY stays exact. */
const MICRO = 1_000_000;

function dayKey(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

function secondsUntilNextDay(now: number): number {
  return Math.max(1, Math.ceil((DAY_MS - (now % DAY_MS)) / 1000));
}

function rateLimited(retryAfterMs: number): HttpError {
  return new HttpError(429, "rate limit exceeded for this API key", { code: "rate_limit_exceeded", retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) });
}

function budgetExceeded(now: number): HttpError {
  return new HttpError(429, "daily spend budget exceeded for this API key", { type: "insufficient_quota", code: "budget_exceeded", retryAfterSeconds: secondsUntilNextDay(now) });
}

// KEYS[1] = rate key, KEYS[2] = spend key (both carry the client's name as a hash tag, so a Redis Cluster runs the script in one slot); ARGV[1] = window ms, ARGV[2] = limit (0 = none)
// Returns {count, pttl, spentMicros}.
const ADMIT_SCRIPT = `
local count = 0
local ttl = 0
if tonumber(ARGV[2]) > 0 then
  count = redis.call('INCR', KEYS[1])
  if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
  ttl = redis.call('PTTL', KEYS[1])
  if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
end
local spent = tonumber(redis.call('GET', KEYS[2]) or '0')
return {count, ttl, spent}
`;

export function createRedisClientLimits(redis: RedisClient, keyPrefix: string, clock: Clock): ClientLimits {
  return {
    async admit(client) {
      if (client.requestsPerMinute === undefined && client.usdPerDay === undefined) return;
      const now = clock.now();
      const window = Math.floor(now / MINUTE_MS);
      const rateKey = `${keyPrefix}:{${client.name}}:rate:${window}`;
      const spendKey = `${keyPrefix}:{${client.name}}:spend:${dayKey(now)}`;
      const reply = (await redis.eval(ADMIT_SCRIPT, 2, rateKey, spendKey, String(MINUTE_MS), String(client.requestsPerMinute ?? 0))) as [number, number, number];
      const [count, ttl, spentMicros] = reply;
      if (client.requestsPerMinute !== undefined && count > client.requestsPerMinute) throw rateLimited(ttl);
      if (client.usdPerDay !== undefined && spentMicros / MICRO >= client.usdPerDay) throw budgetExceeded(now);
    },
    async recordSpend(client, usd) {
      if (client.usdPerDay === undefined || !(usd > 0)) return;
      const now = clock.now();
      const spendKey = `${keyPrefix}:{${client.name}}:spend:${dayKey(now)}`;
      await redis.multi().incrby(spendKey, Math.ceil(usd * MICRO)).pexpire(spendKey, 2 * DAY_MS).exec();
    },
  };
}

/** Same limits kept in this process only (used when no Redis is configured). */
export function createMemoryClientLimits(clock: Clock): ClientLimits {
  const windows = new Map<string, { window: number; count: number }>();
  const spend = new Map<string, { day: string; micros: number }>();
  return {
    async admit(client) {
      const now = clock.now();
      if (client.requestsPerMinute !== undefined) {
        const window = Math.floor(now / MINUTE_MS);
        const entry = windows.get(client.name);
        const current = entry !== undefined && entry.window === window ? entry : { window, count: 0 };
        current.count += 1;
        windows.set(client.name, current);
        if (current.count > client.requestsPerMinute) throw rateLimited((window + 1) * MINUTE_MS - now);
      }
      if (client.usdPerDay !== undefined) {
        const entry = spend.get(client.name);
        const micros = entry !== undefined && entry.day === dayKey(now) ? entry.micros : 0;
        if (micros / MICRO >= client.usdPerDay) throw budgetExceeded(now);
      }
    },
    async recordSpend(client, usd) {
      if (client.usdPerDay === undefined || !(usd > 0)) return;
      const day = dayKey(clock.now());
      const entry = spend.get(client.name);
      const micros = entry !== undefined && entry.day === day ? entry.micros : 0;
      spend.set(client.name, { day, micros: micros + Math.ceil(usd * MICRO) });
    },
  };
}
