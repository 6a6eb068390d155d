/**
 * Metrics of a replay. Definitions (also in the report):
 * - quality: mean recorded score (0..1) of the answer each prompt finally got.
 * - cost per 1M tokens: total cost of every model call / tokens served (prompt + delivered answer) x 1e6.
 * - latency: end-to-end time of the request (every attempt, verifiers included); p95 is nearest-rank.
 * - privacy compliance: labelled (sensitive) prompts none of whose sensitive values reached a cloud model
 *   in the clear (a value redacted as configured, or of a category whose policy is `allow`, complies) / labelled prompts.
 * - cloud share: prompts that reached at least one cloud model / prompts.
 * - escalation rate: prompts that were escalated at least once / prompts.
 */
export interface PromptOutcome {
  quality: number;
  costUsd: number;
  /** Prompt tokens + output tokens of the delivered answer. */
  servedTokens: number;
  latencyMs: number;
  ttftMs: number;
  reachedCloud: boolean;
  labelled: boolean;
  escalations: number;
  /** Model that gave the final answer. */
  modelId: string;
  /**
   * A labelled prompt's sensitive value reached a cloud model in the clear (not redacted, category
   * not `allow`). Undefined: counted as `labelled && reachedCloud`.
   */
  leaked?: boolean;
  /** Every model called for the prompt (undefined: the final model only). */
  calledModels?: readonly string[];
  /** Latency of sending the prompt straight to that model alone (graph replays): the cascade's overhead is latencyMs over this. */
  directLatencyMs?: number;
}

export interface StrategySummary {
  name: string;
  prompts: number;
  quality: number;
  costUsd: number;
  costPer1MTokens: number;
  avgLatencyMs: number;
  p95LatencyMs: number;
  avgTtftMs: number;
  p95TtftMs: number;
  /** Null when no prompt was labelled. */
  privacyCompliance: number | null;
  cloudShare: number;
  escalationRate: number;
  /** Share of answers given by each model. */
  modelShares: Record<string, number>;
  /** Share of prompts that called each model at least once (the strong-call axis reads the reference model's). */
  calledShares: Record<string, number>;
  /** Prompts per end-to-end latency bin (edges in LATENCY_BIN_EDGES_MS). */
  latencyHistogram: number[];
  /** Graph replays: average latency of sending each prompt straight to the model that finally answered it. */
  avgDirectLatencyMs?: number;
}

/** Upper edges (ms) of the latency histogram bins; the last bin is open-ended. */
export const LATENCY_BIN_EDGES_MS = [100, 200, 300, 500, 750, 1000, 1500, 2000, 3000, 5000, 7500, 10000, 20000] as const;

export function latencyBin(latencyMs: number): number {
  for (let index = 0; index < LATENCY_BIN_EDGES_MS.length; index += 1) if (latencyMs < LATENCY_BIN_EDGES_MS[index]!) return index;
  return LATENCY_BIN_EDGES_MS.length;
}

/** Nearest-rank percentile of unsorted values (0 for none). */
export function percentile(values: ArrayLike<number>, fraction: number): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1]!;
}

/** Adds outcomes one at a time; keeps sums plus the latency values (for percentiles) only. */
export class StrategyAccumulator {
  private prompts = 0;
  private quality = 0;
  private cost = 0;
  private tokens = 0;
  private labelled = 0;
  private labelledLocal = 0;
  private cloud = 0;
  private escalated = 0;
  private readonly latencies: number[] = [];
  private readonly ttfts: number[] = [];
  private readonly models = new Map<string, number>();
  private readonly called = new Map<string, number>();
  private direct = 0;
  private directCount = 0;

  constructor(readonly name: string) {}

  add(outcome: PromptOutcome): void {
    this.prompts += 1;
    this.quality += outcome.quality;
    this.cost += outcome.costUsd;
    this.tokens += outcome.servedTokens;
    if (outcome.labelled) {
      this.labelled += 1;
      if (!(outcome.leaked ?? outcome.reachedCloud)) this.labelledLocal += 1;
    }
    if (outcome.reachedCloud) this.cloud += 1;
    if (outcome.escalations > 0) this.escalated += 1;
    this.latencies.push(outcome.latencyMs);
    this.ttfts.push(outcome.ttftMs);
    this.models.set(outcome.modelId, (this.models.get(outcome.modelId) ?? 0) + 1);
    for (const id of new Set(outcome.calledModels ?? [outcome.modelId])) this.called.set(id, (this.called.get(id) ?? 0) + 1);
    if (outcome.directLatencyMs !== undefined) {
      this.direct += outcome.directLatencyMs;
      this.directCount += 1;
    }
  }

