import { readFileSync, existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { RouterError } from "../errors.js";
import { withKeySuggestions } from "./did-you-mean.js";
import { routerConfigSchema, type RouterConfig, type RouterConfigInput } from "./schema.js";
import { applyEnvironment, CONFIG_PATH_VARIABLE, describeOrigin } from "./environment.js";

export const DEFAULT_CONFIG_FILE = "routellm.config.yaml";

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(root)";
  return path.map((part, index) => (typeof part === "number" ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`)).join("");
}

export interface ConfigIssue {
  path: string;
  message: string;
}

export function describeIssues(error: z.ZodError, schema: z.ZodType = routerConfigSchema): ConfigIssue[] {
  return withKeySuggestions(schema, error.issues).map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/**
 * Validates a config object once, at the boundary. Throws RouterError CONFIG_INVALID whose
 * message lists every bad field as `path: what was expected`.
 */
export function parseConfig(input: unknown, source = "config", origins: ReadonlyMap<string, string> = new Map()): RouterConfig {
  const result = routerConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const issues = describeIssues(result.error).map((issue) => ({ ...issue, path: describeOrigin(issue.path, origins) }));
  const lines = issues.map((issue) => `  - ${issue.path}: ${issue.message}`).join("\n");
  throw new RouterError("CONFIG_INVALID", `invalid ${source}:\n${lines}`, { details: { issues } });
}

/** A config object (as a user writes it) passes through unchanged in type. */
export function defineConfig(config: RouterConfigInput): RouterConfigInput {
  return config;
}

export interface LoadedConfig {
  config: RouterConfig;
  /** Absolute path of the file, or undefined for the built-in default. */
  path: string | undefined;
  /** Folder relative paths in the config are resolved against. */
  baseDir: string;
}

/** Validates a raw config with the `ROUTELLM_*` deployment variables of `env` set over it (src/config/environment.ts). */
function parseWithEnvironment(raw: unknown, source: string, env: NodeJS.ProcessEnv): RouterConfig {
  const { input, origins } = applyEnvironment(raw, env);
  return parseConfig(input, origins.size > 0 ? `${source} with ${[...new Set(origins.values())].join(", ")}` : source, origins);
}

/** Reads and validates a YAML (or JSON) config file, with the `ROUTELLM_*` deployment variables of `env` (default: this process's) over it. */
export function loadConfigFile(path: string, env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  const absolute = resolve(path);
  if (!existsSync(absolute)) throw new RouterError("CONFIG_NOT_FOUND", `config file not found: ${absolute}`, { details: { path: absolute } });
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(absolute, "utf8"));
  } catch (cause) {
    throw new RouterError("CONFIG_INVALID", `config file ${absolute} is not valid YAML: ${(cause as Error).message}`, { cause });
  }
  const config = parseWithEnvironment(raw, `config file ${absolute}`, env);
  // Extension modules given as paths are resolved once, here, so every process that gets this config runs them.
  config.extensions = config.extensions.map((specifier) => (specifier.startsWith(".") ? resolve(dirname(absolute), specifier) : specifier));
  return { config, path: absolute, baseDir: dirname(absolute) };
}

/**
 * The config a command runs with: `--config PATH` when given (it must exist), else the file named by
 * `ROUTELLM_CONFIG`, else `routellm.config.yaml` in the working folder when present, else the embedded
 * default; the `ROUTELLM_*` deployment variables of `env` apply over any of them.
 */
export function resolveConfig(path: string | undefined, embeddedDefault: unknown, env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  const named = path ?? (env[CONFIG_PATH_VARIABLE]?.trim() || undefined);
  if (named !== undefined) return loadConfigFile(named, env);
  if (existsSync(DEFAULT_CONFIG_FILE)) return loadConfigFile(DEFAULT_CONFIG_FILE, env);
  return { config: parseWithEnvironment(embeddedDefault, "embedded default config", env), path: undefined, baseDir: process.cwd() };
}

/** A validated config, a loaded config file, or a path to one, as a LoadedConfig (relative paths resolve against the working folder for a config object). */
export function toLoadedConfig(config: RouterConfig | LoadedConfig | string): LoadedConfig {
  if (typeof config === "string") return loadConfigFile(config);
  if ("baseDir" in config && "config" in config) return config;
  return { config, path: undefined, baseDir: process.cwd() };
}
