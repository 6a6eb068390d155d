import { planCascadeStep, type CascadeCandidate, type CascadeOutcomeModel } from "./learned-cascade.js";
import { normalCdf } from "./plan-tail.js";

/**
 * The hedge race in a plan's time (`bandit.hedge.raceTime`, session 31, opt-in). A hedged cloud call
 * races the local answers (call-model.ts, session 27): when its answer is in first and the planner
 * accepts it alone, the request ends then — before the local answers and everything planned after
 * them. The plan's time without this counts the hedge only as saving at most the local answers' time on
 * the branches that escalate to it, so a slow local answer raced by a quick hedge (the laptop's GSM8K
 * lone answers) was planned long.
 *
 * Both times are log-normal about their expected values with log-spread `spread` each; for two
 * independent log-normals, P(hedge first) and E[(local − hedge)⁺] have closed forms (Margrabe).
 * Pure.
 */
export interface HedgeRaceInput {
  /** Expected ms of the local answers (all of them, as the plan times them). */
  localMs: number;
  /** Expected ms of the hedged call. */
  hedgeMs: number;
  /** P(the planner accepts the hedge's answer alone, without waiting for the local answers). */
  acceptHedge: number;
  /** Expected ms the plan spends after the local answers (net of the hedge's overlap), skipped when the hedge wins. */
  afterLocalMs: number;
  /** Log-spread of each time (0: the expected times themselves race). */
  spread: number;
}

export interface HedgeRace {
  /** P(the hedge's answer is in before the local answers). */
  hedgeFirst: number;
  /** Expected ms the race saves against the plan's time without it. */
  savedMs: number;
}

export function hedgeRace(input: HedgeRaceInput): HedgeRace {
  const { localMs, hedgeMs, spread } = input;
  const accept = Math.min(1, Math.max(0, input.acceptHedge));
  if (!(localMs > 0) || !(hedgeMs > 0) || accept === 0) return { hedgeFirst: localMs > hedgeMs ? 1 : 0, savedMs: 0 };
  // ln(local / hedge) ~ N(ln(mL / mH), 2·spread²) (equal spreads: the −σ²/2 shifts cancel).
  const sigma = spread * Math.SQRT2;
  let hedgeFirst: number;
  let localOver: number; // E[(local − hedge)⁺]
  if (sigma <= 0) {
    hedgeFirst = hedgeMs < localMs ? 1 : 0;
    localOver = Math.max(0, localMs - hedgeMs);
  } else {
    const d1 = (Math.log(localMs / hedgeMs) + (sigma * sigma) / 2) / sigma;
    const d2 = d1 - sigma;
    hedgeFirst = normalCdf(Math.log(localMs / hedgeMs) / sigma);
    localOver = localMs * normalCdf(d1) - hedgeMs * normalCdf(d2);
  }
  const savedMs = accept * (Math.max(0, localOver) + hedgeFirst * Math.max(0, input.afterLocalMs));
  return { hedgeFirst, savedMs };
}

/** What `acceptedAlone` needs: the first step's planning state (first-step-plan.ts). */
export interface RaceDecisionInput {
  outcomes: CascadeOutcomeModel;
  candidates: readonly CascadeCandidate[];
  costWeight: number;
  callsLeft: number;
  lookahead: number;
  memo: Map<string, number>;
  penaltyAt?: ((candidate: CascadeCandidate, called: readonly string[], pattern: readonly number[]) => number) | undefined;
}

/**
 * P(the planner accepts `hedge`'s answer with nothing else in hand): each way its answer can fall,
 * weighted by its odds, on which the planner's next step is not another call (a local answer still
 * running counts as one: the request then waits for it, as call-model.ts does).
 */
export function acceptedAlone(input: RaceDecisionInput, hedge: string): number {
  const remaining = input.candidates.filter((candidate) => candidate.modelId !== hedge);
  const answers = input.outcomes.nextAnswers([], [], hedge).filter((next) => next.probability > 0);
  const mass = answers.reduce((sum, next) => sum + next.probability, 0);
  if (mass <= 0) return 0;
  let accepted = 0;
  for (const next of answers) {
    const { step } = planCascadeStep({
      called: [hedge],
      pattern: [next.value],
      remaining,
      costWeight: input.costWeight,
      outcomes: input.outcomes,
      callsLeft: input.callsLeft,
      lookahead: input.lookahead,
      memo: input.memo,
      ...(input.penaltyAt ? { penaltyAt: input.penaltyAt } : {}),
    });
    if (step.action !== "call") accepted += next.probability;
  }
  return accepted / mass;
}
