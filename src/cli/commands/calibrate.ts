import type { Command } from "commander";

export function registerCalibrateCommand(program: Command): void {
  void program;
}
