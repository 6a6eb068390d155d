import { z } from "zod";

export const providerSchema = z.enum(["ollama", "openai", "openai-compatible"]);
export const tierSchema = z.enum(["local", "cloud"]);
/** A configured model's id: stable, used everywhere else in the config (ladder, routes, profiles). */
export const modelIdSchema = z
  .string()
  .min(1)
  .regex(/^[A-Za-z0-9._:/-]+$/, "letters, digits and . _ : / - only");

export const modelSchema = z
  .object({
    /** Stable id used everywhere else in the config (ladder, routes, profiles). */
    id: modelIdSchema,
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
      .strict()
      .default({ inputPer1M: 0, outputPer1M: 0 }),
    contextWindow: z.number().int().positive().default(8192),
    /** Time-to-answer objective in ms; a model over it is penalised by the selector. */
    latencySloMs: z.number().positive().optional(),
    /** Name of the environment variable holding the API key. Keys are never read from the file. */
    apiKeyEnv: z
      .string()
      .regex(/^[A-Z_][A-Z0-9_]*$/, "an environment variable name")
      .optional(),
    timeoutMs: z.number().int().positive().default(60_000),
    maxRetries: z.number().int().min(0).max(10).default(2),
    /** Most requests this model serves at once (batch workers and the server respect it; the planner expects the queue). */
    maxConcurrency: z.number().int().positive().optional(),
    /** How long a request waits for a free `maxConcurrency` slot before falling back to another model (or a 429). */
    queueTimeoutMs: z.number().int().nonnegative().default(10_000),
    /**
     * What the planner expects of this model before it has measured it (median time to first token
     * and output tokens per second). Default by tier: local = one consumer GPU, cloud = GPT-4o class
     * (published figures, docs/latency-and-adaptation.md). Live measurements take over as calls come back.
     */
    expectedLatency: z.object({ ttftMs: z.number().nonnegative(), tokensPerSecond: z.number().positive() }).strict().optional(),
    /** Requests and tokens per minute allowed by the provider (batch rate limiting). */
    rateLimit: z
      .object({ requestsPerMinute: z.number().int().positive().optional(), tokensPerMinute: z.number().int().positive().optional() })
      .strict()
      .optional(),
    /** Accepts OpenAI-style `tools` (function calling). */
    supportsTools: z.boolean().default(false),
    /** Honours a forced `tool_choice` (`required` or a named function). Default: true except for Ollama, whose API has no tool_choice. */
    supportsToolChoice: z.boolean().optional(),
    /** Honours `response_format` json_object / json_schema (Ollama `format`). */
    supportsJson: z.boolean().default(true),
    /** Accepts image parts (OpenAI `image_url`, Ollama `images`). */
    supportsVision: z.boolean().default(false),
    temperature: z.number().min(0).max(2).optional(),
    /** Extra HTTP headers on every call (e.g. Azure OpenAI `api-key` via `headersFromEnv`, gateway headers). */
    headers: z.record(z.string().regex(/^[A-Za-z0-9-]+$/, "a header name"), z.string()).optional(),
    /** Headers whose value is read from an environment variable (secrets stay out of the file): header name → variable name. */
    headersFromEnv: z
      .record(z.string().regex(/^[A-Za-z0-9-]+$/, "a header name"), z.string().regex(/^[A-Z_][A-Z0-9_]*$/, "an environment variable name"))
      .optional(),
    /** Query parameters added to every call URL (e.g. Azure OpenAI `api-version`). */
    query: z.record(z.string().min(1), z.string()).optional(),
    /** Wire parameter names this model accepts beyond its provider's set (e.g. `top_k`, `min_p`, `repeat_penalty` for vLLM or llama.cpp). */
    acceptParams: z.array(z.string().min(1)).optional(),
    /** Wire parameter names this model rejects although its provider has them (dropped with a warning, or refused in strict mode). */
    dropParams: z.array(z.string().min(1)).optional(),
  })
  .strict();

/** A model for `/v1/embeddings` and Ollama `/api/embed` (not part of chat routing). */
export const embeddingModelSchema = z
  .object({
    id: modelIdSchema,
    provider: providerSchema,
    baseUrl: z.string().url().optional(),
    model: z.string().min(1),
    tier: tierSchema,
    apiKeyEnv: z
      .string()
      .regex(/^[A-Z_][A-Z0-9_]*$/, "an environment variable name")
      .optional(),
    pricing: z
      .object({ inputPer1M: z.number().nonnegative().default(0) })
      .strict()
      .default({ inputPer1M: 0 }),
    timeoutMs: z.number().int().positive().default(30_000),
    headers: z.record(z.string().regex(/^[A-Za-z0-9-]+$/, "a header name"), z.string()).optional(),
    headersFromEnv: z
      .record(z.string().regex(/^[A-Za-z0-9-]+$/, "a header name"), z.string().regex(/^[A-Z_][A-Z0-9_]*$/, "an environment variable name"))
      .optional(),
    query: z.record(z.string().min(1), z.string()).optional(),
  })
  .strict();

export type EmbeddingModelConfig = z.infer<typeof embeddingModelSchema>;

export type ModelConfig = z.infer<typeof modelSchema>;
export type Provider = z.infer<typeof providerSchema>;
export type Tier = z.infer<typeof tierSchema>;
