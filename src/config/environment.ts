/**
 * Deployment settings from the environment (`ROUTELLM_*`), so one image runs anywhere: each variable
 * sets one or more config paths over the config file (or the embedded default), and the result is
 * validated by the same zod schema, with errors naming the variable. The table below is the
 * reference (docs/deployment.md prints it). API keys keep their own variable names from the config
 * (`apiKeyEnv`, `server.auth.keysEnv`, `server.auth.keys[].env`).
 */
export type EnvironmentValueType = "string" | "integer" | "boolean" | "redis";

export interface EnvironmentSetting {
  variable: string;
  /** Config paths the variable sets. */
  paths: readonly (readonly string[])[];
  type: EnvironmentValueType;
  description: string;
}

/** `ROUTELLM_CONFIG` names the config file (used when no `--config` is given). */
export const CONFIG_PATH_VARIABLE = "ROUTELLM_CONFIG";

export const ENVIRONMENT_SETTINGS: readonly EnvironmentSetting[] = [
  {
    variable: "ROUTELLM_REDIS_URL",
    paths: [
      ["server", "redisUrl"],
      ["bandit", "store", "url"],
      ["batch", "redisUrl"],
      ["health", "redisUrl"],
    ],
    type: "redis",
    description:
      "Redis of every shared state (limits and budgets, bandit store, batch queues, shared circuits): redis://, rediss://, redis-sentinel://h:p,h:p/name, redis-cluster://h:p,h:p, or a JSON topology object",
  },
  { variable: "ROUTELLM_HOST", paths: [["server", "host"]], type: "string", description: "address `routellm serve` binds (0.0.0.0 in a container)" },
  { variable: "ROUTELLM_PORT", paths: [["server", "port"]], type: "integer", description: "port of `routellm serve`" },
  { variable: "ROUTELLM_WORKERS", paths: [["server", "workers"]], type: "integer", description: "serving processes (0 = one per core)" },
  { variable: "ROUTELLM_LOG_LEVEL", paths: [["server", "logLevel"]], type: "string", description: "fatal, error, warn, info, debug, trace or silent" },
  {
    variable: "ROUTELLM_METRICS_PORT",
    paths: [["server", "metricsPort"]],
    type: "integer",
    description: "port of the primary's summed /metrics with several workers",
  },
  { variable: "ROUTELLM_SHUTDOWN_DEADLINE_MS", paths: [["server", "shutdownDeadlineMs"]], type: "integer", description: "graceful shutdown deadline" },
  { variable: "ROUTELLM_SERVER_KEY_PREFIX", paths: [["server", "redisKeyPrefix"]], type: "string", description: "Redis key prefix of rate limits and budgets" },
  { variable: "ROUTELLM_BATCH_ROUTES", paths: [["server", "batchRoutes"]], type: "boolean", description: "serve the batch API from the server" },
  {
    variable: "ROUTELLM_BANDIT_STORE",
    paths: [["bandit", "store", "type"]],
    type: "string",
    description: "memory or redis (redis is required with more than one process)",
  },
  { variable: "ROUTELLM_BANDIT_KEY_PREFIX", paths: [["bandit", "store", "keyPrefix"]], type: "string", description: "Redis key prefix of the bandit store" },
  { variable: "ROUTELLM_HEALTH_SHARED", paths: [["health", "shared"]], type: "boolean", description: "share open circuits between processes through Redis" },
  {
    variable: "ROUTELLM_BATCH_QUEUE_PREFIX",
    paths: [["batch", "queuePrefix"]],
    type: "string",
    description: "BullMQ key prefix of batches (hash-tagged for Cluster)",
  },
  { variable: "ROUTELLM_BATCH_CONCURRENCY", paths: [["batch", "concurrency"]], type: "integer", description: "prompts one worker process runs at once" },
  { variable: "ROUTELLM_BATCH_PROMPTS_PER_JOB", paths: [["batch", "promptsPerJob"]], type: "integer", description: "prompts per BullMQ job" },
];

/** The raw text as the value the schema expects; text that does not parse is passed on, so the schema's error names the variable. */
function convert(text: string, type: EnvironmentValueType): unknown {
  const trimmed = text.trim();
  if (type === "integer") return /^-?\d+$/.test(trimmed) ? Number(trimmed) : text;
  if (type === "boolean") return trimmed === "true" || trimmed === "1" ? true : trimmed === "false" || trimmed === "0" ? false : text;
  if (type === "redis" && trimmed.startsWith("{")) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      return text;
    }
  }
  return type === "redis" ? trimmed : text;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    const copy: Record<string, unknown> = next !== null && typeof next === "object" && !Array.isArray(next) ? { ...(next as Record<string, unknown>) } : {};
    node[key] = copy;
    node = copy;
  }
  node[path[path.length - 1]!] = value;
}

export interface EnvironmentApplied {
  /** The raw config with the variables' values set (the input is not changed). */
  input: unknown;
  /** Dotted config path -> variable that set it, for error messages. */
  origins: Map<string, string>;
}

/** Sets every `ROUTELLM_*` deployment variable present (and not empty) in `env` over a raw config object. */
export function applyEnvironment(raw: unknown, env: NodeJS.ProcessEnv): EnvironmentApplied {
  const origins = new Map<string, string>();
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return { input: raw, origins };
  const input: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  for (const setting of ENVIRONMENT_SETTINGS) {
    const text = env[setting.variable];
    if (text === undefined || text.trim() === "") continue;
    for (const path of setting.paths) {
      setPath(input, path, convert(text, setting.type));
      origins.set(path.join("."), setting.variable);
    }
  }
  return { input, origins };
}

/** `server.port` set by ROUTELLM_PORT -> "ROUTELLM_PORT (server.port)"; other paths unchanged. */
export function describeOrigin(path: string, origins: ReadonlyMap<string, string>): string {
  for (const [configPath, variable] of origins) {
    if (path === configPath || path.startsWith(`${configPath}.`) || path.startsWith(`${configPath}[`)) return `${variable} (${path})`;
  }
  return path;
}
