import type { RouterConfig } from "../index.js";
import type { ReplayItem } from "./dataset.js";
import type { GraphJob, GraphReplayResult, ReplaySeries, RouterFactory } from "./replay.js";
import { runGraphJobs } from "./worker-pool.js";
import { hash32 } from "./seeded.js";

/**
 * Traffic shift: a router learned and calibrated on one file streams the held-out prompts of
 * another. Three replays of the same prompts in the same order: the frozen router (no online
 * learning), the adaptive router (delayed, partial feedback recalibrates it while it serves, drift
 * is detected) and, when given, a reference router trained and calibrated on the new file itself.
 */
export interface ShiftScenarioInput {
  /** The router learned on the old traffic (its learned model in `learnedModel`). */
  config: RouterConfig;
  learnedModel: string;
  /** A router trained and calibrated on the new file's train side (optional). */
  reference?: { config: RouterConfig; learnedModel: string } | undefined;
  /** Held-out prompts of the new file. */
  items: readonly ReplayItem[];
  feedback: { share: number; delayRequests: number };
  seed: number;
  workers?: number;
  windows?: number;
  /**
   * Equal-cost comparison: the frozen and the adaptive router are also replayed with their cost
   * weight multiplied by each of these values, and each router's second-half quality is read off
   * its cost-quality curve at the reference's second-half cost (needs `reference`).
   */
  costMultipliers?: readonly number[];
  createRouter?: RouterFactory;
  onProgress?: (done: number, total: number) => void;
}

export interface ShiftSide {
  quality: number;
  /** USD per 1,000 requests. */
  costPer1kRequests: number;
  cloudShare: number;
  latencyMs: number;
}

/** One replay of a router with its cost weight scaled: its second half. */
export interface ShiftCurvePoint {
  multiplier: number;
  costPer1kRequests: number;
  quality: number;
}

/** Second-half quality of each router at the reference's second-half cost. */
export interface EqualCost {
  costPer1kRequests: number;
  /** Per router (as `names`; the reference's own quality last): undefined when its curve does not reach that cost. */
  quality: Array<number | undefined>;
  /** Per router, the second-half points its quality was read from (the reference: its one replay). */
  curves: ShiftCurvePoint[][];
}

export interface ShiftReport {
  prompts: number;
  feedback: { share: number; delayRequests: number };
  names: string[];
  windows: Array<{ prompts: number; sides: ShiftSide[] }>;
  firstHalf: ShiftSide[];
  secondHalf: ShiftSide[];
  whole: ShiftSide[];
  equalCost?: EqualCost;
  /** Per router, the first drift it reported (hooks.onDrift), if any. */
  drift?: Array<GraphReplayResult["drift"]>;
}

/**
 * Quality at `cost` on a cost-quality curve: linear between the two points whose costs bracket it
 * (points sorted by cost; equal costs averaged), undefined outside the curve's cost range.
 */
export function qualityAtCost(points: readonly ShiftCurvePoint[], cost: number): number | undefined {
  const sorted = [...points].sort((a, b) => a.costPer1kRequests - b.costPer1kRequests);
  if (sorted.length === 0) return undefined;
  const exact = sorted.filter((point) => point.costPer1kRequests === cost);
  if (exact.length > 0) return exact.reduce((sum, point) => sum + point.quality, 0) / exact.length;
  for (let index = 1; index < sorted.length; index += 1) {
    const low = sorted[index - 1]!;
    const high = sorted[index]!;
    if (low.costPer1kRequests < cost && cost < high.costPer1kRequests) {
      const share = (cost - low.costPer1kRequests) / (high.costPer1kRequests - low.costPer1kRequests);
      return low.quality + share * (high.quality - low.quality);
    }
  }
  return undefined;
}

function scaledCost(config: RouterConfig, multiplier: number): RouterConfig {
  const next = structuredClone(config);
  next.bandit.costWeight *= multiplier;
  return next;
}

