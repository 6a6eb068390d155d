import { countTokens } from "../index.js";

/** Tokens a chat message adds beyond its text (role and separators), as OpenAI's counting guide uses. */
export const TOKENS_PER_MESSAGE = 3;
/** Tokens that prime the assistant's reply. */
export const REPLY_PRIMING_TOKENS = 3;

/**
 * Token counts of texts seen before: a replay sends the same prompt to several models and every
 * strategy replays the same prompts, and BPE counting was a tenth of a replay's CPU. Bounded: cleared
 * when full.
 */
const counted = new Map<string, number>();
const COUNTED_LIMIT = 50_000;

function countTextTokens(text: string): number {
  let tokens = counted.get(text);
  if (tokens === undefined) {
    if (counted.size >= COUNTED_LIMIT) counted.clear();
    tokens = countTokens(text);
    counted.set(text, tokens);
  }
  return tokens;
}

/** Prompt tokens of a list of message texts (the router's own count: gpt-tokenizer, o200k_base). */
export function countPromptTokens(texts: readonly string[]): number {
  let total = REPLY_PRIMING_TOKENS;
  for (const text of texts) total += countTextTokens(text) + TOKENS_PER_MESSAGE;
  return total;
}

/** Output tokens of a recorded response of `outChars` characters (`out_chars / 4`, as the dataset README suggests). */
export function outputTokensFromChars(outChars: number): number {
  return Math.max(1, Math.ceil(outChars / 4));
}

/** Cost in USD of one call at the configured prices per 1M tokens. */
export function callCostUsd(pricing: { inputPer1M: number; outputPer1M: number }, inputTokens: number, outputTokens: number): number {
  return (inputTokens * pricing.inputPer1M + outputTokens * pricing.outputPer1M) / 1_000_000;
}
