/**
 * What a cancelled call has cost when it is stopped after `elapsedMs`: its whole input and the
 * output tokens generated since its first token (providers bill the tokens generated before a
 * stream is cancelled). Pure estimates from the call's expected timing.
 */
export function tokensGeneratedBy(elapsedMs: number, ttftMs: number, totalMs: number, outputTokens: number): number {
  if (elapsedMs <= ttftMs || totalMs <= ttftMs) return 0;
  return Math.min(outputTokens, Math.round((outputTokens * (elapsedMs - ttftMs)) / (totalMs - ttftMs)));
}

/** Share of a call's full cost spent when cancelled after `elapsedMs` (0..1). */
export function spentShareOf(
  pricing: { inputPer1M: number; outputPer1M: number },
  inputTokens: number,
  outputTokens: number,
  timing: { ttftMs: number; totalMs: number },
  elapsedMs: number,
): number {
  const input = inputTokens * pricing.inputPer1M;
  const output = outputTokens * pricing.outputPer1M;
  if (input + output <= 0) return 0;
  return (input + tokensGeneratedBy(elapsedMs, timing.ttftMs, timing.totalMs, outputTokens) * pricing.outputPer1M) / (input + output);
}
