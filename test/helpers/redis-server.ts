/**
 * Start a private `redis-server` on a free port, for tests that must restart Redis or change its
 * persistence (e.g. AOF on) without touching the machine's shared Redis.
 *
 *   const redis = await startRedisServer({ appendOnly: true });
 *   ... redis.url ...
 *   await redis.restart();   // same port and data directory: AOF data survives
 *   await redis.stop();      // kills it and removes its data directory
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./free-port.js";

export interface RedisServerOptions {
  /** Turn on AOF persistence (`appendfsync always`), so data survives `restart()`. Default false. */
  appendOnly?: boolean;
  /** Extra `redis-server` arguments, e.g. ["--maxmemory", "10mb"]. */
  extraArgs?: string[];
}

export interface RedisServerHandle {
  url: string;
  port: number;
  /** Directory holding this server's AOF / RDB files. */
  dataDir: string;
  /** Kill (SIGKILL, like a crash) and start again on the same port and data directory. */
  restart(): Promise<void>;
  /** Kill the process only (keep the data directory); `restart()` brings it back. */
  kill(): Promise<void>;
  /** Kill the process and delete the data directory. */
  stop(): Promise<void>;
}

/** PING over a raw socket: true when the server answers +PONG within `timeoutMs`. */
export function pingRedis(url: string, timeoutMs = 500): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname || "127.0.0.1", port: Number(port || 6379) });
    let received = "";
    const finish = (answered: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answered);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
      if (received.includes("\r\n")) finish(received.startsWith("+PONG"));
    });
    socket.on("error", () => finish(false));
  });
}

export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServerHandle> {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), "routellm-redis-"));
  const url = `redis://127.0.0.1:${port}`;
  const args = [
    "--port",
    String(port),
    "--bind",
    "127.0.0.1",
    "--daemonize",
    "no",
    "--dir",
    dataDir,
    "--save",
    "",
    "--appendonly",
    options.appendOnly ? "yes" : "no",
    ...(options.appendOnly ? ["--appendfsync", "always"] : []),
    ...(options.extraArgs ?? []),
  ];
  let child: ChildProcess | undefined;

  const launch = async () => {
    const spawned = spawn("redis-server", args, { stdio: "ignore" });
    child = spawned;
    const failure = await Promise.race([
      once(spawned, "error").then(([error]) => error as NodeJS.ErrnoException),
      once(spawned, "spawn").then(() => undefined),
    ]);
    if (failure?.code === "ENOENT") throw new Error("redis-server is not installed (apt-get install -y redis-server)");
    if (failure) throw failure;
    for (let attempt = 0; attempt < 200; attempt++) {
      if (await pingRedis(url, 200)) return;
      if (spawned.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    spawned.kill("SIGKILL");
    throw new Error(`redis-server on port ${port} did not answer PING`);
  };

  const kill = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = once(running, "exit");
    running.kill("SIGKILL");
    await exited;
  };

  await launch();
  return {
    url,
    port,
    dataDir,
    kill,
    async restart() {
      await kill();
      await launch();
    },
    async stop() {
      await kill();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
