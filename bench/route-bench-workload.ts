/** The router config and prompts that bench:route and bench/route-fusion.ts time (four models, one greeting route). */
import type { RouterConfigInput } from "../src/index.js";

export const ROUTE_BENCH_CONFIG: RouterConfigInput = {
  models: [
    { id: "llama", provider: "ollama", model: "llama3.1:8b", tier: "local" },
    { id: "gemma", provider: "ollama", model: "gemma2:9b", tier: "local" },
    { id: "mini", provider: "openai", model: "gpt-4o-mini", tier: "cloud", pricing: { inputPer1M: 0.15, outputPer1M: 0.6 } },
    { id: "gpt4o", provider: "openai", model: "gpt-4o", tier: "cloud", pricing: { inputPer1M: 2.5, outputPer1M: 10 } },
  ],
  classifier: { routes: [{ name: "greeting", utterances: ["hello there", "good morning"], prefer: { tier: "local" } }] },
};

export const ROUTE_BENCH_PROMPTS = [
  "What is 17 * 23? Give the final answer.",
  "hi! how are you today?",
  "Write a Python function that parses ISO dates and explain the edge cases step by step.",
  "Summarise the causes of the French revolution in three bullet points.",
];