function side(series: ReplaySeries, start: number, end: number): ShiftSide {
  let quality = 0;
  let cost = 0;
  let cloud = 0;
  let latency = 0;
  for (let index = start; index < end; index += 1) {
    quality += series.quality[index]!;
    cost += series.costUsd[index]!;
    cloud += series.cloud[index]!;
    latency += series.latencyMs[index]!;
  }
  const count = Math.max(1, end - start);
  return { quality: quality / count, costPer1kRequests: (cost / count) * 1000, cloudShare: cloud / count, latencyMs: latency / count };
}

function withOnline(config: RouterConfig, enabled: boolean): RouterConfig {
  const next = structuredClone(config);
  next.bandit.online.enabled = enabled;
  next.simulation.scenario.kind = "none";
  return next;
}

export async function runShiftScenario(input: ShiftScenarioInput): Promise<ShiftReport> {
  const items = [...input.items]
    .map((item) => ({ item, rank: hash32(input.seed, "order", item.id) }))
    .sort((a, b) => a.rank - b.rank || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0))
    .map((entry) => entry.item);
  const jobs: GraphJob[] = [
    { name: "frozen (old calibration, no online learning)", config: withOnline(input.config, false), learnedModel: input.learnedModel },
    {
      name: `adaptive (feedback on ${(input.feedback.share * 100).toFixed(0)}%, ${input.feedback.delayRequests} requests late)`,
      config: withOnline(input.config, true),
      learnedModel: input.learnedModel,
      feedback: input.feedback,
    },
  ];
  if (input.reference)
    jobs.push({ name: "calibrated on the new file", config: withOnline(input.reference.config, false), learnedModel: input.reference.learnedModel });
  const routers = jobs.length;
  // The equal-cost curves: the frozen and the adaptive router again, at each scaled cost weight.
  const multipliers = input.reference ? [...new Set(input.costMultipliers ?? [])].filter((value) => value > 0 && value !== 1) : [];
  const curveJobs: Array<{ router: number; multiplier: number }> = [];
  for (const multiplier of multipliers)
    for (const router of [0, 1]) {
      const job = jobs[router]!;
      curveJobs.push({ router, multiplier });
      jobs.push({ ...job, name: `${job.name} x${multiplier}`, config: scaledCost(job.config, multiplier) });
    }
  const total = items.length;
  const results: GraphReplayResult[] = await runGraphJobs(jobs, {
    items,
    seed: input.seed,
    workers: input.workers ?? input.config.simulation.workers,
    ...(input.createRouter ? { createRouter: input.createRouter } : {}),
    onProgress: (done) => input.onProgress?.(done, jobs.length * total),
  });
  const count = Math.max(1, input.windows ?? 10);
  const size = Math.ceil(total / count);
  const windows: ShiftReport["windows"] = [];
  for (let start = 0; start < total; start += size) {
    const end = Math.min(total, start + size);
    windows.push({ prompts: end, sides: results.map((result) => side(result.series, start, end)) });
  }
  const half = Math.floor(total / 2);
  const secondHalf = results.map((result) => side(result.series, half, total));
  const main = (values: ShiftSide[]) => values.slice(0, routers);
  const report: ShiftReport = {
    prompts: total,
    feedback: input.feedback,
    names: jobs.slice(0, routers).map((job) => job.name),
    windows: windows.map((window) => ({ prompts: window.prompts, sides: main(window.sides) })),
    firstHalf: main(results.map((result) => side(result.series, 0, half))),
    secondHalf: main(secondHalf),
    whole: main(results.map((result) => side(result.series, 0, total))),
    ...(results.some((result) => result.drift) ? { drift: results.slice(0, routers).map((result) => result.drift) } : {}),
  };
  if (curveJobs.length > 0) {
    const point = (value: ShiftSide, multiplier: number): ShiftCurvePoint => ({
      multiplier,
      costPer1kRequests: value.costPer1kRequests,
      quality: value.quality,
    });
    const curves = [0, 1].map((router) =>
      [
        point(secondHalf[router]!, 1),
        ...curveJobs.flatMap((job, index) => (job.router === router ? [point(secondHalf[routers + index]!, job.multiplier)] : [])),
      ].sort((a, b) => a.multiplier - b.multiplier),
    );
    const reference = secondHalf[2]!;
    report.equalCost = {
      costPer1kRequests: reference.costPer1kRequests,
      quality: [...curves.map((curve) => qualityAtCost(curve, reference.costPer1kRequests)), reference.quality],
      curves: [...curves, [point(reference, 1)]],
    };
  }
  return report;
}

