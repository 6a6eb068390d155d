/**
 * Clients for the configured embedding models (`embeddingModels[]`), through the official SDKs:
 * the `ollama` client's `embed` and the `openai` client's `embeddings.create` (usage included),
 * with the model's headers, query, key, deadline and no SDK retries.
 */
import { Ollama } from "ollama";
import OpenAI from "openai";
import type { EmbeddingModelConfig } from "../config/sections/models.js";
import { RouterError } from "../errors.js";
import { DEFAULT_OLLAMA_BASE_URL, resolveHeaders, withQuery } from "./chat-models.js";
import { createDeadlineFetch } from "./deadline-fetch.js";
import { httpFetch } from "./http-fetch.js";
import { countTokens } from "./tokens.js";

export interface EmbeddingCall {
  dimensions?: number | undefined;
  signal?: AbortSignal | undefined;
}

export interface EmbeddingOutput {
  vectors: number[][];
  inputTokens: number;
}

export type EmbeddingClient = (texts: string[], call: EmbeddingCall) => Promise<EmbeddingOutput>;

export function createEmbeddingClient(model: EmbeddingModelConfig, env: NodeJS.ProcessEnv = process.env): EmbeddingClient {
  const headers = resolveHeaders(model, env);
  const fetch = createDeadlineFetch(model.timeoutMs, { baseFetch: withQuery(httpFetch, model.provider === "ollama" ? model.query : undefined) });
  if (model.provider === "ollama") {
    return async (texts, call) => {
      const client = new Ollama({ host: model.baseUrl ?? DEFAULT_OLLAMA_BASE_URL, headers, fetch: signalled(fetch, call.signal) });
      const response = await client.embed({ model: model.model, input: texts, ...(call.dimensions === undefined ? {} : { dimensions: call.dimensions }) });
      return { vectors: response.embeddings, inputTokens: response.prompt_eval_count ?? texts.reduce((sum, text) => sum + countTokens(text), 0) };
    };
  }
  const variable = model.apiKeyEnv ?? (model.provider === "openai" ? "OPENAI_API_KEY" : undefined);
  const apiKey = variable === undefined ? "not-needed" : env[variable];
  if (apiKey === undefined || apiKey.trim() === "")
    throw new RouterError(
      "CONFIG_INVALID",
      `Embedding model "${model.id}" needs an API key in the environment variable ${variable}, which is not set (embeddingModels[].apiKeyEnv names the variable).`,
      {
        details: { modelId: model.id, variable },
      },
    );
  const client = new OpenAI({
    apiKey,
    maxRetries: 0,
    fetch,
    logLevel: "off",
    ...(model.baseUrl === undefined ? {} : { baseURL: model.baseUrl }),
    ...(Object.keys(headers).length > 0 ? { defaultHeaders: headers } : {}),
    ...(model.query === undefined ? {} : { defaultQuery: model.query }),
  });
  return async (texts, call) => {
    const response = await client.embeddings.create(
      { model: model.model, input: texts, encoding_format: "float", ...(call.dimensions === undefined ? {} : { dimensions: call.dimensions }) },
      call.signal === undefined ? {} : { signal: call.signal },
    );
    const vectors = [...response.data].sort((a, b) => a.index - b.index).map((item) => item.embedding);
    return { vectors, inputTokens: response.usage?.prompt_tokens ?? texts.reduce((sum, text) => sum + countTokens(text), 0) };
  };
}

/** The Ollama client has no per-call signal: each call gets a client whose fetch carries it. */
function signalled(fetch: typeof globalThis.fetch, signal: AbortSignal | undefined): typeof globalThis.fetch {
  if (signal === undefined) return fetch;
  return (input, init) => fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal });
}
