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

export interface ShiftReport {
  prompts: number;
  feedback: { share: number; delayRequests: number };
  names: string[];
  windows: Array<{ prompts: number; sides: ShiftSide[] }>;
  firstHalf: ShiftSide[];
  secondHalf: ShiftSide[];
  whole: ShiftSide[];
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
  return {
    prompts: total,
    feedback: input.feedback,
    names: jobs.map((job) => job.name),
    windows,
    firstHalf: results.map((result) => side(result.series, 0, half)),
    secondHalf: results.map((result) => side(result.series, half, total)),
    whole: results.map((result) => side(result.series, 0, total)),
  };
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
  return lines.join("\n");
}