const pct = (value: number) => `${(value * 100).toFixed(1)}`;

export function renderShiftReport(report: ShiftReport): string {
  const lines: string[] = [];
  lines.push(
    `Traffic shift: ${report.prompts} held-out prompts of the new file; feedback on ${pct(report.feedback.share)}% of requests, ${report.feedback.delayRequests} requests late`,
  );
  lines.push("");
  lines.push("router | part | quality % | $ / 1k requests | cloud % | avg ms");
  lines.push("--- | --- | ---: | ---: | ---: | ---:");
  report.names.forEach((name, index) => {
    for (const [part, sides] of [
      ["first half", report.firstHalf],
      ["second half", report.secondHalf],
      ["whole", report.whole],
    ] as const) {
      const value = sides[index]!;
      lines.push(
        `${name} | ${part} | ${pct(value.quality)} | ${value.costPer1kRequests.toFixed(3)} | ${pct(value.cloudShare)} | ${value.latencyMs.toFixed(0)}`,
      );
    }
  });
  lines.push("");
  lines.push(`per window (quality % / $ per 1k / cloud % / avg ms): ${report.names.map((name, index) => `[${index + 1}] ${name}`).join("; ")}`);
  for (const window of report.windows)
    lines.push(
      `${String(window.prompts).padStart(5)}  ${window.sides.map((value, index) => `[${index + 1}] ${pct(value.quality)} / ${value.costPer1kRequests.toFixed(2)} / ${pct(value.cloudShare)} / ${value.latencyMs.toFixed(0)}`).join("   ")}`,
    );
  const drifts = report.names.flatMap((name, index) => {
    const drift = report.drift?.[index];
    if (!drift) return [];
    const rates = drift.signals.map((signal) => `${signal.signal} ${pct(signal.observed)}% vs ${pct(signal.expected)}% expected over ${signal.samples}`);
    return [`drift reported by ${name} from prompt ${drift.prompt + 1} (hooks.onDrift): ${rates.join("; ")}`];
  });
  if (drifts.length > 0) lines.push("", ...drifts);
  if (report.equalCost) lines.push("", ...equalCostLines(report.names, report.equalCost));
  return lines.join("\n");
}

const curveText = (curve: readonly ShiftCurvePoint[]) =>
  curve.map((point) => `x${point.multiplier}: ${pct(point.quality)}% at $${point.costPer1kRequests.toFixed(3)}`).join(", ");

/** The equal-cost lines of the shift report: each router's second-half quality at the reference's cost. */
export function equalCostLines(names: readonly string[], equalCost: EqualCost): string[] {
  const cost = equalCost.costPer1kRequests;
  const reference = equalCost.quality[equalCost.quality.length - 1]!;
  const lines = [`Second half at equal cost ($${cost.toFixed(3)} per 1k requests, the reference's): quality read off each router's cost-weight curve`];
  names.forEach((name, index) => {
    const quality = equalCost.quality[index];
    const curve = equalCost.curves[index] ?? [];
    if (index === names.length - 1) {
      lines.push(`  ${name}: ${pct(reference)}%`);
      return;
    }
    const gap =
      quality === undefined
        ? "not reached (the curve does not span that cost)"
        : `${pct(quality)}% (${quality >= reference ? "+" : ""}${((quality - reference) * 100).toFixed(1)} points vs the reference)`;
    lines.push(`  ${name}: ${gap}; curve ${curveText(curve)}`);
  });
  const [frozen, adaptive] = equalCost.quality;
  if (frozen !== undefined && adaptive !== undefined)
    lines.push(`  adaptive - frozen at equal cost: ${adaptive >= frozen ? "+" : ""}${((adaptive - frozen) * 100).toFixed(1)} points`);
  return lines;
}
