#!/usr/bin/env node
// `npm test`: makes sure a Redis answers, then runs `vitest run` (projects `unit` and `int`)
// with ROUTELLM_TEST_REDIS_URL set and Node's compile cache in a temporary folder (NODE_COMPILE_CACHE). Extra arguments are forwarded to vitest; the exit code is
// vitest's.
//
// Redis: $ROUTELLM_TEST_REDIS_URL when set; else a throw-away `redis-server` (no persistence) on a
// free port, killed at exit, so the tests never write into the user's Redis; only when redis-server
// is not installed, the Redis at redis://127.0.0.1:6379 (tests use unique key prefixes and delete them).
import { spawn } from "node:child_process";
import { createServer, createConnection } from "node:net";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";
const projectRoot = fileURLToPath(new URL("..", import.meta.url));
const vitestBin = fileURLToPath(new URL("../node_modules/vitest/vitest.mjs", import.meta.url));

/** Sends PING over a raw socket; true when a Redis answers +PONG (or asks for auth) within the timeout. */
function pingRedis(url, timeoutMs = 1000) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname || "127.0.0.1", port: Number(port || 6379) });
    const finish = (answered) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answered);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    let received = "";
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
      if (received.includes("\r\n")) finish(received.startsWith("+PONG") || received.startsWith("-NOAUTH"));
    });
    socket.on("error", () => finish(false));
  });
}

async function freePort() {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address();
  server.close();
  await once(server, "close");
  return port;
}

async function startRedisServer() {
  const port = await freePort();
  const child = spawn("redis-server", ["--save", "", "--appendonly", "no", "--port", String(port), "--bind", "127.0.0.1", "--daemonize", "no"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const spawnError = await Promise.race([once(child, "error").then(([error]) => error), once(child, "spawn").then(() => undefined)]);
  if (spawnError) {
    if (spawnError.code === "ENOENT") {
      if (await pingRedis(DEFAULT_REDIS_URL)) return undefined;
      console.error(
        "scripts/test.mjs: no Redis answers and `redis-server` is not installed.\n" +
          "Install it (Debian/Ubuntu: `sudo apt-get install -y redis-server`; macOS: `brew install redis`)\n" +
          "or point ROUTELLM_TEST_REDIS_URL at a running Redis.",
      );
      process.exit(1);
    }
    throw spawnError;
  }
  const url = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await pingRedis(url, 200)) return { url, child };
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill("SIGKILL");
  console.error(`scripts/test.mjs: redis-server on port ${port} did not answer PING.`);
  process.exit(1);
}

async function main() {
  let redisUrl = process.env.ROUTELLM_TEST_REDIS_URL;
  let redisChild;
  if (redisUrl !== undefined) {
    if (!(await pingRedis(redisUrl))) {
      console.error(`scripts/test.mjs: no Redis answers at ROUTELLM_TEST_REDIS_URL=${redisUrl}.`);
      process.exit(1);
    }
    console.log(`scripts/test.mjs: using Redis at ${redisUrl} (ROUTELLM_TEST_REDIS_URL)`);
  } else {
    const started = await startRedisServer();
    if (started) {
      redisUrl = started.url;
      redisChild = started.child;
      console.log(`scripts/test.mjs: started a throw-away redis-server at ${redisUrl} (your own Redis is not touched)`);
    } else {
      redisUrl = DEFAULT_REDIS_URL;
      console.log(`scripts/test.mjs: redis-server is not installed; using the Redis at ${redisUrl} (unique test key prefixes, deleted after each test)`);
    }
  }
  const redisRunning = () => redisChild !== undefined && redisChild.exitCode === null && redisChild.signalCode === null;
  // Last resort (e.g. an uncaught error); the normal path below waits for the exit so no zombie is left.
  process.on("exit", () => {
    if (redisRunning()) redisChild.kill("SIGKILL");
  });
  const stopRedis = async () => {
    if (!redisRunning()) return;
    const exited = once(redisChild, "exit");
    redisChild.kill("SIGKILL");
    await exited;
  };

  // A JSON report beside the usual output, for one plain closing line: "tests: N passed, N failed, N skipped".
  const reportDir = mkdtempSync(join(tmpdir(), "routellm-test-"));
  const reportFile = join(reportDir, "report.json");
  // Node's compile cache (V8 code cache, keyed by each module's source) for every process of the run: vitest's workers
  // and the CLI, serve and batch processes the tests start compile the same dependencies and sources again and again
  // (session 56, docs/testing.md "session 56: CI time"). Removed with the report; a NODE_COMPILE_CACHE you set is kept.
  const compileCache =
    process.env.NODE_COMPILE_CACHE === undefined && process.env.NODE_DISABLE_COMPILE_CACHE === undefined
      ? { NODE_COMPILE_CACHE: join(reportDir, "compile-cache") }
      : {};
  const vitest = spawn(
    process.execPath,
    [vitestBin, "run", "--reporter=default", "--reporter=json", `--outputFile.json=${reportFile}`, ...process.argv.slice(2)],
    {
      stdio: "inherit",
      cwd: projectRoot,
      env: { ...process.env, ...compileCache, ROUTELLM_TEST_REDIS_URL: redisUrl },
    },
  );
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      vitest.kill(signal);
    });
  }
  const [code, signal] = await once(vitest, "exit");
  await stopRedis();
  try {
    const report = JSON.parse(readFileSync(reportFile, "utf8"));
    const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    console.log(`\ntests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
  } catch {
    console.log("\ntests: no report (vitest did not finish)");
  }
  rmSync(reportDir, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
}

main().catch((error) => {
  console.error("scripts/test.mjs:", error);
  process.exit(1);
});
