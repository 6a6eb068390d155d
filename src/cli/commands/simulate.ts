import type { Command } from "commander";

export function registerSimulateCommand(program: Command): void {
  void program;
}
