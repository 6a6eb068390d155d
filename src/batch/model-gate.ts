import { randomUUID } from "node:crypto";
import { RouterError } from "../index.js";
import type { RedisClient } from "./redis-connection.js";
import { luaScript } from "../index.js";

/**
 * Admission control for one model, shared by every worker through Redis:
 * - rate limits: two token buckets (requests and tokens per minute) refilled continuously, in one
 *   Lua script that uses Redis' clock so workers on different machines agree;
 * - a 429 from the provider closes the model's gate for the Retry-After time, for every worker;
 * - a concurrency cap: leases in a sorted set, expiring on their own if a worker dies mid-call.
 */
const TAKE = luaScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local rpm = tonumber(ARGV[1])
local tpm = tonumber(ARGV[2])
local s = redis.call('HMGET', KEYS[1], 'r', 't', 'ts', 'until')
local last = tonumber(s[3]) or now
local elapsed = math.max(0, now - last)
local r = tonumber(s[1]) or rpm
local tk = tonumber(s[2]) or tpm
if rpm > 0 then r = math.min(rpm, r + elapsed * rpm / 60000) end
if tpm > 0 then tk = math.min(tpm, tk + elapsed * tpm / 60000) end
local closed = tonumber(s[4]) or 0
local wait = 0
if closed > now then wait = closed - now end
if rpm > 0 and r < 1 then wait = math.max(wait, math.ceil((1 - r) * 60000 / rpm)) end
local need = math.min(tonumber(ARGV[3]), tpm)
if tpm > 0 and tk < need then wait = math.max(wait, math.ceil((need - tk) * 60000 / tpm)) end
if wait == 0 then
  if rpm > 0 then r = r - 1 end
  if tpm > 0 then tk = tk - need end
end
redis.call('HSET', KEYS[1], 'r', tostring(r), 't', tostring(tk), 'ts', tostring(now))
redis.call('PEXPIRE', KEYS[1], 120000)
return wait
`);

/** Charges (or refunds) the difference between estimated and real tokens. */
const SETTLE = luaScript(`
if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('HINCRBYFLOAT', KEYS[1], 't', ARGV[1]) end
return 1
`);

const CLOSE_FOR = luaScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local current = tonumber(redis.call('HGET', KEYS[1], 'until')) or 0
local target = now + tonumber(ARGV[1])
if target > current then redis.call('HSET', KEYS[1], 'until', tostring(target)) end
redis.call('PEXPIRE', KEYS[1], math.max(120000, tonumber(ARGV[1]) + 1000))
return 1
`);

const ACQUIRE = luaScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[2])
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]) * 2)
  return 1
