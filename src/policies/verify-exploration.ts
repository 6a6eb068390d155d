import { saltedDraw } from "./local-exploration.js";

/**
 * Verify exploration (bandit.online.verifyExploration): where the learned verifier would accept an
 * answer, a bounded, repeatable share of the requests takes instead the best step the plan passed
 * over (the stronger model, or the other local model), once per request. The request then goes on as
 * any escalated request, and its feedback score calibrates the situations it passed through — which
 * the plan never visits while it always accepts there (e.g. "escalate after a disagreement"). Pure.
 */
export interface VerifyExplorationInput {
  /** The request text: the same text always draws the same. */
  text: string;
  /** bandit.online.verifyExploration.share. */
  share: number;
  /** bandit.online.enabled: what the step teaches is online learning. */
  onlineEnabled: boolean;
  /** The privacy guard pinned the request local: never explored (nor sent anywhere it would not go). */
  pinnedLocal: boolean;
  /** The request already explores (another kind, or this one earlier): at most one exploration per request. */
  exploring: boolean;
  /** bandit.online.verifyExploration.onlyAfterDisagreement and whether the answers so far disagree. */
  onlyAfterDisagreement: boolean;
  disagreement: boolean;
  /** The step the plan passed over, undefined when none was allowed (escalation limit, no model left). */
  alternative: { modelId: string; tier: "local" | "cloud" } | undefined;
  /** Time the request has spent in calls so far plus the alternative call's expected time, ms. */
  expectedMs: number;
  /** The request's latency objective (profile or bandit.latencySloMs), if any. */
  sloMs?: number | undefined;
  /** The alternative call's expected cost (USD) and the bound on it (verifyExploration.maxAddedCost). */
  addedCost: number;
  maxAddedCost: number;
}

export interface VerifyExplorationDecision {
  explore: boolean;
  draw: number;
  /** Why (not), for the trace. */
  why: string;
}

const SALT = "verify-exploration";

/** The request's draw in [0, 1): independent of the other explorations' draws (another salt). */
export function verifyExplorationDraw(text: string): number {
  return saltedDraw(SALT, text);
}

export function decideVerifyExploration(input: VerifyExplorationInput): VerifyExplorationDecision {
  const draw = verifyExplorationDraw(input.text);
  const no = (why: string): VerifyExplorationDecision => ({ explore: false, draw, why });
  if (!(input.share > 0)) return no("verify exploration off (share 0)");
  if (!input.onlineEnabled) return no("online learning off");
  if (input.pinnedLocal) return no("privacy-pinned request");
  if (input.exploring) return no("the request already explores");
  if (input.onlyAfterDisagreement && !input.disagreement) return no("the answers agree");
  if (input.alternative === undefined) return no("no untried step allowed");
  if (input.sloMs !== undefined && input.expectedMs > input.sloMs)
    return no(`past the latency objective (${Math.round(input.expectedMs)} ms > ${input.sloMs} ms)`);
  if (input.addedCost > input.maxAddedCost) return no(`${input.alternative.modelId} would add $${input.addedCost.toFixed(5)}, over maxAddedCost`);
  if (draw >= input.share) return no("not drawn");
  return { explore: true, draw, why: `drawn (${draw.toFixed(3)} < ${input.share})` };
}
