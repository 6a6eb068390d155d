import type { Command } from "commander";

export function registerPrivacyCommand(program: Command): void {
  void program;
}
