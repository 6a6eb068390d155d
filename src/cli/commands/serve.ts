import type { Command } from "commander";
// Light imports only: with workers, this process is the primary and never loads the router.
import { DEFAULT_CONFIG, RouterError, resolveConfig } from "../../config/index.js";
import { startCluster } from "../../server/start-cluster.js";

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new RouterError("INVALID_REQUEST", `--port must be an integer from 0 to 65535, got "${value}"`);
  return port;
}

function parseWorkers(value: string): number {
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 0 || workers > 256)
    throw new RouterError("INVALID_REQUEST", `--workers must be an integer from 0 (one per core) to 256, got "${value}"`);
  return workers;
}

export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("Serve the router as an OpenAI- and Ollama-compatible HTTP endpoint")
    .option("-c, --config <file>", "config file (default: ./routellm.config.yaml, else the embedded default)")
    .option("-p, --port <port>", "port (default: server.port from the config, else 8080)")
    .option("-H, --host <host>", "host to bind (default: server.host from the config, else 127.0.0.1)")
    .option("-w, --workers <n>", "worker processes, 0 = one per core (default: server.workers from the config)")
    .action(async (options: { config?: string; port?: string; host?: string; workers?: string }) => {
      const started = await startCluster({
        forkSingleWorker: true,
        config: resolveConfig(options.config, DEFAULT_CONFIG),
        ...(options.port === undefined ? {} : { port: parsePort(options.port) }),
        ...(options.host === undefined ? {} : { host: options.host }),
        ...(options.workers === undefined ? {} : { workers: parseWorkers(options.workers) }),
      });
      if (started.primary) process.stderr.write(`routellm: serving on ${started.url} (OpenAI: ${started.url}/v1, Ollama: ${started.url}/api)\n`);
    });
}
