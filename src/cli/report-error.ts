import { isRouterError } from "../config/index.js";

/** Prints an error for a person (code and message, no stack for expected errors) and returns the exit code. */
export function reportCliError(error: unknown): number {
  if (isRouterError(error)) {
    process.stderr.write(`routellm: ${error.code}: ${error.message}\n`);
    return error.code === "CONFIG_INVALID" || error.code === "CONFIG_NOT_FOUND" || error.code === "INVALID_REQUEST" ? 2 : 1;
  }
  process.stderr.write(`routellm: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}
