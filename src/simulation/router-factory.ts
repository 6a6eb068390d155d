import { createEmbeddings, createRouter, loadExtensions } from "../index.js";
import type { RouterFactory } from "./replay.js";

/**
 * The production router factory (`createRouter` of the core API), with the configured classifier
 * encoder: an Ollama or OpenAI encoder embeds each replayed prompt as it would in production.
 */
export async function loadRouterFactory(): Promise<RouterFactory> {
  return async (config, dependencies) =>
    createRouter(config, {
      ...(config.classifier.embeddings.provider === "builtin" ? {} : { embeddings: createEmbeddings(config.classifier.embeddings) }),
      // The graph extensions the config names: the simulator replays the extended graph.
      extend: await loadExtensions(config),
      ...dependencies,
    });
}
