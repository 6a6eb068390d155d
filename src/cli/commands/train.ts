import type { Command } from "commander";

export function registerTrainCommand(program: Command): void {
  void program;
}