  private histogram(): number[] {
    const bins = new Array<number>(LATENCY_BIN_EDGES_MS.length + 1).fill(0);
    for (const value of this.latencies) bins[latencyBin(value)]! += 1;
    return bins;
  }

  summary(): StrategySummary {
    const n = this.prompts;
    const mean = (value: number) => (n === 0 ? 0 : value / n);
    return {
      name: this.name,
      prompts: n,
      quality: mean(this.quality),
      costUsd: this.cost,
      costPer1MTokens: this.tokens === 0 ? 0 : (this.cost / this.tokens) * 1_000_000,
      avgLatencyMs: mean(this.latencies.reduce((sum, value) => sum + value, 0)),
      p95LatencyMs: percentile(this.latencies, 0.95),
      avgTtftMs: mean(this.ttfts.reduce((sum, value) => sum + value, 0)),
      p95TtftMs: percentile(this.ttfts, 0.95),
      privacyCompliance: this.labelled === 0 ? null : this.labelledLocal / this.labelled,
      cloudShare: mean(this.cloud),
      escalationRate: mean(this.escalated),
      latencyHistogram: this.histogram(),
      modelShares: Object.fromEntries([...this.models].sort(([a], [b]) => a.localeCompare(b)).map(([id, count]) => [id, count / n])),
      calledShares: Object.fromEntries([...this.called].sort(([a], [b]) => a.localeCompare(b)).map(([id, count]) => [id, count / n])),
      ...(this.directCount > 0 ? { avgDirectLatencyMs: this.direct / this.directCount } : {}),
    };
  }
}

export function summarize(name: string, outcomes: Iterable<PromptOutcome>): StrategySummary {
  const accumulator = new StrategyAccumulator(name);
  for (const outcome of outcomes) accumulator.add(outcome);
  return accumulator.summary();
}

export interface CurvePoint {
  cloudShare: number;
  quality: number;
}

/**
 * The performance-gap-recovered curve of RouteLLM (Ong et al., 2024): PGR = (quality - weak) /
 * (strong - weak) against the share of calls to the cloud. Points are sorted by cloud share; when
 * the points do not reach 0% or 100% cloud, the curve is closed with the weak model alone at 0% and
 * the strong model alone at 100% (the line between two points is reachable by mixing them at random).
 */
export function pgrCurve(points: readonly CurvePoint[], weakQuality: number, strongQuality: number): Array<{ cloudShare: number; pgr: number }> {
  const gap = strongQuality - weakQuality;
  const pgr = (quality: number) => (gap === 0 ? (quality >= strongQuality ? 1 : 0) : (quality - weakQuality) / gap);
  const sorted = [...points]
    .sort((a, b) => a.cloudShare - b.cloudShare || a.quality - b.quality)
    .map((point) => ({ cloudShare: point.cloudShare, pgr: pgr(point.quality) }));
  if (sorted.length === 0 || sorted[0]!.cloudShare > 0) sorted.unshift({ cloudShare: 0, pgr: 0 });
  if (sorted[sorted.length - 1]!.cloudShare < 1) sorted.push({ cloudShare: 1, pgr: 1 });
  return sorted;
}

/**
 * APGR, as RouteLLM computes it: the area under the PGR curve (trapezoids) over the cloud shares it
 * spans, divided by that span; with the closing points the span is [0, 1]. Random routing scores 0.5.
 */
export function apgr(points: readonly CurvePoint[], weakQuality: number, strongQuality: number): number {
  const curve = pgrCurve(points, weakQuality, strongQuality);
  let area = 0;
  for (let index = 1; index < curve.length; index += 1) {
    const left = curve[index - 1]!;
    const right = curve[index]!;
    area += ((left.pgr + right.pgr) / 2) * (right.cloudShare - left.cloudShare);
  }
  const span = curve[curve.length - 1]!.cloudShare - curve[0]!.cloudShare;
  return span === 0 ? curve[0]!.pgr : area / span;
}

/**
 * CPT(x): the smallest cloud-call share at which the (linearly interpolated) PGR curve reaches x
 * (e.g. 0.5 for CPT(50%)). Null when it never does.
 */
export function cpt(points: readonly CurvePoint[], weakQuality: number, strongQuality: number, target: number): number | null {
  const curve = pgrCurve(points, weakQuality, strongQuality);
  if (curve[0]!.pgr >= target) return curve[0]!.cloudShare;
  for (let index = 1; index < curve.length; index += 1) {
    const left = curve[index - 1]!;
    const right = curve[index]!;
    if (right.pgr >= target) {
      if (right.pgr === left.pgr) return right.cloudShare;
      const fraction = (target - left.pgr) / (right.pgr - left.pgr);
      return left.cloudShare + Math.max(0, Math.min(1, fraction)) * (right.cloudShare - left.cloudShare);
    }
  }
  return null;
}
