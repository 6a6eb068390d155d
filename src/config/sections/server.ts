import { z } from "zod";
import { redisTargetSchema } from "./redis.js";

/** Requests per window for one client key (enforced in Redis so every server process shares it). */
export const rateLimitSchema = z
  .object({
    requestsPerMinute: z.number().int().positive(),
  })
  .strict();

/** Spend allowed to one client key per UTC day, in US dollars (estimated from token usage and pricing). */
export const spendBudgetSchema = z
  .object({
    usdPerDay: z.number().positive(),
  })
  .strict();

export const apiKeySchema = z
  .object({
    /** Name used in logs and metrics (never the key itself). */
    name: z
      .string()
      .min(1)
      .regex(/^[A-Za-z0-9._-]+$/, "letters, digits and . _ - only"),
    /** SHA-256 of the key, hex. Generate with `printf %s "$KEY" | sha256sum`. */
    sha256: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, "64 hex characters (SHA-256 of the key)")
      .optional(),
    /** Environment variable holding the key in clear; it is hashed at start and the clear value dropped. */
    env: z
      .string()
      .regex(/^[A-Z_][A-Z0-9_]*$/, "an environment variable name")
      .optional(),
    rateLimit: rateLimitSchema.optional(),
    budget: spendBudgetSchema.optional(),
    /** Profiles or model ids this key may name in `model`. Default: every exposed target. */
    models: z.array(z.string().min(1)).optional(),
  })
  .strict()
  .refine((key) => (key.sha256 === undefined) !== (key.env === undefined), {
    message: "give exactly one of sha256 or env",
  });

export const authSchema = z
  .object({
    /** Require a key on every route not marked public (all but /healthz, /readyz, /metrics). Default: required as soon as any key exists. */
    required: z.boolean().optional(),
    keys: z.array(apiKeySchema).default([]),
    /** Environment variable with extra keys in clear, comma-separated (`name:key` or just `key`). */
    keysEnv: z
      .string()
      .regex(/^[A-Z_][A-Z0-9_]*$/)
      .default("ROUTELLM_API_KEYS"),
    /** Limits for keys that name none (and for anonymous clients when auth is off). */
    defaultRateLimit: rateLimitSchema.optional(),
    defaultBudget: spendBudgetSchema.optional(),
    /**
     * Output tokens assumed when a request sets no max_tokens, to estimate its cost before the call.
     * The estimate is reserved against the key's budget and settled to the real cost afterwards.
     */
    estimatedOutputTokens: z.number().int().positive().default(1024),
  })
  .strict()
  .default({ keys: [], keysEnv: "ROUTELLM_API_KEYS", estimatedOutputTokens: 1024 });

/** Browser origins allowed to call the server (CORS); any other `Origin` header is refused with 403. */
export const corsSchema = z
  .object({
    /** Exact origins, e.g. `https://app.example.com` (scheme://host[:port]). Empty: no browser page may call the server. */
    origins: z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, "an origin: scheme://host[:port], no path")).default([]),
  })
  .strict()
  .default({ origins: [] });

export const exposureSchema = z
  .object({
    /** Profiles clients may name: "all" or a list. */
    profiles: z.union([z.literal("all"), z.array(z.string().min(1))]).default("all"),
    /** Whether clients may name a configured model id directly (bypassing routing). */
    models: z.boolean().default(true),
  })
  .strict()
  .default({ profiles: "all", models: true });

const serverDefaults = {
  host: "127.0.0.1",
  port: 8080,
  bodyLimitBytes: 1_048_576,
  redisKeyPrefix: "routellm:server",
  auth: { keys: [], keysEnv: "ROUTELLM_API_KEYS", estimatedOutputTokens: 1024 },
  cors: { origins: [] },
  allowedHosts: [],
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  exposure: { profiles: "all" as const, models: true },
  debugPromptLogging: false,
  logLevel: "info" as const,
  shutdownDeadlineMs: 10_000,
  batchRoutes: false,
  workers: 1,
  memory: { semiSpaceMb: 1, heapGrowingPercent: 20 },
  readinessTimeoutMs: 2000,
  defaultProfile: "routellm/auto",
};

