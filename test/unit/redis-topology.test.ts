// One connection factory: the topology named by a URL scheme or a config object, printed without credentials.
import { describe, expect, it } from "vitest";
import { Cluster, Redis } from "ioredis";
import { createRedisClient, describeRedisTarget, resolveRedisTopology, withHashTag } from "../../src/redis/redis-client.js";

describe("Redis topologies", () => {
  it("reads standalone, Sentinel and Cluster URLs and objects", () => {
    expect(resolveRedisTopology("rediss://u:p@cache:6380/2")).toEqual({ kind: "standalone", url: "rediss://u:p@cache:6380/2" });
    expect(resolveRedisTopology("redis-sentinel://:pw@s1:26379,s2/mymaster?sentinelPassword=sp")).toEqual({
      kind: "sentinel",
      sentinels: [
        { host: "s1", port: 26379 },
        { host: "s2", port: 26379 },
      ],
      name: "mymaster",
      password: "pw",
      sentinelPassword: "sp",
      tls: false,
    });
    expect(resolveRedisTopology("redis-cluster://n1:7000,n2:7001")).toEqual({
      kind: "cluster",
      nodes: [
        { host: "n1", port: 7000 },
        { host: "n2", port: 7001 },
      ],
      tls: false,
    });
    expect(resolveRedisTopology({ cluster: ["redis://:pw@n1:7000", "n2:7001"] })).toMatchObject({
      kind: "cluster",
      nodes: [
        { host: "n1", port: 7000 },
        { host: "n2", port: 7001 },
      ],
      password: "pw",
    });
    expect(resolveRedisTopology({ sentinels: ["s1:26379", "redis://s2:26380"], name: "primary", password: "pw" })).toMatchObject({
      kind: "sentinel",
      sentinels: [
        { host: "s1", port: 26379 },
        { host: "s2", port: 26380 },
      ],
      name: "primary",
      password: "pw",
    });
  });

  it("refuses a Sentinel URL without the primary's name and unknown schemes with CONFIG_INVALID", () => {
    expect(() => resolveRedisTopology("redis-sentinel://s1:26379")).toThrow(expect.objectContaining({ code: "CONFIG_INVALID" }));
    expect(() => resolveRedisTopology("memcached://x:1" as never)).toThrow(/unsupported Redis URL/);
  });

  it("prints targets without credentials", () => {
    expect(describeRedisTarget("redis://user:secret@cache:6379/0")).toBe("redis://cache:6379/0");
    expect(describeRedisTarget("redis-sentinel://:secret@s1:26379,s2:26379/mymaster?sentinelPassword=x")).toBe("redis-sentinel://s1:26379,s2:26379/mymaster");
    expect(describeRedisTarget({ cluster: ["redis://:secret@n1:7000", "redis://n2:7001"] })).toBe("redis-cluster://n1:7000,n2:7001");
    expect(describeRedisTarget({ sentinels: ["s1:26379"], name: "m", password: "secret" })).not.toContain("secret");
  });

  it("builds Redis for standalone and Sentinel, Cluster for a cluster (lazily: no connection)", () => {
    const clients = [
      createRedisClient("redis://127.0.0.1:1", { lazyConnect: true }),
      createRedisClient("redis-sentinel://127.0.0.1:1/m", { lazyConnect: true }),
      createRedisClient({ cluster: ["127.0.0.1:1"] }, { lazyConnect: true }),
    ];
    expect(clients[0]).toBeInstanceOf(Redis);
    expect(clients[1]).toBeInstanceOf(Redis);
    expect((clients[1] as Redis).options.sentinels).toEqual([{ host: "127.0.0.1", port: 1 }]);
    expect(clients[2]).toBeInstanceOf(Cluster);
    for (const client of clients) client.disconnect();
  });

  it("wraps a key prefix in a hash tag unless it has one", () => {
    expect(withHashTag("routellm:bandit")).toBe("{routellm:bandit}");
    expect(withHashTag("app:{tenant}:x")).toBe("app:{tenant}:x");
  });
});