end
return 0
`);

const COOLDOWN_POLL_MS = 250;

export interface ModelLimits {
  requestsPerMinute?: number | undefined;
  tokensPerMinute?: number | undefined;
  /** Calls at once across every worker; undefined = no cap. */
  maxConcurrency?: number | undefined;
  /** Longest a lease is held if its worker dies (a call is bounded by the model's timeout). */
  leaseMs: number;
  /** Honour a 429 cool-down set by any worker even without configured limits (cloud models). */
  watchCooldown?: boolean;
  /**
   * Longest wait at the gate inside one model call (the call's timeout is already running).
   * A longer wait fails the call at once with MODEL_RATE_LIMITED `details.gate: true` and the
   * time to wait, which the worker turns into a delayed job that uses up no attempt.
   */
  maxWaitMs?: number;
  /** For messages. */
  modelId?: string;
}

/** The error a gate throws instead of waiting longer than `maxWaitMs`. */
export function gateClosedError(modelId: string, waitMs: number): RouterError {
  return new RouterError(
    "MODEL_RATE_LIMITED",
    `model "${modelId}" is at its configured rate limit, concurrency cap or 429 cool-down; retry in ${Math.ceil(waitMs)} ms`,
    {
      retryable: true,
      details: { model: modelId, retryAfterMs: Math.ceil(waitMs), gate: true },
    },
  );
}

export interface GateLease {
  /** Reports the real token count (adjusts the token bucket) and frees the concurrency slot. */
  release(actualTokens?: number): Promise<void>;
}

export interface ModelGate {
  readonly limited: boolean;
  acquire(estimatedTokens: number, signal?: AbortSignal): Promise<GateLease>;
  /** The provider said 429: nobody calls this model for `ms`. */
  closeFor(ms: number): Promise<void>;
  /** One non-blocking try at the rate limits: 0 = admitted (and charged), else ms to wait. */
  tryRate(tokens: number): Promise<number>;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new RouterError("CANCELLED", "the request was cancelled"));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new RouterError("CANCELLED", "the request was cancelled"));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

export function createModelGate(redis: RedisClient, keys: { rate: string; concurrency: string }, limits: ModelLimits): ModelGate {
  const rpm = limits.requestsPerMinute ?? 0;
  const tpm = limits.tokensPerMinute ?? 0;
  const metered = rpm > 0 || tpm > 0;
  const rateLimited = metered || limits.watchCooldown === true;
  // Without metered limits only the 429 cool-down matters: look it up at most every COOLDOWN_POLL_MS.
  let cooldownCheckedAt = -Infinity;
  let cooldownUntil = 0;
  const cap = limits.maxConcurrency;
  const noop: GateLease = { release: async () => undefined };

  const tryRate = async (tokens: number) => Number(await TAKE(redis, [keys.rate], [rpm, tpm, Math.max(0, Math.ceil(tokens))]));

  const maxWait = limits.maxWaitMs ?? Number.POSITIVE_INFINITY;
  const modelId = limits.modelId ?? "model";
  const takeRate = async (tokens: number, signal: AbortSignal | undefined) => {
    let waited = 0;
    if (!metered) {
      const now = Date.now();
      if (now < cooldownUntil) {
        if (cooldownUntil - now > maxWait) throw gateClosedError(modelId, cooldownUntil - now);
        await sleep(cooldownUntil - now, signal);
      }
      if (now - cooldownCheckedAt < COOLDOWN_POLL_MS) return;
      cooldownCheckedAt = now;
    }
    for (;;) {
      const wait = await tryRate(tokens);
      if (wait <= 0) return;
      if (!metered) cooldownUntil = Date.now() + wait;
      if (waited + wait > maxWait) throw gateClosedError(modelId, wait);
      await sleep(Math.min(wait, 5_000), signal);
      waited += Math.min(wait, 5_000);
    }
  };

  const takeSlot = async (signal: AbortSignal | undefined): Promise<string> => {
    const lease = randomUUID();
    let pause = 5;
    let waited = 0;
    for (;;) {
      if (Number(await ACQUIRE(redis, [keys.concurrency], [cap!, lease, limits.leaseMs])) === 1) return lease;
      if (waited + pause > maxWait) throw gateClosedError(modelId, 1_000);
      await sleep(pause, signal);
      waited += pause;
      pause = Math.min(pause * 2, 100);
    }
  };

  return {
    limited: rateLimited || cap !== undefined,
    async acquire(estimatedTokens, signal) {
      if (!rateLimited && cap === undefined) return noop;
      const lease = cap === undefined ? undefined : await takeSlot(signal);
      try {
        if (rateLimited) await takeRate(estimatedTokens, signal);
      } catch (error) {
        if (lease) await redis.zrem(keys.concurrency, lease);
        throw error;
      }
      return {
        release: async (actualTokens) => {
          const settle = tpm > 0 && actualTokens !== undefined && actualTokens !== estimatedTokens;
          await Promise.all([
            lease ? redis.zrem(keys.concurrency, lease) : undefined,
            settle ? SETTLE(redis, [keys.rate], [estimatedTokens - Math.min(actualTokens, tpm)]) : undefined,
          ]);
        },
      };
    },
    tryRate,
    async closeFor(ms) {
      cooldownUntil = Math.max(cooldownUntil, Date.now() + ms);
      if (ms > 0) await CLOSE_FOR(redis, [keys.rate], [Math.round(ms)]);
    },
  };
}