/** Settings of `routellm serve`. Owned by the server module; defaults keep it usable with none. */
export const serverSchema = z
  .object({
    host: z.string().default("127.0.0.1"),
    port: z.number().int().min(0).max(65535).default(8080),
    /** Largest request body accepted; larger ones get 413. */
    bodyLimitBytes: z.number().int().min(1024).max(104_857_600).default(1_048_576),
    /** Redis for per-key rate limits and budgets shared by every process. Env ROUTELLM_REDIS_URL overrides. Without it, limits are per process. */
    redisUrl: redisTargetSchema.optional(),
    redisKeyPrefix: z.string().min(1).default("routellm:server"),
    auth: authSchema,
    /** Browser origins allowed to call the server; a request with any other `Origin` header gets 403. */
    cors: corsSchema,
    /**
     * Host names (the `Host` header, port ignored) the server answers to; others get 421. Empty: when
     * bound to a loopback address, only loopback names (localhost, 127.0.0.1, [::1]) are accepted,
     * which defeats DNS rebinding; when bound to another address, any Host is accepted.
     */
    allowedHosts: z
      .array(
        z
          .string()
          .min(1)
          .regex(/^[A-Za-z0-9.:[\]-]+$/, "a host name or IP address, without port"),
      )
      .default([]),
    /** Longest time to receive a request's headers; slower clients get 408 and their connection closed. */
    headersTimeoutMs: z.number().int().min(100).max(600_000).default(10_000),
    /** Longest time to receive a whole request (headers and body); slower clients get 408 and their connection closed. */
    requestTimeoutMs: z.number().int().min(100).max(3_600_000).default(30_000),
    exposure: exposureSchema,
    /** Log prompt text at debug level, with values found by the privacy guard masked. Off by default. */
    debugPromptLogging: z.boolean().default(false),
    logLevel: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /** How long a graceful shutdown waits for in-flight requests and streams before cutting them (with an error event). */
    shutdownDeadlineMs: z.number().int().min(0).default(10_000),
    /** Worker processes (Node cluster). 1 = no cluster; 0 = one per CPU core. */
    workers: z.number().int().min(0).max(256).default(1),
    /**
     * V8 garbage-collector settings of the serving processes. A request's objects die young, but the
     * defaults let V8 grow the young generation to 16 MB semi-spaces and the old generation to several
     * times the live heap before collecting, so a server with a ~45 MB live heap peaked near 280 MB.
     * 1 MB semi-spaces and 20% growth keep a worker's peak under 150 MB under `npm run bench:server-faults`
     * on Node 22 (4 MB and 50% peaked at 165-172 MB). 0 leaves V8's own default. See `npm run bench:server`
     * for the effect on memory and speed.
     */
    memory: z
      .object({
        /** Young-generation semi-space size (V8 `--max-semi-space-size`). Passed to cluster workers when forked; a single process takes it only from node's command line or NODE_OPTIONS. */
        semiSpaceMb: z.number().int().min(0).max(256).default(1),
        /** Old-generation growth per collection, in percent of the live heap (V8 `--heap-growing-percent`), set when the server starts. */
        heapGrowingPercent: z.number().int().min(0).max(1000).default(20),
      })
      .strict()
      .default({ semiSpaceMb: 1, heapGrowingPercent: 20 }),
    /** With several workers: the primary serves `GET /metrics` summed over every worker on this port (each worker's own /metrics shows only itself). */
    metricsPort: z.number().int().min(0).max(65535).optional(),
    /** Timeout of each readiness probe (Redis ping, model reachability). */
    readinessTimeoutMs: z.number().int().positive().default(2000),
    /** Profile used when a request's `model` is empty or `routellm`. */
    defaultProfile: z.string().min(1).default("routellm/auto"),
    /** Serve the batch API (`/v1/routellm/batches`) from the queue in the `batch` section (needs its Redis). */
    batchRoutes: z.boolean().default(false),
  })
  .strict()
  .refine((server) => server.headersTimeoutMs <= server.requestTimeoutMs, { path: ["headersTimeoutMs"], message: "must not exceed requestTimeoutMs" })
  .default(serverDefaults);

export type ServerConfig = z.infer<typeof serverSchema>;
export type ApiKeyConfig = z.infer<typeof apiKeySchema>;
export type ServerAuthConfig = z.infer<typeof authSchema>;
