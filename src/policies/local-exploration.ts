import { fnv1a } from "./exploration.js";

/**
 * Local exploration: when the learned planner sends a request straight to a cloud model, a bounded,
 * repeatable share of those requests also runs the local plan (the local model and its agreement
 * peer) alongside it, in the background: the request does not wait for them. The cloud answer is still
 * what the router stands behind; the local answers are only observed — their agreement with each other and with the cloud answer, and the feedback on the
 * request — so that after a traffic shift the router can learn that the local tier is now good
 * enough, which it never sees while it keeps going straight to the cloud. Pure.
 */
export interface LocalExplorationInput {
  /** The request text: the same text always draws the same (predictable decisions). */
  text: string;
  /** bandit.online.localExploration.share (0 disables). */
  share: number;
  /**
   * bandit.online.localExploration.steadyShare: the share while no live rate has drifted from the
   * model's expectations (`drifting` false); undefined: `share` always.
   */
  steadyShare?: number | undefined;
  /** Whether the online drift report names a drifting rate now (undefined: not known, `share` applies). */
  drifting?: boolean | undefined;
  /** bandit.online.enabled: what the local answers would teach is online learning. */
  onlineEnabled: boolean;
  /** The privacy guard pinned the request local (it is not going to the cloud: nothing to explore). */
  pinnedLocal: boolean;
  /** Expected end-to-end ms of the request (its direct cloud call: the local answers run in the background). */
  expectedMs: number;
  /** The request's latency objective (profile or bandit.latencySloMs), if any. */
  sloMs?: number | undefined;
  /** Money the local calls add, as a share of the direct plan's expected cost (0 for free local models). */
  extraCostShare: number;
  /** False when the router's background explorations are at their bound (more would not start). Default true. */
  backgroundRoom?: boolean;
}

export interface LocalExplorationDecision {
  explore: boolean;
  /** The request's draw in [0, 1): it explores when below the share (and nothing forbids it). */
  draw: number;
  /** Why not, when it does not explore (for the trace). */
  why: string;
}

const SALT = "local-exploration";

/** The request's draw in [0, 1), from a hash of its text alone (not of evidence: the same prompt always draws the same). */
export function localExplorationDraw(text: string): number {
  return saltedDraw(SALT, text);
}

/** A draw in [0, 1) from a hash of `salt` and `text`. */
export function saltedDraw(salt: string, text: string): number {
  // FNV-1a's high bits barely differ between prompts that differ near their end: mixed (murmur3's finaliser) before use.
  let hash = fnv1a([salt, text]);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35) >>> 0;
  return ((hash ^ (hash >>> 16)) >>> 0) / 4294967296;
}

/**
 * Drift-gated exploration: the configured share while the drift report names a drifting rate, the
 * (smaller) steady share otherwise, so traffic the model still predicts pays for little exploration
 * and a shift raises it once its rates move. Never above the configured share.
 */
export function explorationShareOf(input: Pick<LocalExplorationInput, "share" | "steadyShare" | "drifting">): number {
  if (input.steadyShare === undefined || input.drifting !== false) return input.share;
  return Math.min(input.share, input.steadyShare);
}

export function decideLocalExploration(input: LocalExplorationInput): LocalExplorationDecision {
  const draw = localExplorationDraw(input.text);
  const no = (why: string): LocalExplorationDecision => ({ explore: false, draw, why });
  if (!(input.share > 0)) return no("local exploration off (share 0)");
  const share = explorationShareOf(input);
  if (!input.onlineEnabled) return no("online learning off");
  if (input.pinnedLocal) return no("privacy-pinned request");
  if (input.backgroundRoom === false) return no("the background explorations are at their bound");
  if (input.sloMs !== undefined && input.expectedMs > input.sloMs)
    return no(`past the latency objective (${Math.round(input.expectedMs)} ms > ${input.sloMs} ms)`);
  if (input.extraCostShare > share) return no(`the local calls would add ${(input.extraCostShare * 100).toFixed(1)}% to the cost, over the share`);
  const steady = share < input.share ? ` (steady share: no live rate drifting)` : "";
  if (draw >= share) return no(`not drawn${steady}`);
  return { explore: true, draw, why: `drawn (${draw.toFixed(3)} < ${share}${steady})` };
}

/**
 * Background local check (bandit.online.localExploration.checkShare): a request answered by one local
 * model alone also gets its agreement peer's answer, in the background once the answer is kept, so
 * that online learning observes how often the pair disagrees on the live traffic and, with feedback,
 * what keeping the lone answer after an agreement or a disagreement is worth — situations the
 * router never observes while it skips the check. Privacy-pinned requests may be checked: both
 * models are local (`peerLocal` must be true). Pure.
 */
export interface LocalCheckInput {
  /** The request text: the same text always draws the same. */
  text: string;
  /** bandit.online.localExploration.checkShare (0 disables). */
  share: number;
  /** bandit.online.enabled. */
  onlineEnabled: boolean;
  /** The peer is a local model (a check never leaves the machine: required, privacy-pinned or not). */
  peerLocal: boolean;
  /** False when the router's background work is at its bound. Default true. */
  backgroundRoom?: boolean;
}

const CHECK_SALT = "local-check";

/** The request's check draw in [0, 1): independent of the local-exploration draw (another salt). */
export function localCheckDraw(text: string): number {
  return saltedDraw(CHECK_SALT, text);
}

export function decideLocalCheck(input: LocalCheckInput): LocalExplorationDecision {
  const draw = localCheckDraw(input.text);
  const no = (why: string): LocalExplorationDecision => ({ explore: false, draw, why });
  if (!(input.share > 0)) return no("background checks off (checkShare 0)");
  if (!input.onlineEnabled) return no("online learning off");
  if (!input.peerLocal) return no("no local peer");
  if (input.backgroundRoom === false) return no("the background work is at its bound");
  if (draw >= input.share) return no("not drawn");
  return { explore: true, draw, why: `drawn (${draw.toFixed(3)} < ${input.share})` };
}
