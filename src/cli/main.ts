#!/usr/bin/env node
import { Command } from "commander";
import { registerRouteCommand } from "./commands/route.js";
import { registerPrivacyCommand } from "./commands/privacy.js";
import { registerSimulateCommand } from "./commands/simulate.js";
import { registerFitCommand } from "./commands/fit.js";
import { registerTrainCommand } from "./commands/train.js";
import { registerCalibrateCommand } from "./commands/calibrate.js";
import { registerServeCommand } from "./commands/serve.js";
import { registerWorkerCommand } from "./commands/worker.js";
import { registerBatchCommand } from "./commands/batch.js";
import { reportCliError } from "./report-error.js";

const program = new Command();
program
  .name("routellm")
  .description("Route each LLM request to the cheapest model that answers it well.")
  .showHelpAfterError();

for (const register of [
  registerRouteCommand,
  registerPrivacyCommand,
  registerSimulateCommand,
  registerFitCommand,
  registerTrainCommand,
  registerCalibrateCommand,
  registerServeCommand,
  registerWorkerCommand,
  registerBatchCommand,
]) register(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  process.exitCode = reportCliError(error);
});
