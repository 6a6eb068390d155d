import { z } from "zod";

/**
 * Where a Redis lives, for every use (bandit store, rate limits and budgets, batch queues):
 * - a URL: `redis://` or `rediss://` (TLS) for one server; `redis-sentinel://[user:pass@]host:port,host:port/mastername`
 *   for a Sentinel-managed primary; `redis-cluster://[user:pass@]host:port,host:port` for a Redis Cluster;
 * - `{ cluster: [urls] }`: a Redis Cluster, any of its nodes as seeds;
 * - `{ sentinels: [host:port or urls], name, password?, sentinelPassword? }`: the primary named `name` as the sentinels report it.
 * One connection factory (src/redis/redis-client.ts) turns each into an ioredis client.
 */
export const redisTargetSchema = z.union([
  z.string().regex(/^(redis|rediss|redis-sentinel|redis-cluster):\/\//, "a redis://, rediss://, redis-sentinel:// or redis-cluster:// URL"),
  z
    .object({
      /** Seed nodes of a Redis Cluster (`redis://host:port`, credentials in the first apply to all). */
      cluster: z.array(z.string().min(1)).min(1, "at least one cluster node"),
    })
    .strict(),
  z
    .object({
      /** Sentinel addresses (`host:port` or `redis://host:port`). */
      sentinels: z.array(z.string().min(1)).min(1, "at least one sentinel"),
      /** Name of the monitored primary (`sentinel monitor <name> ...`). */
      name: z.string().min(1),
      /** Password of the Redis primary and replicas. */
      password: z.string().optional(),
      /** Password of the sentinels themselves. */
      sentinelPassword: z.string().optional(),
    })
    .strict(),
]);

export type RedisTarget = z.infer<typeof redisTargetSchema>;
