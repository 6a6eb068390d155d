import { z } from "zod";

export const providerSchema = z.enum(["ollama", "openai", "openai-compatible"]);
export const tierSchema = z.enum(["local", "cloud"]);

export const modelSchema = z
  .object({
    /** Stable id used everywhere else in the config (ladder, routes, profiles). */
    id: z.string().min(1).regex(/^[A-Za-z0-9._:/-]+$/, "letters, digits and . _ : / - only"),
    provider: providerSchema,
    /** Ollama: http://127.0.0.1:11434. OpenAI-compatible: the base URL ending in /v1. */
    baseUrl: z.string().url().optional(),
    /** The provider's model name, e.g. `llama3.1:8b` or `gpt-4o-mini`. */
    model: z.string().min(1),
    tier: tierSchema,
    pricing: z
      .object({
        inputPer1M: z.number().nonnegative().default(0),
        outputPer1M: z.number().nonnegative().default(0),
      })
      .default({ inputPer1M: 0, outputPer1M: 0 }),
    contextWindow: z.number().int().positive().default(8192),
    /** Time-to-answer objective in ms; a model over it is penalised by the selector. */
    latencySloMs: z.number().positive().optional(),
    /** Name of the environment variable holding the API key. Keys are never read from the file. */
    apiKeyEnv: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, "an environment variable name").optional(),
    timeoutMs: z.number().int().positive().default(60_000),
    maxRetries: z.number().int().min(0).max(10).default(2),
    /** Most requests this model serves at once (batch workers and the server respect it; the planner expects the queue). */
    maxConcurrency: z.number().int().positive().optional(),
    /**
     * What the planner expects of this model before it has measured it (median time to first token
     * and output tokens per second). Default by tier: local = one consumer GPU, cloud = GPT-4o class
     * (published figures, docs/latency-and-adaptation.md). Live measurements take over as calls come back.
     */
    expectedLatency: z.object({ ttftMs: z.number().nonnegative(), tokensPerSecond: z.number().positive() }).strict().optional(),
    /** Requests and tokens per minute allowed by the provider (batch rate limiting). */
    rateLimit: z
      .object({ requestsPerMinute: z.number().int().positive().optional(), tokensPerMinute: z.number().int().positive().optional() })
      .optional(),
    supportsTools: z.boolean().default(false),
    supportsJson: z.boolean().default(true),
    temperature: z.number().min(0).max(2).optional(),
  })
  .strict();

export type ModelConfig = z.infer<typeof modelSchema>;
export type Provider = z.infer<typeof providerSchema>;
export type Tier = z.infer<typeof tierSchema>;
