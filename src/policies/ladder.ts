/**
 * The escalation ladder and who may answer a request. Pure over plain model descriptions.
 */
export interface LadderModel {
  id: string;
  tier: "local" | "cloud";
}

/** The configured ladder, or local models then cloud models in file order. */
export function resolveLadder(models: readonly LadderModel[], configured: readonly string[] | undefined): string[] {
  if (configured && configured.length > 0) return [...configured];
  return [...models.filter((model) => model.tier === "local"), ...models.filter((model) => model.tier === "cloud")].map((model) => model.id);
}

/** Position of each model on the ladder in [0, 1] (0 weakest); models off the ladder get their file-order rank. */
export function ladderStrength(ladder: readonly string[], modelId: string): number {
  const index = ladder.indexOf(modelId);
  if (index < 0 || ladder.length <= 1) return index < 0 ? 0.5 : 1;
  return index / (ladder.length - 1);
}

export interface EligibilityInput {
  models: readonly LadderModel[];
  pinnedLocal: boolean;
  /** Profile restrictions. */
  tiers?: readonly ("local" | "cloud")[] | undefined;
  modelIds?: readonly string[] | undefined;
  /** Models whose circuit is open right now. */
  unavailable: ReadonlySet<string>;
  /** Models whose context window is too small for this request. */
  tooSmall: ReadonlySet<string>;
  /** Models lacking a capability the request needs, with that capability (see request-params.ts). */
  lacking?: ReadonlyMap<string, string> | undefined;
}

export interface Eligibility {
  eligible: string[];
  excluded: Array<{ modelId: string; why: string }>;
}

export function eligibleModels(input: EligibilityInput): Eligibility {
  const eligible: string[] = [];
  const excluded: Array<{ modelId: string; why: string }> = [];
  for (const model of input.models) {
    if (input.pinnedLocal && model.tier !== "local") excluded.push({ modelId: model.id, why: "sensitive data: local only" });
    else if (input.tiers && !input.tiers.includes(model.tier)) excluded.push({ modelId: model.id, why: `profile allows ${input.tiers.join("/")}` });
    else if (input.modelIds && !input.modelIds.includes(model.id)) excluded.push({ modelId: model.id, why: "not in profile" });
    else if (input.tooSmall.has(model.id)) excluded.push({ modelId: model.id, why: "context window too small" });
    else if (input.lacking?.has(model.id)) excluded.push({ modelId: model.id, why: `lacks ${input.lacking.get(model.id)}` });
    else if (input.unavailable.has(model.id)) excluded.push({ modelId: model.id, why: "circuit open" });
    else eligible.push(model.id);
  }
  return { eligible, excluded };
}

/**
 * The next model up the ladder after `currentId` that is eligible and not tried yet; models off
 * the ladder are never escalated to.
 */
export function nextRung(ladder: readonly string[], currentId: string, eligible: ReadonlySet<string>, tried: ReadonlySet<string>): string | undefined {
  const start = ladder.indexOf(currentId);
  for (let index = start + 1; index < ladder.length; index++) {
    const id = ladder[index]!;
    if (eligible.has(id) && !tried.has(id)) return id;
  }
  return undefined;
}

/**
 * Heuristic prior that a model answers well, when nothing was learned: stronger rungs are more
 * likely to succeed, and harder prompts widen the gap.
 */
export function heuristicPrior(strength: number, complexity: number): number {
  const value = 0.97 - (1 - strength) * (0.08 + 0.75 * complexity);
  return Math.min(0.97, Math.max(0.05, value));
}
