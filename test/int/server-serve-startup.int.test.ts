// `routellm serve` with its default single worker: served by a forked worker with server.memory on its
// command line, and a worker that cannot start (port taken) ends the command with its error instead
// of being forked again for ever.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "../helpers/free-port.js";

function writeConfig(port: number): string {
  const file = join(mkdtempSync(join(tmpdir(), "routellm-serve-")), "routellm.config.yaml");
  writeFileSync(
    file,
    [
      "models:",
      "  - id: local-a",
      "    provider: ollama",
      "    model: llama3.1:8b",
      "    tier: local",
      "server:",
      `  port: ${port}`,
      "  logLevel: warn",
      "",
    ].join("\n"),
  );
  return file;
}

function serve(config: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve", "--config", config], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return { child, stderr: () => stderr };
}

describe("routellm serve (one worker)", () => {
  it("serves from one forked worker that has the memory settings", async () => {
    const port = await freePort();
    const { child, stderr } = serve(writeConfig(port));
    try {
      while (!stderr().includes("serving on")) {
        if (child.exitCode !== null) throw new Error(`routellm serve exited: ${stderr()}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      const workers = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
      expect(workers).toHaveLength(1);
      expect(readFileSync(`/proc/${workers[0]}/cmdline`, "utf8").split("\0")).toEqual(
        expect.arrayContaining(["--max-semi-space-size=1", "--heap-growing-percent=20"]),
      );
      child.kill("SIGTERM");
      expect((await once(child, "exit"))[0]).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  }, 60_000);

  it("exits with the worker's error when the port is taken", async () => {
    const blocker = createServer().listen(0, "127.0.0.1");
    await once(blocker, "listening");
    const port = (blocker.address() as { port: number }).port;
    const { child, stderr } = serve(writeConfig(port));
    try {
      const [code] = await once(child, "exit");
      expect(code).not.toBe(0);
      expect(stderr()).toContain(`CONFIG_INVALID: server.port: cannot listen on 127.0.0.1:${port} (already in use)`);
      expect(stderr()).toContain("a worker exited before it could serve");
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      blocker.close();
    }
  }, 60_000);
});
