/** Embeddings for the semantic classifier, from the `classifier.embeddings` config section. */
import type { Embeddings } from "@langchain/core/embeddings";
import { OllamaEmbeddings } from "@langchain/ollama";
import { OpenAIEmbeddings } from "@langchain/openai";
import type { EmbeddingsConfig } from "../config/sections/routing.js";
import { HashedEmbeddings } from "../embeddings/hashed-embeddings.js";
import { RouterError } from "../errors.js";
import { DEFAULT_OLLAMA_BASE_URL } from "./chat-models.js";
import { createDeadlineFetch } from "./deadline-fetch.js";

/** The fields of `classifier.embeddings` (or its `local` encoder) that say which encoder to build. */
export type EncoderSettings = Pick<EmbeddingsConfig, "provider" | "model" | "baseUrl" | "apiKeyEnv" | "dimensions">;

export const DEFAULT_OLLAMA_EMBEDDING_MODEL = "nomic-embed-text";
export const DEFAULT_OPENAI_EMBEDDING_MODEL = "text-embedding-3-small";
/** Embedding calls sit on the routing path: fail fast rather than hold a request. */
export const EMBEDDINGS_TIMEOUT_MS = 10_000;

/**
 * `builtin` → HashedEmbeddings (offline, no service); `ollama` → OllamaEmbeddings;
 * `openai` → OpenAIEmbeddings (key from `apiKeyEnv`, default OPENAI_API_KEY). No library retries.
 */
export function createEmbeddings(config: EncoderSettings, env: NodeJS.ProcessEnv = process.env): Embeddings {
  switch (config.provider) {
    case "builtin":
      return new HashedEmbeddings({ dimensions: config.dimensions });
    case "ollama":
      return new OllamaEmbeddings({
        model: config.model ?? DEFAULT_OLLAMA_EMBEDDING_MODEL,
        baseUrl: config.baseUrl ?? DEFAULT_OLLAMA_BASE_URL,
        fetch: createDeadlineFetch(EMBEDDINGS_TIMEOUT_MS),
        maxRetries: 0,
      });
    case "openai": {
      const variable = config.apiKeyEnv ?? "OPENAI_API_KEY";
      const apiKey = env[variable];
      if (apiKey === undefined || apiKey.trim() === "") {
        throw new RouterError(
          "CONFIG_INVALID",
          `classifier.embeddings: the OpenAI embeddings need an API key in the environment variable ${variable}, which is not set.`,
          { details: { path: "classifier.embeddings.apiKeyEnv", variable } },
        );
      }
      return new OpenAIEmbeddings({
        model: config.model ?? DEFAULT_OPENAI_EMBEDDING_MODEL,
        apiKey,
        maxRetries: 0,
        timeout: EMBEDDINGS_TIMEOUT_MS,
        configuration: { ...(config.baseUrl === undefined ? {} : { baseURL: config.baseUrl }), logLevel: "off" },
      });
    }
  }
}
