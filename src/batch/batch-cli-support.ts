import { existsSync } from "node:fs";
import { DEFAULT_CONFIG_FILE, RouterError, describeIssues, loadConfigFile, type LoadedConfig } from "../index.js";
import { applyEnvironment, batchSchema, CONFIG_PATH_VARIABLE, describeOrigin } from "../config/index.js";
import type { BatchConfig } from "./batch-settings.js";
import type { BatchProgress } from "./batch-queue.js";

/**
 * The batch settings for a CLI command: from `--config` (which must exist), else the file named by
 * `ROUTELLM_CONFIG`, else ./routellm.config.yaml when present, else the defaults; the `ROUTELLM_*`
 * deployment variables (e.g. `ROUTELLM_REDIS_URL`) apply over them (src/config/environment.ts).
 */
export function loadBatchSettings(
  configPath: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): { settings: BatchConfig; loaded: LoadedConfig | undefined } {
  const path = configPath ?? (env[CONFIG_PATH_VARIABLE]?.trim() || undefined) ?? (existsSync(DEFAULT_CONFIG_FILE) ? DEFAULT_CONFIG_FILE : undefined);
  const loaded = path === undefined ? undefined : loadConfigFile(path, env);
  if (loaded) return { settings: loaded.config.batch, loaded };
  const { input, origins } = applyEnvironment({}, env);
  const parsed = batchSchema.safeParse((input as { batch?: unknown }).batch ?? {});
  if (parsed.success) return { settings: parsed.data, loaded };
  const issues = describeIssues(parsed.error).map((issue) => `  - ${describeOrigin(`batch.${issue.path}`, origins)}: ${issue.message}`);
  throw new RouterError("CONFIG_INVALID", `invalid batch settings from the environment:\n${issues.join("\n")}`);
}

function duration(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return "-";
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m${String(Math.ceil(seconds % 60)).padStart(2, "0")}s`;
  return `${Math.floor(seconds / 3600)}h${String(Math.floor((seconds % 3600) / 60)).padStart(2, "0")}m`;
}

export function formatCost(usd: number): string {
  return `$${usd.toFixed(usd >= 1 ? 2 : 6)}`;
}

/** `[#########.........]  52.3%  523/1000` */
export function progressBar(progress: BatchProgress, width = 30): string {
  const done = progress.succeeded + progress.failed;
  const fraction = progress.total === 0 ? 1 : Math.min(1, done / progress.total);
  const filled = Math.round(fraction * width);
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${(fraction * 100).toFixed(1).padStart(5)}%  ${done}/${progress.total}`;
}

/** One line for the live view: bar, counts, cost, throughput, time left. */
export function progressLine(progress: BatchProgress): string {
  const rate = progress.throughput === undefined ? "-" : `${progress.throughput.toFixed(1)}/s`;
  return `${progressBar(progress)}  ok ${progress.succeeded}  failed ${progress.failed}  retries ${progress.retries}  ${formatCost(progress.costUsd)}  ${rate}  eta ${duration(progress.etaSeconds)}`;
}

/** The full status as a person reads it. */
export function statusReport(progress: BatchProgress): string {
  const lines = [
    `batch      ${progress.id}${progress.name ? ` (${progress.name})` : ""}`,
    `status     ${progress.status}`,
    `progress   ${progressBar(progress)}`,
    `counts     total ${progress.total}  pending ${progress.pending}  succeeded ${progress.succeeded}  failed ${progress.failed}  retries ${progress.retries}${progress.invalidLines ? `  rejected lines ${progress.invalidLines}` : ""}`,
    `cost       ${formatCost(progress.costUsd)}  (${progress.inputTokens} input + ${progress.outputTokens} output tokens)`,
    `throughput ${progress.throughput === undefined ? "-" : `${progress.throughput.toFixed(1)} prompts/s`}`,
    `time left  ${duration(progress.etaSeconds)}`,
    `created    ${new Date(progress.createdAt).toISOString()}${progress.finishedAt ? `  finished ${new Date(progress.finishedAt).toISOString()}` : ""}`,
  ];
  return lines.join("\n");
}
