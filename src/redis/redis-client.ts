/**
 * The one place RouteLLM opens a Redis connection: a standalone server, a Sentinel-managed primary or
 * a Redis Cluster, chosen by the URL scheme or the shape of the config value (see
 * src/config/sections/redis.ts). Every use (bandit store, server limits and budgets, batch queues and
 * workers) goes through createRedisClient, so each topology works everywhere.
 */
import { Cluster, Redis, type ClusterOptions, type RedisOptions } from "ioredis";
import { RouterError } from "../errors.js";
import type { RedisTarget } from "../config/sections/redis.js";

export type { RedisTarget } from "../config/sections/redis.js";
export type RedisClient = Redis | Cluster;

interface HostPort {
  host: string;
  port: number;
}

/** A Redis target with its topology spelled out. */
export type RedisTopology =
  | { kind: "standalone"; url: string }
  | { kind: "cluster"; nodes: HostPort[]; username?: string; password?: string; tls: boolean }
  | { kind: "sentinel"; sentinels: HostPort[]; name: string; username?: string; password?: string; sentinelPassword?: string; db?: number; tls: boolean };

const MULTI_HOST_URL = /^(redis-sentinel|redis-cluster):\/\/(?:([^@/]*)@)?([^/?#]+)(?:\/([^?#]*))?(?:\?([^#]*))?$/;

function invalid(message: string): RouterError {
  return new RouterError("CONFIG_INVALID", message);
}

/** `host:port`, `redis://host:port` or `[::1]:port`; port defaults to `defaultPort`. */
function parseHostPort(text: string, defaultPort: number): HostPort {
  const bare = text
    .replace(/^rediss?:\/\//, "")
    .replace(/\/.*$/, "")
    .replace(/^[^@]*@/, "");
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(bare);
  if (!match) throw invalid(`"${bare}" is not a host:port address`);
  const port = match[2] === undefined ? defaultPort : Number(match[2]);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw invalid(`"${bare}" has no valid port`);
  return { host: match[1]!.replace(/^\[|\]$/g, ""), port };
}

/** `user:password` (either may be empty) from a URL's userinfo, decoded. */
function parseUserInfo(userInfo: string | undefined): { username?: string; password?: string } {
  if (!userInfo) return {};
  const colon = userInfo.indexOf(":");
  const username = decodeURIComponent(colon === -1 ? userInfo : userInfo.slice(0, colon));
  const password = colon === -1 ? undefined : decodeURIComponent(userInfo.slice(colon + 1));
  return { ...(username ? { username } : {}), ...(password ? { password } : {}) };
}

/** The topology a config value or URL names. Throws CONFIG_INVALID for a malformed one. */
export function resolveRedisTopology(target: RedisTarget): RedisTopology {
  if (typeof target === "string") {
    if (/^rediss?:\/\//.test(target)) return { kind: "standalone", url: target };
    const match = MULTI_HOST_URL.exec(target);
    if (!match)
      throw invalid(
        `unsupported Redis URL ${describeRedisTarget(target)} (use redis://, rediss://, redis-sentinel://host:port,host:port/mastername or redis-cluster://host:port,host:port)`,
      );
    const [, scheme, userInfo, hosts, path, query] = match;
    const params = new URLSearchParams(query ?? "");
    const credentials = parseUserInfo(userInfo);
    const tls = params.get("tls") === "true";
    if (scheme === "redis-cluster") return { kind: "cluster", nodes: hosts!.split(",").map((host) => parseHostPort(host, 6379)), tls, ...credentials };
    const [name, db] = (path ?? "").split("/");
    if (!name) throw invalid("a redis-sentinel:// URL needs the primary's name as its path: redis-sentinel://host:26379,host:26380/mymaster");
    const sentinelPassword = params.get("sentinelPassword") ?? undefined;
    return {
      kind: "sentinel",
      sentinels: hosts!.split(",").map((host) => parseHostPort(host, 26379)),
      name: decodeURIComponent(name),
      tls,
      ...credentials,
      ...(sentinelPassword ? { sentinelPassword } : {}),
      ...(db ? { db: Number(db) } : {}),
    };
  }
  if ("cluster" in target) {
    const first = /^rediss?:\/\/([^@/]*)@/.exec(target.cluster[0] ?? "");
    return {
      kind: "cluster",
      nodes: target.cluster.map((node) => parseHostPort(node, 6379)),
      tls: target.cluster[0]?.startsWith("rediss://") ?? false,
      ...parseUserInfo(first?.[1]),
    };
  }
  return {
    kind: "sentinel",
    sentinels: target.sentinels.map((sentinel) => parseHostPort(sentinel, 26379)),
    name: target.name,
    tls: false,
    ...(target.password === undefined ? {} : { password: target.password }),
    ...(target.sentinelPassword === undefined ? {} : { sentinelPassword: target.sentinelPassword }),
  };
}

/** The target without credentials, safe for logs and messages. */
export function describeRedisTarget(target: RedisTarget): string {
  if (typeof target === "string") {
    const withoutUserInfo = target.replace(/^([a-z-]+:\/\/)[^@/]*@/, "$1");
    return withoutUserInfo.replace(/\?.*$/, "").replace(/\/$/, "");
  }
  if ("cluster" in target) return `redis-cluster://${target.cluster.map((node) => node.replace(/^rediss?:\/\/([^@/]*@)?/, "").replace(/\/.*$/, "")).join(",")}`;
  return `redis-sentinel://${target.sentinels.map((sentinel) => sentinel.replace(/^rediss?:\/\/([^@/]*@)?/, "")).join(",")}/${target.name}`;
}

/** Which topology a target names, for messages and metrics. */
export function redisTopologyKind(target: RedisTarget): RedisTopology["kind"] {
  return resolveRedisTopology(target).kind;
}

/**
 * An ioredis client for the target: `Redis` for a standalone server (URL as given, so `rediss://`
 * turns TLS on and `/db` selects a database), `Redis` with sentinel options for Sentinel (it asks
 * the sentinels for the current primary and follows a failover), `Cluster` for a Redis Cluster (the
 * options apply to each node connection). The caller attaches an `error` listener and closes it.
 */
export function createRedisClient(target: RedisTarget, options: RedisOptions = {}): RedisClient {
  const topology = resolveRedisTopology(target);
  if (topology.kind === "standalone") return new Redis(topology.url, options);
  const credentials = {
    ...(topology.username === undefined ? {} : { username: topology.username }),
    ...(topology.password === undefined ? {} : { password: topology.password }),
    ...(topology.tls ? { tls: {} } : {}),
  };
  if (topology.kind === "sentinel") {
    return new Redis({
      ...options,
      ...credentials,
      sentinels: topology.sentinels,
      name: topology.name,
      ...(topology.sentinelPassword === undefined ? {} : { sentinelPassword: topology.sentinelPassword }),
      ...(topology.db === undefined ? {} : { db: topology.db }),
      // After a failover the old primary may answer as a replica for a moment: reconnect on READONLY.
      reconnectOnError: (error) => (error.message.startsWith("READONLY") ? 2 : false),
      ...(topology.tls ? { enableTLSForSentinelMode: true } : {}),
    });
  }
  const { retryStrategy, enableAutoPipelining, enableOfflineQueue, lazyConnect, enableReadyCheck, ...nodeOptions } = options;
  const clusterOptions: ClusterOptions = {
    redisOptions: { ...nodeOptions, ...credentials },
    ...(retryStrategy === undefined ? {} : { clusterRetryStrategy: (times: number) => retryStrategy?.(times) ?? null }),
    ...(enableAutoPipelining === undefined ? {} : { enableAutoPipelining }),
    ...(enableOfflineQueue === undefined ? {} : { enableOfflineQueue }),
    ...(lazyConnect === undefined ? {} : { lazyConnect }),
    ...(enableReadyCheck === undefined ? {} : { enableReadyCheck }),
  };
  return new Cluster(topology.nodes, clusterOptions);
}

/** Every primary of the target (the one client for standalone and Sentinel, each master for a Cluster): for SCAN and other per-node commands. */
export function primaryNodes(client: RedisClient): Redis[] {
  return client instanceof Cluster ? client.nodes("master") : [client];
}

/** `name` -> `{name}`; a name that already carries a hash tag is kept. Keys sharing a tag live in one Cluster slot, so one script may touch them all. */
export function withHashTag(name: string): string {
  return /\{[^{}]+\}/.test(name) ? name : `{${name}}`;
}
