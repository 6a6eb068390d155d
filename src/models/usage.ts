/** Token usage of one model call, and what it cost. */
import type { BaseMessage } from "@langchain/core/messages";
import type { ModelConfig } from "../config/sections/models.js";
import { countMessageTokens, countTokens, messageText } from "./tokens.js";

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  /** True when at least one count came from gpt-tokenizer because the server reported none. */
  estimated: boolean;
}

export type ModelPricing = ModelConfig["pricing"];

function reported(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : undefined;
}

/**
 * Usage of an answer: the server's `usage_metadata` (OpenAI `usage`, Ollama
 * `prompt_eval_count` / `eval_count`) where it reported a count, else gpt-tokenizer counts of
 * the request (`fallbackInput`: its text or its messages) and of the answer's text.
 */
export function usageFromMessage(
  message: Pick<BaseMessage, "content"> & { usage_metadata?: { input_tokens?: number; output_tokens?: number } },
  fallbackInput: string | readonly Pick<BaseMessage, "content">[],
): TokenUsage {
  const metadata = message.usage_metadata;
  const reportedInput = reported(metadata?.input_tokens);
  const reportedOutput = reported(metadata?.output_tokens);
  const inputTokens = reportedInput ?? (typeof fallbackInput === "string" ? countTokens(fallbackInput) : countMessageTokens(fallbackInput));
  const outputTokens = reportedOutput ?? countTokens(messageText(message));
  return { inputTokens, outputTokens, estimated: reportedInput === undefined || reportedOutput === undefined };
}

/** Cost in USD of `usage` at `pricing` (USD per 1M input and output tokens). */
export function costOf(usage: Pick<TokenUsage, "inputTokens" | "outputTokens">, pricing: ModelPricing): number {
  return (usage.inputTokens * pricing.inputPer1M + usage.outputTokens * pricing.outputPer1M) / 1_000_000;
}
