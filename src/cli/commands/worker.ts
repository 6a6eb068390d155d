import type { Command } from "commander";

export function registerWorkerCommand(program: Command): void {
  void program;
}
