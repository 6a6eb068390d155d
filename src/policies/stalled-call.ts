/**
 * Re-issued stalled cloud calls (`bandit.hedge.stalledCall`, session 35, opt-in). A cloud call whose
 * first token has not come after a multiple of the model's expected time to first token is stalled
 * (a provider-side queue or a slow replica: its answer is not long, it has not started), not writing a
 * long answer; the same call sent again usually starts at once. So the call is sent a second time then,
 * the first of the two answers is kept and the other cancelled ("hedged requests", Dean and Barroso,
 * The Tail at Scale, 2013). A call that has started writing is never re-issued: a long answer would only
 * be written again from the start. Pure: the caller times the call and charges the cancelled one.
 */
export interface StalledCallSettings {
  /** Re-issue after this many times the expected time to first token … */
  ttftFactor: number;
  /** … and at least this many ms after it. */
  minWaitMs: number;
  /** Only these models (absent: every cloud model). */
  models?: readonly string[] | undefined;
}

/** Whether `modelId`'s calls may be re-issued (cloud models only: a local call would only share its own device). */
export function reissues(settings: StalledCallSettings | undefined, modelId: string, tier: "local" | "cloud"): settings is StalledCallSettings {
  return settings !== undefined && tier === "cloud" && (settings.models === undefined || settings.models.includes(modelId));
}

/** Ms after the call's start at which it counts as stalled when no token has come. */
export function stalledAfterMs(settings: StalledCallSettings, expectedTtftMs: number): number {
  const ttft = Math.max(0, expectedTtftMs);
  return Math.max(ttft * settings.ttftFactor, ttft + settings.minWaitMs);
}

/**
 * What the cancelled one of the two calls is charged: its input always (the provider has read the
 * prompt); its output as the kept answer's length when it had started writing (an upper bound: it is
 * cancelled before its end), else nothing.
 */
export function cancelledSpend(inputTokens: number, keptOutputTokens: number, startedWriting: boolean): { inputTokens: number; outputTokens: number } {
  return { inputTokens, outputTokens: startedWriting ? keptOutputTokens : 0 };
}
