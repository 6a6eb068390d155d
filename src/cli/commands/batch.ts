import type { Command } from "commander";

export function registerBatchCommand(program: Command): void {
  void program;
}
