// Worker process entry point: `node dist/workers/batch-worker.js [--config F] [--concurrency N]`
// (the same as `routellm worker`). Runs batch prompts from Redis through the router graph until
// SIGTERM/SIGINT, then finishes or hands back its in-flight prompts. See src/batch/README.md.
import { parseArgs } from "node:util";
import { isRouterError } from "../src/index.js";
import { runWorkerFromConfig } from "../src/batch/index.js";

const { values } = parseArgs({ options: { config: { type: "string", short: "c" }, concurrency: { type: "string" } }, strict: true });

try {
  const running = await runWorkerFromConfig({
    ...(values.config === undefined ? {} : { configPath: values.config }),
    ...(values.concurrency === undefined ? {} : { concurrency: Number(values.concurrency) }),
  });
  await running.stopped;
} catch (error) {
  process.stderr.write(
    `routellm worker: ${isRouterError(error) ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = isRouterError(error) && (error.code === "CONFIG_INVALID" || error.code === "CONFIG_NOT_FOUND" || error.code === "INVALID_REQUEST") ? 2 : 1;
}
