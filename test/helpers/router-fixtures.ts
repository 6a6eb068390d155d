import type { RouterConfigInput } from "../../src/index.js";

/** Two local models and two cloud models, priced like llama/gemma on Ollama and gpt-4o-mini/gpt-4o. */
export function fourModelConfig(overrides: Partial<RouterConfigInput> = {}): RouterConfigInput {
  return {
    models: [
      { id: "llama", provider: "ollama", model: "llama3.1:8b", tier: "local" },
      { id: "gemma", provider: "ollama", model: "gemma2:9b", tier: "local" },
      { id: "mini", provider: "openai", model: "gpt-4o-mini", tier: "cloud", pricing: { inputPer1M: 0.15, outputPer1M: 0.6 }, apiKeyEnv: "TEST_KEY" },
      { id: "gpt4o", provider: "openai", model: "gpt-4o", tier: "cloud", pricing: { inputPer1M: 2.5, outputPer1M: 10 }, apiKeyEnv: "TEST_KEY" },
    ],
    ladder: ["llama", "gemma", "mini", "gpt4o"],
    health: { retryBaseMs: 0 },
    ...overrides,
  };
}
