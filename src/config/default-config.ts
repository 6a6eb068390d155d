import type { RouterConfigInput } from "./schema.js";

/**
 * The embedded default: what RouteLLM uses when no config file exists. Two local Ollama models
 * and two OpenAI models (prices of gpt-4o-mini and gpt-4o per 1M tokens, as published by OpenAI),
 * mapped to the recorded-outcome model names for simulation.
 */
export const DEFAULT_CONFIG: RouterConfigInput = {
  version: 1,
  models: [
    { id: "llama3.1-8b", provider: "ollama", model: "llama3.1:8b", tier: "local", contextWindow: 131072, latencySloMs: 8000, maxConcurrency: 2 },
    { id: "gemma2-9b", provider: "ollama", model: "gemma2:9b", tier: "local", contextWindow: 8192, latencySloMs: 8000, maxConcurrency: 2 },
    {
      id: "gpt-4o-mini",
      provider: "openai",
      model: "gpt-4o-mini",
      tier: "cloud",
      apiKeyEnv: "OPENAI_API_KEY",
      pricing: { inputPer1M: 0.15, outputPer1M: 0.6 },
      contextWindow: 128000,
      supportsTools: true,
    },
    {
      id: "gpt-4o",
      provider: "openai",
      model: "gpt-4o",
      tier: "cloud",
      apiKeyEnv: "OPENAI_API_KEY",
      pricing: { inputPer1M: 2.5, outputPer1M: 10 },
      contextWindow: 128000,
      supportsTools: true,
    },
  ],
  ladder: ["llama3.1-8b", "gemma2-9b", "gpt-4o-mini", "gpt-4o"],
  simulation: {
    models: {
      "llama3.1-8b": "Meta-Llama-3.1-8B-Instruct",
      "gemma2-9b": "gemma-2-9b-it",
      "gpt-4o-mini": "gpt-4o-mini-2024-07-18",
      "gpt-4o": "gpt-4o-2024-08-06",
    },
  },
};
