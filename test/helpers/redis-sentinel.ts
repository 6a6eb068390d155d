/**
 * A private Sentinel setup: a primary, one replica and three sentinels (quorum 2) on free ports.
 *
 *   const sentinel = await startRedisSentinel();
 *   ... createRedisClient(sentinel.url) ...   // redis-sentinel://127.0.0.1:S1,.../routellm-test
 *   await sentinel.failover();                 // SENTINEL FAILOVER; resolves once the replica is primary
 *   await sentinel.stop();                     // kills every process, removes the temp folder
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { writeFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "./free-port.js";
import { killProcesses, waitUntil } from "./redis-cluster.js";
import { pingRedis } from "./redis-server.js";

const run = promisify(execFile);
export const SENTINEL_MASTER_NAME = "routellm-test";

export interface RedisSentinelHandle {
  /** redis-sentinel://127.0.0.1:S1,127.0.0.1:S2,127.0.0.1:S3/routellm-test */
  url: string;
  /** Port of the current primary, as the sentinels report it. */
  primaryPort(): Promise<number>;
  /** Asks the sentinels to fail over and waits until the other server is primary and writable. */
  failover(): Promise<void>;
  /** Kills the primary's redis-server process (SIGKILL) and waits until the sentinels promote the replica and it takes writes. */
  killPrimary(): Promise<void>;
  stop(): Promise<void>;
}

async function redisCli(port: number, ...args: string[]): Promise<string> {
  return (await run("redis-cli", ["-p", String(port), ...args])).stdout.trim();
}

/**
 * The same, for a poll: a server that closes the connection or refuses it while it resyncs or changes role (seen in CI
 * right after a failover: "Server closed the connection") answers "" — not yet — and `waitUntil` asks again until its
 * timeout, whose error names what was awaited.
 */
async function pollRedisCli(port: number, ...args: string[]): Promise<string> {
  try {
    return await redisCli(port, ...args);
  } catch {
    return "";
  }
}

export async function startRedisSentinel(sentinelCount = 3): Promise<RedisSentinelHandle> {
  const dir = await mkdtemp(join(tmpdir(), "routellm-sentinel-"));
  const [primary, replica] = [await freePort(), await freePort()];
  const children: ChildProcess[] = [];
  const servers = new Map<number, ChildProcess>();
  const server = (port: number, extra: string[] = []) => {
    const child = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--dbfilename", `dump-${port}.rdb`, "--save", "", "--appendonly", "no", ...extra],
      { stdio: "ignore" },
    );
    children.push(child);
    servers.set(port, child);
  };
  const stop = async () => {
    await killProcesses(children);
    await rm(dir, { recursive: true, force: true });
  };
  const sentinelPorts: number[] = [];
  try {
    server(primary);
    server(replica, ["--replicaof", "127.0.0.1", String(primary)]);
    for (const port of [primary, replica]) await waitUntil(() => pingRedis(`redis://127.0.0.1:${port}`, 200), `redis ${port}`);
    await waitUntil(async () => (await pollRedisCli(replica, "info", "replication")).includes("master_link_status:up"), "replication link");
    for (let index = 0; index < sentinelCount; index += 1) {
      const port = await freePort();
      sentinelPorts.push(port);
      const config = join(dir, `sentinel-${port}.conf`);
      await writeFile(
        config,
        [
          `port ${port}`,
          "bind 127.0.0.1",
          `dir ${dir}`,
          `sentinel monitor ${SENTINEL_MASTER_NAME} 127.0.0.1 ${primary} ${Math.min(2, sentinelCount)}`,
          `sentinel down-after-milliseconds ${SENTINEL_MASTER_NAME} 1000`,
          `sentinel failover-timeout ${SENTINEL_MASTER_NAME} 5000`,
          `sentinel parallel-syncs ${SENTINEL_MASTER_NAME} 1`,
          "",
        ].join("\n"),
      );
      children.push(spawn("redis-server", [config, "--sentinel"], { stdio: "ignore" }));
    }
    for (const port of sentinelPorts) {
      await waitUntil(() => pingRedis(`redis://127.0.0.1:${port}`, 200), `sentinel ${port}`);
      await waitUntil(
        async () => (await pollRedisCli(port, "sentinel", "replicas", SENTINEL_MASTER_NAME)).includes(String(replica)),
        `sentinel ${port} to see the replica`,
      );
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const primaryPort = async () => Number((await redisCli(sentinelPorts[0]!, "sentinel", "get-master-addr-by-name", SENTINEL_MASTER_NAME)).split("\n")[1]);
  return {
    url: `redis-sentinel://${sentinelPorts.map((port) => `127.0.0.1:${port}`).join(",")}/${SENTINEL_MASTER_NAME}`,
    primaryPort,
    async failover() {
      const before = await primaryPort();
      await redisCli(sentinelPorts[0]!, "sentinel", "failover", SENTINEL_MASTER_NAME);
      await waitUntil(async () => (await primaryPort()) !== before, "the sentinels to name a new primary");
      const after = await primaryPort();
      await waitUntil(async () => (await pollRedisCli(after, "role")).startsWith("master"), "the new primary to take writes");
    },
    async killPrimary() {
      const before = await primaryPort();
      const victim = servers.get(before)!;
      // The replica must be replicating (after an earlier failover it resyncs for a moment):
      // otherwise the sentinels would promote a replica without the data.
      const replica = [...servers.keys()].find((port) => port !== before)!;
      await waitUntil(async () => (await pollRedisCli(replica, "info", "replication")).includes("master_link_status:up"), "the replica to be in sync");
      const exited = new Promise((resolve) => victim.once("exit", resolve));
      victim.kill("SIGKILL");
      await exited;
      await waitUntil(async () => (await primaryPort()) !== before, "the sentinels to promote the replica", 30_000);
      const after = await primaryPort();
      await waitUntil(async () => (await pollRedisCli(after, "role")).startsWith("master"), "the new primary to take writes");
    },
    stop,
  };
}
