import type { Command } from "commander";

export function registerFitCommand(program: Command): void {
  void program;
}
