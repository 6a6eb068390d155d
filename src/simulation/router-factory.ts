import { createEmbeddings, createRouter } from "../index.js";
import type { RouterFactory } from "./replay.js";

/**
 * The production router factory (`createRouter` of the core API), with the configured classifier
 * encoder: an Ollama or OpenAI encoder embeds each replayed prompt as it would in production.
 */
export async function loadRouterFactory(): Promise<RouterFactory> {
  return (config, dependencies) =>
    createRouter(config, {
      ...(config.classifier.embeddings.provider === "builtin" ? {} : { embeddings: createEmbeddings(config.classifier.embeddings) }),
      ...dependencies,
    });
}
