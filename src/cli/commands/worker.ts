import type { Command } from "commander";
import { RouterError } from "../../index.js";
import { runWorkerFromConfig } from "../../batch/index.js";

export function registerWorkerCommand(program: Command): void {
  program
    .command("worker")
    .description("Process batch prompts from Redis through the router graph until SIGTERM/SIGINT (run several, on one or many machines)")
    .option("-c, --config <file>", "config file (default: ./routellm.config.yaml)")
    .option("--concurrency <n>", "prompts this process runs at once (default: batch.concurrency)", (value: string) => {
      const number = Number(value);
      if (!Number.isInteger(number) || number < 1) throw new RouterError("INVALID_REQUEST", `--concurrency must be a positive integer, got "${value}"`);
      return number;
    })
    .action(async (options: { config?: string; concurrency?: number }) => {
      const running = await runWorkerFromConfig({
        ...(options.config === undefined ? {} : { configPath: options.config }),
        ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
      });
      await running.stopped;
    });
}
