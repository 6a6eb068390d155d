import { Command } from "commander";
import { vi } from "vitest";
import { registerBatchCommand } from "../../src/cli/commands/batch.js";
import { registerWorkerCommand } from "../../src/cli/commands/worker.js";
import { reportCliError } from "../../src/cli/report-error.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `routellm batch|worker ...` in this process: the real command modules and the same error
 * reporting (message and exit code) as src/cli/main.ts, with stdout and stderr captured.
 */
export async function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  });
  const saved: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(env)) {
    saved[name] = process.env[name];
    process.env[name] = value;
  }
  const program = new Command().name("routellm").exitOverride();
  registerBatchCommand(program);
  registerWorkerCommand(program);
  let code = 0;
  try {
    await program.parseAsync(["node", "routellm", ...args]);
  } catch (error) {
    code = reportCliError(error);
  } finally {
    out.mockRestore();
    err.mockRestore();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  return { code, stdout, stderr };
}
