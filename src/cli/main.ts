#!/usr/bin/env node
import cluster from "node:cluster";
import { readFileSync } from "node:fs";
import { Command } from "commander";
import { reportCliError } from "./report-error.js";

type Register = (program: Command) => void;

// Each command group is loaded only when it runs, so `routellm route` does not pay for the
// server, queue or chart libraries. `routellm --help` loads them all to list them.
const COMMANDS: Record<string, () => Promise<Register>> = {
  route: async () => (await import("./commands/route.js")).registerRouteCommand,
  privacy: async () => (await import("./commands/privacy.js")).registerPrivacyCommand,
  simulate: async () => (await import("./commands/simulate.js")).registerSimulateCommand,
  fit: async () => (await import("./commands/fit.js")).registerFitCommand,
  train: async () => (await import("./commands/train.js")).registerTrainCommand,
  calibrate: async () => (await import("./commands/calibrate.js")).registerCalibrateCommand,
  serve: async () => (await import("./commands/serve.js")).registerServeCommand,
  worker: async () => (await import("./commands/worker.js")).registerWorkerCommand,
  batch: async () => (await import("./commands/batch.js")).registerBatchCommand,
};

/** The version in package.json (two folders up from src/cli, three from dist/src/cli). */
function packageVersion(): string {
  for (const relative of ["../../package.json", "../../../package.json"]) {
    try {
      const parsed = JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8")) as { name?: string; version?: string };
      if (parsed.name === "routellm" && parsed.version) return parsed.version;
    } catch {
      // try the next location
    }
  }
  return "unknown";
}

async function main(): Promise<void> {
  const program = new Command();
  program
    .name("routellm")
    .description("Route each LLM request to the cheapest model that answers it well.")
    .version(packageVersion(), "-V, --version", "print the RouteLLM version")
    .showHelpAfterError();
  const requested = process.argv[2];
  // `--version` needs no command module.
  const versionOnly = requested === "--version" || requested === "-V";
  const names = requested !== undefined && requested in COMMANDS ? [requested] : versionOnly ? [] : Object.keys(COMMANDS);
  for (const name of names) (await COMMANDS[name]!())(program);
  await program.parseAsync(process.argv);
}

main().catch((error: unknown) => {
  process.exitCode = reportCliError(error);
  // A cluster worker's IPC channel would keep it alive: exit, so the primary sees the failure.
  if (cluster.isWorker) process.exit();
});
