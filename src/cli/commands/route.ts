import type { Command } from "commander";

export function registerRouteCommand(program: Command): void {
  void program;
}
