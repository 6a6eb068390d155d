/**
 * A private Redis Cluster of three masters (no replicas) on free ports, for topology tests:
 *
 *   const cluster = await startRedisCluster();
 *   ... createRedisClient(cluster.target) ...   // { cluster: ["redis://127.0.0.1:P1", ...] }
 *   await cluster.stop();                        // kills every node, removes the temp folder
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "./free-port.js";
import { pingRedis } from "./redis-server.js";

const run = promisify(execFile);

export interface RedisClusterHandle {
  ports: number[];
  urls: string[];
  target: { cluster: string[] };
  stop(): Promise<void>;
}

export async function killProcesses(children: readonly ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, "exit");
      child.kill("SIGKILL");
      await exited;
    }),
  );
}

export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function startRedisCluster(masters = 3): Promise<RedisClusterHandle> {
  const dir = await mkdtemp(join(tmpdir(), "routellm-cluster-"));
  const ports: number[] = [];
  for (let index = 0; index < masters; index += 1) ports.push(await freePort());
  const children = ports.map((port) =>
    spawn(
      "redis-server",
      [
        "--port",
        String(port),
        "--bind",
        "127.0.0.1",
        "--cluster-enabled",
        "yes",
        "--cluster-config-file",
        join(dir, `nodes-${port}.conf`),
        "--cluster-node-timeout",
        "2000",
        "--dir",
        dir,
        "--save",
        "",
        "--appendonly",
        "no",
        "--dbfilename",
        `dump-${port}.rdb`,
      ],
      { stdio: "ignore" },
    ),
  );
  const stop = async () => {
    await killProcesses(children);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    for (const port of ports) await waitUntil(() => pingRedis(`redis://127.0.0.1:${port}`, 200), `cluster node ${port}`);
    await run("redis-cli", ["--cluster", "create", ...ports.map((port) => `127.0.0.1:${port}`), "--cluster-replicas", "0", "--cluster-yes"]);
    for (const port of ports)
      await waitUntil(
        async () => (await run("redis-cli", ["-p", String(port), "cluster", "info"])).stdout.includes("cluster_state:ok"),
        `cluster_state:ok on ${port}`,
      );
  } catch (error) {
    await stop();
    throw error;
  }
  const urls = ports.map((port) => `redis://127.0.0.1:${port}`);
  return { ports, urls, target: { cluster: urls }, stop };
}
