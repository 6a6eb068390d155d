import { randomUUID } from "node:crypto";
import type { RedisClient } from "../index.js";
import type { Clock } from "../index.js";
import { HttpError } from "./http-errors.js";
import type { ClientIdentity } from "./api-keys.js";

/** What a key's limits need to know about it (a ClientIdentity, or a batch's owner as stored in its jobs). */
export type LimitedClient = Pick<ClientIdentity, "name" | "requestsPerMinute" | "usdPerDay">;

/** A budget reservation held while a request runs; settle it exactly once with the real cost. */
export interface Reservation {
  /** Replaces the reserved estimate by the real cost (0 when nothing was spent). */
  settle(usd: number): Promise<void>;
}

/** Per-key request rate and daily spend, shared by every server process (and batch worker) when kept in Redis. */
export interface ClientLimits {
  /**
   * Counts one request against the key's rate limit and, when the key has a budget, reserves the
   * request's estimated cost atomically: admitted while the day's spend plus the reservations in
   * flight stays under the budget. Throws 429 with Retry-After when over.
   */
  admit(client: LimitedClient, estimatedUsd: number): Promise<Reservation>;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Spend is kept in micro-dollars (integers) so INCRBY stays exact. */
const MICRO = 1_000_000;
/** A reservation whose process died before settling it stops counting after this long. */
const RESERVATION_TTL_MS = 15 * MINUTE_MS;

const noReservation: Reservation = { settle: async () => undefined };

function dayKey(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

function secondsUntilNextDay(now: number): number {
  return Math.max(1, Math.ceil((DAY_MS - (now % DAY_MS)) / 1000));
}

function toMicros(usd: number): number {
  return Number.isFinite(usd) && usd > 0 ? Math.ceil(usd * MICRO) : 0;
}

function rateLimited(retryAfterMs: number): HttpError {
  return new HttpError(429, "rate limit exceeded for this API key", {
    code: "rate_limit_exceeded",
    retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
  });
}

/** Spent: wait for the next UTC day. Only reserved by requests in flight: try again in a second. */
function budgetExceeded(now: number, spentOnly: boolean): HttpError {
  return spentOnly
    ? new HttpError(429, "daily spend budget exceeded for this API key", {
        type: "insufficient_quota",
        code: "budget_exceeded",
        retryAfterSeconds: secondsUntilNextDay(now),
      })
    : new HttpError(429, "daily spend budget of this API key is reserved by requests in flight", {
        type: "insufficient_quota",
        code: "budget_exceeded",
        retryAfterSeconds: 1,
      });
}

// KEYS[1] = rate key, KEYS[2] = spend key, KEYS[3] = reservations (sorted set: member "<id>:<micros>", score = expiry ms)
// ARGV[1] = window ms, ARGV[2] = rate limit (0 = none), ARGV[3] = budget micros (0 = none), ARGV[4] = now ms,
// ARGV[5] = reservation member, ARGV[6] = reservation expiry ms, ARGV[7] = spend key TTL ms
// Returns {verdict, pttl}: verdict 0 = admitted, 1 = rate limited, 2 = budget spent, 3 = budget reserved in flight.
const ADMIT_SCRIPT = `
if tonumber(ARGV[2]) > 0 then
  local count = redis.call('INCR', KEYS[1])
  if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
  local ttl = redis.call('PTTL', KEYS[1])
  if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
  if count > tonumber(ARGV[2]) then return {1, ttl} end
end
local budget = tonumber(ARGV[3])
if budget > 0 then
  local spent = tonumber(redis.call('GET', KEYS[2]) or '0')
  if spent >= budget then return {2, 0} end
  redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', ARGV[4])
  local reserved = 0
  for _, member in ipairs(redis.call('ZRANGE', KEYS[3], 0, -1)) do
    reserved = reserved + tonumber(string.match(member, ':(%d+)$') or '0')
  end
  if spent + reserved >= budget then return {3, 0} end
  redis.call('ZADD', KEYS[3], ARGV[6], ARGV[5])
  redis.call('PEXPIRE', KEYS[3], ARGV[7])
end
return {0, 0}
`;

// KEYS[1] = spend key, KEYS[2] = reservations; ARGV[1] = reservation member, ARGV[2] = real cost micros, ARGV[3] = spend key TTL ms
const SETTLE_SCRIPT = `
redis.call('ZREM', KEYS[2], ARGV[1])
if tonumber(ARGV[2]) > 0 then
  redis.call('INCRBY', KEYS[1], ARGV[2])
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
end
return 1
`;

export function createRedisClientLimits(redis: Pick<RedisClient, "eval">, keyPrefix: string, clock: Clock): ClientLimits {
  return {
    async admit(client, estimatedUsd) {
      if (client.requestsPerMinute === undefined && client.usdPerDay === undefined) return noReservation;
      const now = clock.now();
      const day = dayKey(now);
      // One client's keys share a hash tag (its name), so a Redis Cluster runs both scripts in one slot.
      const rateKey = `${keyPrefix}:{${client.name}}:rate:${Math.floor(now / MINUTE_MS)}`;
      const spendKey = `${keyPrefix}:{${client.name}}:spend:${day}`;
      const reservedKey = `${keyPrefix}:{${client.name}}:reserved:${day}`;
      // At least one micro-dollar, so a request of unknown cost still holds its place.
      const member = `${randomUUID()}:${Math.max(1, toMicros(estimatedUsd))}`;
      const budgetMicros = client.usdPerDay === undefined ? 0 : toMicros(client.usdPerDay);
      const reply = (await redis.eval(
        ADMIT_SCRIPT,
        3,
        rateKey,
        spendKey,
        reservedKey,
        String(MINUTE_MS),
        String(client.requestsPerMinute ?? 0),
        String(budgetMicros),
        String(now),
        member,
        String(now + RESERVATION_TTL_MS),
        String(2 * DAY_MS),
      )) as [number, number];
      const [verdict, ttl] = reply;
      if (verdict === 1) throw rateLimited(ttl);
      if (verdict === 2 || verdict === 3) throw budgetExceeded(now, verdict === 2);
      if (budgetMicros === 0) return noReservation;
      let settled = false;
      return {
        async settle(usd) {
          if (settled) return;
          settled = true;
          await redis.eval(SETTLE_SCRIPT, 2, spendKey, reservedKey, member, String(toMicros(usd)), String(2 * DAY_MS));
        },
      };
    },
  };
}

/** Same limits kept in this process only (used when no Redis is configured). */
export function createMemoryClientLimits(clock: Clock): ClientLimits {
  const windows = new Map<string, { window: number; count: number }>();
  const spend = new Map<string, { day: string; micros: number; reserved: number }>();
  const ledger = (name: string, day: string) => {
    const entry = spend.get(name);
    if (entry !== undefined && entry.day === day) return entry;
    const fresh = { day, micros: 0, reserved: 0 };
    spend.set(name, fresh);
    return fresh;
  };
  return {
    async admit(client, estimatedUsd) {
      const now = clock.now();
      if (client.requestsPerMinute !== undefined) {
        const window = Math.floor(now / MINUTE_MS);
        const entry = windows.get(client.name);
        const current = entry !== undefined && entry.window === window ? entry : { window, count: 0 };
        current.count += 1;
        windows.set(client.name, current);
        if (current.count > client.requestsPerMinute) throw rateLimited((window + 1) * MINUTE_MS - now);
      }
      if (client.usdPerDay === undefined) return noReservation;
      const budget = toMicros(client.usdPerDay);
      const entry = ledger(client.name, dayKey(now));
      if (entry.micros >= budget) throw budgetExceeded(now, true);
      if (entry.micros + entry.reserved >= budget) throw budgetExceeded(now, false);
      const reserved = Math.max(1, toMicros(estimatedUsd));
      entry.reserved += reserved;
      let settled = false;
      return {
        async settle(usd) {
          if (settled) return;
          settled = true;
          entry.reserved = Math.max(0, entry.reserved - reserved);
          const today = ledger(client.name, dayKey(clock.now()));
          today.micros += toMicros(usd);
        },
      };
    },
  };
}
