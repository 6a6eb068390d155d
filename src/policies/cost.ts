/** USD cost of a call from token counts and prices per 1M tokens. */
export function costOfTokens(inputTokens: number, outputTokens: number, pricing: { inputPer1M: number; outputPer1M: number }): number {
  return (inputTokens * pricing.inputPer1M + outputTokens * pricing.outputPer1M) / 1_000_000;
}
