/**
 * `routellm serve` as a child process (from source through tsx) for multi-process tests: start it
 * with a config text and extra arguments, wait for "serving on", read its worker pids, stop it.
 *
 *   const served = await startServeProcess(configYaml, ["--workers", "2"], { ROUTELLM_API_KEYS: "..." });
 *   ... fetch(`${served.url}/v1/...`) ...
 *   await served.stop();   // SIGKILL if still running; removes the config folder
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./free-port.js";

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  stderr(): string;
  /** Pids of the primary's cluster workers. */
  workerPids(): number[];
  stop(): Promise<void>;
}

export async function startServeProcess(configYaml: string, args: string[] = [], env: NodeJS.ProcessEnv = {}, timeoutMs = 150_000): Promise<ServeProcess> {
  const dir = mkdtempSync(join(tmpdir(), "routellm-serve-"));
  const config = join(dir, "routellm.config.yaml");
  writeFileSync(config, configYaml);
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve", "--config", config, "--port", String(port), ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, "exit");
      child.kill("SIGKILL");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const started = Date.now();
  while (!stderr.includes("serving on")) {
    if (child.exitCode !== null || Date.now() - started > timeoutMs) {
      await stop();
      throw new Error(`routellm serve did not start: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    stderr: () => stderr,
    workerPids: () => readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number),
    stop,
  };
}
