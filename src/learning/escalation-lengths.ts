import type { OutcomeTimes } from "./outcome-timed-calls.js";

/**
 * `bandit.escalationLengths` (session 31): a call made after earlier answers is timed by the lengths the
 * model wrote on the prompt's training neighbours where those earlier answers were wrong, by its own
 * outcome. The prompts a cascade escalates from are long-answer prompts whatever the escalated call's
 * outcome (held-out CRUXEval: gpt-4o wrote 241 tokens when right and 263 when wrong there, against 194
 * expected for the prompt), which timing a call by its own outcome alone cannot see. Pure.
 */
export interface EscalationLengthSource {
  /** The model's expected output tokens by its own outcome on the neighbours where `earlier` were all wrong. */
  tokensAfterWrong(modelId: string, earlier: readonly string[]): OutcomeTimes | undefined;
  /** Expected ms of a call to `modelId` writing `tokens` output tokens. */
  msOf(modelId: string, tokens: number): number;
}

/**
 * Adds to each model's times by outcome (`outcomeTimedCalls`) its times after earlier answers (`after`,
 * memoised by the earlier models, order-free): the times the planner's `outcomeTimedMs` uses in every
 * state past the first call. Models without conditioned lengths keep their times.
 */
export function withEscalationLengths(times: ReadonlyMap<string, OutcomeTimes>, source: EscalationLengthSource): Map<string, OutcomeTimes> {
  const result = new Map<string, OutcomeTimes>();
  for (const [modelId, own] of times) {
    const memo = new Map<string, OutcomeTimes | undefined>();
    const after = (called: readonly string[]): OutcomeTimes | undefined => {
      const earlier = [...new Set(called.filter((id) => id !== modelId))].sort();
      if (earlier.length === 0) return undefined;
      const key = earlier.join("\u0000");
      if (memo.has(key)) return memo.get(key);
      const tokens = source.tokensAfterWrong(modelId, earlier);
      const timed = tokens && { right: source.msOf(modelId, tokens.right), wrong: source.msOf(modelId, tokens.wrong) };
      memo.set(key, timed);
      return timed;
    };
    result.set(modelId, { right: own.right, wrong: own.wrong, after });
  }
  return result;
}
