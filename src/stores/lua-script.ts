import { createHash } from "node:crypto";
import type { Cluster, Redis } from "ioredis";

/** A standalone or cluster ioredis client. */
type RedisClient = Pick<Redis | Cluster, "evalsha" | "eval">;

export type LuaScript = (redis: RedisClient, keys: readonly string[], args: readonly (string | number)[]) => Promise<unknown>;

/** A Lua script run by its SHA (EVALSHA), loaded on first use and again after a Redis restart. */
export function luaScript(source: string): LuaScript {
  const sha = createHash("sha1").update(source).digest("hex");
  return async (redis, keys, args) => {
    try {
      return await redis.evalsha(sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
      return redis.eval(source, keys.length, ...keys, ...args);
    }
  };
}
