import { RouterError, type RouterConfig } from "../index.js";
import type { ScenarioConfig } from "../config/index.js";
import type { DatasetSummary, ReplayItem } from "./dataset.js";
import { createCatalog, referenceModels } from "./catalog.js";
import { injectSensitiveData } from "./privacy-injection.js";
import { apgr, cpt, StrategyAccumulator, type CurvePoint, type StrategySummary } from "./metrics.js";
import type { GraphJob, GraphReplayResult, ReplaySeries, RouterFactory } from "./replay.js";
import { createPromptTokenCache, expectedCostUsd, singleCallOutcome, type DataContext } from "./single-call.js";
import { createStrategyRegistry, oracleStrategy, sweepStrategy, type DataStrategy, type GraphStrategy, type StrategyRegistry } from "./strategies.js";
import { runGraphJobs } from "./worker-pool.js";
import { hash32 } from "./seeded.js";
import { METRIC_DEFINITIONS } from "./metric-definitions.js";
import { STRUCTURED_REPLAYS } from "./recorded-chat-model.js";

export interface SimulationInput {
  config: RouterConfig;
  /** Held-out prompts the strategies are measured on. */
  testItems: readonly ReplayItem[];
  /** Training prompts (learned baselines fit on these only). */
  trainItems: readonly ReplayItem[];
  /** `notes`: lines printed under the dataset line (excluded prompts, stand-in models...). */
  dataset: {
    name: string;
    files: string[];
    synthetic: boolean;
    test: DatasetSummary;
    train?: DatasetSummary;
    notes?: string[];
    /** Held-out prompts left out because the learned router model was trained on them. */
    seenExcluded?: number;
  };
  seed: number;
  /** Strategy names to compare (default: every registered one). */
  strategies?: readonly string[];
  registry?: StrategyRegistry;
  /** Run the cost-knob sweep (default true). */
  sweep?: boolean;
  /** Run the adaptivity scenario from the config (default true unless its kind is `none`). */
  adaptivity?: boolean;
  workers?: number;
  createRouter?: RouterFactory;
  /**
   * A learned router model (serialised, from `routellm train`) for every graph replay. It must have
   * been trained on the training side only; the report names it.
   */
  learnedModel?: string;
  /** The router strategy's replay appends one JSON line per prompt here (`simulate --trace-out`). */
  tracePath?: string;
  /** Progress over every graph replay: prompts done of total. */
  onProgress?: (done: number, total: number) => void;
}

export interface SweepPoint {
  knob: number;
  quality: number;
  costUsd: number;
  cloudShare: number;
  costPer1MTokens: number;
  /** Share of prompts that called the reference (strong) model. */
  strongCallShare: number;
  /** (cost - weak model's cost) / (reference model's cost - weak model's cost), clamped to [0, 1]. */
  costShare: number;
}

/** A gap metric on one axis: APGR and CPT(50/80/95%). */
export interface GapMetrics {
  apgr: number | null;
  cpt: { "50": number | null; "80": number | null; "95": number | null };
}

export interface WindowPoint {
  /** Prompts replayed at the end of the window. */
  prompts: number;
  /** Mean regret against the oracle in the window (oracle quality - router quality). */
  regret: number;
  cumulativeRegret: number;
  /** Same for the router without bandit, when it ran. */
  baselineRegret?: number;
}

export interface AdaptivityWindow {
  prompts: number;
  inStretch: boolean;
  adaptive: { cloudShare: number; latencyMs: number; quality: number };
  fixed: { cloudShare: number; latencyMs: number; quality: number };
}

/** The adaptivity replay by part: before the stretch, during it, the first window after it (recovery), and all after it. */
export interface AdaptivityPart {
  part: "before" | "during" | "recovery" | "after";
  prompts: number;
  adaptive: AdaptivityWindow["adaptive"];
  fixed: AdaptivityWindow["fixed"];
}

/** Prompt ranges of the parts (the scenario applies by prompt index: start x total to end x total). */
export function adaptivityRanges(
  scenario: Pick<ScenarioConfig, "start" | "end">,
  total: number,
): Array<{ part: AdaptivityPart["part"]; start: number; end: number }> {
  const start = Math.min(total, Math.ceil(scenario.start * total));
  const end = Math.min(total, Math.max(start, Math.ceil(scenario.end * total)));
  return [
    { part: "before" as const, start: 0, end: start },
    { part: "during" as const, start, end },
    { part: "recovery" as const, start: end, end: Math.min(total, end + windowSize(total)) },
    { part: "after" as const, start: end, end: total },
  ].filter((range) => range.end > range.start);
}

export interface SimulationReport {
  dataset: SimulationInput["dataset"] & { prompts: number; trainPrompts: number; labelledPrompts: number; seed: number; learnedModel: boolean };
  /** strong: the configured reference model; weak: the best local model on the training prompts; costs: each alone on the held-out prompts. */
  references: { strong: string; weak: string; strongQuality: number; weakQuality: number; strongCostUsd: number; weakCostUsd: number };
  strategies: StrategySummary[];
  descriptions: Record<string, string>;
  sweep: SweepPoint[];
  /**
   * Gap metrics of the cost-knob sweep on two axes: `cost` (x = the cost share between the weak model
   * alone and the reference model alone) and `strongCalls` (x = share of prompts calling the reference
   * model). Random routing between the two scores 0.5 on both.
   */
  gap: { cost: GapMetrics; strongCalls: GapMetrics };
  learningCurve: WindowPoint[];
  adaptivity?: { scenario: ScenarioConfig; windows: AdaptivityWindow[]; parts: AdaptivityPart[]; adaptive: StrategySummary; fixed: StrategySummary };
  timing: { wallMs: number; graphReplays: number; graphPrompts: number; graphPromptsPerSecond: number };
}

const ADAPTIVE_NAME = "router (spike, adaptive)";
const FIXED_NAME = "router (spike, no adaptation)";

/** The router with its latency and health reactions turned off: the "without adaptation" replay. */
function withoutAdaptation(config: RouterConfig): RouterConfig {
  const next = structuredClone(config);
  next.bandit.latencyWeight = 0;
  next.bandit.sloPenalty = 0;
  next.bandit.spike.enabled = false;
  next.health.failureThreshold = Number.MAX_SAFE_INTEGER;
  return next;
}

function windowSize(total: number): number {
  return Math.max(1, Math.ceil(total / 20));
}

function windows<T>(total: number, make: (start: number, end: number) => T): T[] {
  const size = windowSize(total);
  const out: T[] = [];
  for (let start = 0; start < total; start += size) out.push(make(start, Math.min(total, start + size)));
  return out;
}

function mean(values: ArrayLike<number>, start: number, end: number): number {
  let sum = 0;
  for (let index = start; index < end; index += 1) sum += values[index]!;
  return end > start ? sum / (end - start) : 0;
}

/** Orders strategies so that each runs after the ones it names in `after`. */
function dataOrder(strategies: readonly DataStrategy[]): DataStrategy[] {
  return [...strategies].sort((a, b) => (a.after?.length ?? 0) - (b.after?.length ?? 0));
}

/**
 * The prompts as every graph replay sees them: a `privacyShare` of them given synthetic sensitive
 * data, then shuffled by the seed (real traffic mixes kinds of prompts; file order would put all of
 * one kind first and confound the learning curve and the adaptivity stretch). `calibrate` replays
 * through the same function, so its figures are the ones `simulate` reports.
 */
export function replayOrder(testItems: readonly ReplayItem[], privacyShare: number, seed: number): ReplayItem[] {
  return injectSensitiveData(testItems, privacyShare, seed)
    .map((item) => ({ item, rank: hash32(seed, "order", item.id) }))
    .sort((a, b) => a.rank - b.rank || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0))
    .map((entry) => entry.item);
}

/**
 * Runs every requested strategy on the held-out prompts (graph strategies through the real router,
 * in worker threads; data strategies straight from the recorded outcomes), the cost-knob sweep, the
 * adaptivity scenario and the bandit's learning curve.
 */
export async function runSimulation(input: SimulationInput): Promise<SimulationReport> {
  const started = performance.now();
  const { config, seed } = input;
  const registry = input.registry ?? createStrategyRegistry();
  const names = input.strategies ?? registry.list().map((strategy) => strategy.name);
  const selected = names.map((name) => {
    const strategy = registry.get(name);
    if (!strategy)
      throw new RouterError(
        "INVALID_REQUEST",
        `unknown strategy "${name}" (known: ${registry
          .list()
          .map((item) => item.name)
          .join(", ")})`,
      );
    return strategy;
  });
  if (input.testItems.length === 0) {
    const { prompts, skipped, missing } = input.dataset.test;
    const detail =
      skipped > 0
        ? `: ${skipped} of ${prompts} prompts skipped because a mapped model has no record (${Object.entries(missing)
            .map(([id, count]) => `${id} ${count}`)
            .join(", ")}); check simulation.models`
        : "";
    throw new RouterError("DATASET_INVALID", `no held-out prompt to replay${detail}`, { details: { prompts, skipped, missing } });
  }
  const items = replayOrder(input.testItems, config.simulation.privacyShare, seed);
  const catalog = createCatalog(config);
  for (const id of catalog.ladder)
    if (!(id in items[0]!.outcomes)) throw new RouterError("CONFIG_INVALID", `simulation.models maps no dataset model to the configured model "${id}"`);
  const references = referenceModels(config, catalog, items, input.trainItems);
  const context: DataContext = { config, catalog, seed, promptTokens: createPromptTokenCache() };

  // Graph jobs: the selected graph strategies, the sweep (reusing the router's own point), the scenario.
  const graphStrategies = selected.filter((strategy): strategy is GraphStrategy => strategy.kind === "graph");
  const learned = input.learnedModel ? { learnedModel: input.learnedModel } : {};
  const jobs: GraphJob[] = graphStrategies.map((strategy) => ({
    name: strategy.name,
    config: strategy.configure(config),
    ...learned,
    ...(strategy.name === "router" && input.tracePath !== undefined ? { tracePath: input.tracePath } : {}),
  }));
  const sweepValues = input.sweep === false ? [] : [...new Set(config.simulation.sweep)].sort((a, b) => a - b);
  const sweepJobIndex = new Map<number, number>();
  const routerJob = jobs.findIndex((job) => job.name === "router");
  for (const value of sweepValues) {
    // The router's own replay is a sweep point unless cloud-share pacing moves its knob online.
    if (routerJob >= 0 && value === config.bandit.costWeight && config.bandit.targetCloudShare === undefined) sweepJobIndex.set(value, routerJob);
    else {
      const strategy = sweepStrategy(value);
      sweepJobIndex.set(value, jobs.push({ name: strategy.name, config: strategy.configure(config), ...learned }) - 1);
    }
  }
  const scenario = config.simulation.scenario;
  const runAdaptivity = input.adaptivity !== false && scenario.kind !== "none";
  let adaptiveIndex = -1;
  let fixedIndex = -1;
  if (runAdaptivity) {
    adaptiveIndex = jobs.push({ name: ADAPTIVE_NAME, config: structuredClone(config), scenario, ...learned }) - 1;
    fixedIndex = jobs.push({ name: FIXED_NAME, config: withoutAdaptation(config), scenario, ...learned }) - 1;
  }
  const totalPrompts = jobs.length * items.length;
  const graphResults: GraphReplayResult[] = await runGraphJobs(jobs, {
    items,
    seed,
    workers: input.workers ?? config.simulation.workers,
    ...(input.createRouter ? { createRouter: input.createRouter } : {}),
    onProgress: (done) => input.onProgress?.(done, totalPrompts),
  });
  const graphMs = graphResults.reduce((sum, result) => sum + result.wallMs, 0);

  const results = new Map<string, StrategySummary>();
  const seriesByName = new Map<string, ReplaySeries>();
  graphStrategies.forEach((strategy, index) => {
    results.set(strategy.name, graphResults[index]!.summary);
    seriesByName.set(strategy.name, graphResults[index]!.series);
  });

  // Data strategies, in dependency order.
  const total = items.length;
  const dataStrategies = dataOrder(selected.filter((strategy): strategy is DataStrategy => strategy.kind === "data"));
  let weakCostUsd = 0;
  let strongCostUsd = 0;
  for (const item of items) {
    weakCostUsd += expectedCostUsd(context, item, references.weak);
    strongCostUsd += expectedCostUsd(context, item, references.strong);
  }
  const costShareOf = (costUsd: number) =>
    strongCostUsd > weakCostUsd ? Math.min(1, Math.max(0, (costUsd - weakCostUsd) / (strongCostUsd - weakCostUsd))) : 0;
  const dataContext = { ...context, trainItems: input.trainItems, references, results, costShareOf };
  for (const strategy of dataStrategies) {
    const choose = await strategy.createChooser(dataContext);
    const accumulator = new StrategyAccumulator(strategy.name);
    items.forEach((item, index) => accumulator.add(singleCallOutcome(context, item, choose(item, index), index, total)));
    results.set(strategy.name, accumulator.summary());
  }

  // Sweep, APGR and CPT on the router's cost knob.
  const sweep: SweepPoint[] = sweepValues.map((value) => {
    const summary = graphResults[sweepJobIndex.get(value)!]!.summary;
    return {
      knob: value,
      quality: summary.quality,
      costUsd: summary.costUsd,
      cloudShare: summary.cloudShare,
      costPer1MTokens: summary.costPer1MTokens,
      strongCallShare: summary.calledShares[references.strong] ?? 0,
      costShare: costShareOf(summary.costUsd),
    };
  });
  const strongQuality = references.scores.get(references.strong)!;
  const weakQuality = references.scores.get(references.weak)!;
  const gapOn = (axis: (point: SweepPoint) => number): GapMetrics => {
    const curve: CurvePoint[] = sweep.map((point) => ({ cloudShare: axis(point), quality: point.quality }));
    if (curve.length < 2) return { apgr: null, cpt: { "50": null, "80": null, "95": null } };
    return {
      apgr: apgr(curve, weakQuality, strongQuality),
      cpt: {
        "50": cpt(curve, weakQuality, strongQuality, 0.5),
        "80": cpt(curve, weakQuality, strongQuality, 0.8),
        "95": cpt(curve, weakQuality, strongQuality, 0.95),
      },
    };
  };

  // Learning curve: regret against the oracle over the replay.
  const chooseOracle = await oracleStrategy.createChooser(dataContext);
  const oracleQuality = Float32Array.from(items, (item, index) => item.outcomes[chooseOracle(item, index)]!.score);
  const learningSource = seriesByName.get("router") ?? (graphResults[0]?.series as ReplaySeries | undefined);
  const baselineSource = seriesByName.get("no-bandit");
  let cumulative = 0;
  const learningCurve: WindowPoint[] = learningSource
    ? windows(total, (start, end) => {
        const regret = mean(oracleQuality, start, end) - mean(learningSource.quality, start, end);
        cumulative += regret * (end - start);
        return {
          prompts: end,
          regret,
          cumulativeRegret: cumulative,
          ...(baselineSource ? { baselineRegret: mean(oracleQuality, start, end) - mean(baselineSource.quality, start, end) } : {}),
        };
      })
    : [];

  let adaptivity: SimulationReport["adaptivity"];
  if (runAdaptivity) {
    const adaptive = graphResults[adaptiveIndex]!;
    const fixed = graphResults[fixedIndex]!;
    const side = (series: ReplaySeries, start: number, end: number) => ({
      cloudShare: mean(series.cloud, start, end),
      latencyMs: mean(series.latencyMs, start, end),
      quality: mean(series.quality, start, end),
    });
    adaptivity = {
      scenario,
      windows: windows(total, (start, end) => ({
        prompts: end,
        inStretch: (start + end) / 2 / total >= scenario.start && (start + end) / 2 / total < scenario.end,
        adaptive: side(adaptive.series, start, end),
        fixed: side(fixed.series, start, end),
      })),
      parts: adaptivityRanges(scenario, total).map(({ part, start, end }) => ({
        part,
        prompts: end - start,
        adaptive: side(adaptive.series, start, end),
        fixed: side(fixed.series, start, end),
      })),
      adaptive: adaptive.summary,
      fixed: fixed.summary,
    };
  }

  const graphPrompts = jobs.length * total;
  // Models asked for structured output are replayed as documented in STRUCTURED_REPLAYS: say so.
  const replayNotes = [
    ...(config.triage.agentic.enabled ? [`${STRUCTURED_REPLAYS.rate_request} (model ${config.triage.agentic.model})`] : []),
    ...(config.verifiers.judge.enabled ? [`${STRUCTURED_REPLAYS.grade_answer} (model ${config.verifiers.judge.model})`] : []),
    // The sweep's replays run at extreme cost knobs on purpose: only the strategies' own drift is news.
    ...jobs.flatMap((job, index) => {
      const drift = graphResults[index]!.drift;
      if (!drift || [...sweepJobIndex.values()].includes(index)) return [];
      const rates = drift.signals.map(
        (signal) => `${signal.signal} ${(100 * signal.observed).toFixed(1)}% vs ${(100 * signal.expected).toFixed(1)}% expected over ${signal.samples}`,
      );
      return [`drift reported by ${job.name} from prompt ${drift.prompt + 1} (hooks.onDrift): ${rates.join("; ")}`];
    }),
  ];
  return {
    dataset: {
      ...input.dataset,
      ...(replayNotes.length > 0 ? { notes: [...(input.dataset.notes ?? []), ...replayNotes] } : {}),
      prompts: total,
      trainPrompts: input.trainItems.length,
      labelledPrompts: items.filter((item) => item.sensitive !== undefined).length,
      seed,
      learnedModel: input.learnedModel !== undefined,
    },
    references: { strong: references.strong, weak: references.weak, strongQuality, weakQuality, strongCostUsd, weakCostUsd },
    strategies: names.map((name) => results.get(name)!),
    descriptions: Object.fromEntries(selected.map((strategy) => [strategy.name, strategy.description])),
    sweep,
    gap: { cost: gapOn((point) => point.costShare), strongCalls: gapOn((point) => point.strongCallShare) },
    learningCurve,
    ...(adaptivity ? { adaptivity } : {}),
    timing: {
      wallMs: performance.now() - started,
      graphReplays: jobs.length,
      graphPrompts,
      graphPromptsPerSecond: graphMs > 0 ? graphPrompts / (graphMs / 1000) : 0,
    },
  };
}

const jsonGap = (metrics: GapMetrics) => ({ apgr: metrics.apgr, cpt: metrics.cpt });

/**
 * The `--json` output (also report.json). `apgr` and `cpt` are objects with one entry per axis
 * (`cost`, `strong_calls`); `sweep`, `learning_curve` and `adaptivity` carry every plotted value;
 * `definitions` says what each figure means.
 */
export function toJsonReport(report: SimulationReport): Record<string, unknown> {
  return {
    dataset: { ...report.dataset, references: report.references },
    strategies: report.strategies.map((summary) => ({
      name: summary.name,
      description: report.descriptions[summary.name] ?? "",
      quality: summary.quality,
      cost_usd: summary.costUsd,
      cost_per_1m_tokens: summary.costPer1MTokens,
      avg_latency_ms: summary.avgLatencyMs,
      p95_latency_ms: summary.p95LatencyMs,
      avg_ttft_ms: summary.avgTtftMs,
      p95_ttft_ms: summary.p95TtftMs,
      privacy_compliance: summary.privacyCompliance,
      cloud_share: summary.cloudShare,
      strong_call_share: summary.calledShares[report.references.strong] ?? 0,
      escalation_rate: summary.escalationRate,
      model_shares: summary.modelShares,
      prompts: summary.prompts,
    })),
    sweep: report.sweep.map((point) => ({
      knob: point.knob,
      quality: point.quality,
      cost_usd: point.costUsd,
      cost_per_1m_tokens: point.costPer1MTokens,
      cloud_share: point.cloudShare,
      strong_call_share: point.strongCallShare,
      cost_share: point.costShare,
    })),
    apgr: { cost: report.gap.cost.apgr, strong_calls: report.gap.strongCalls.apgr },
    cpt: { cost: jsonGap(report.gap.cost).cpt, strong_calls: jsonGap(report.gap.strongCalls).cpt },
    learning_curve: report.learningCurve.map((point) => ({
      prompts: point.prompts,
      regret: point.regret,
      cumulative_regret: point.cumulativeRegret,
      ...(point.baselineRegret === undefined ? {} : { regret_without_bandit: point.baselineRegret }),
    })),
    ...(report.adaptivity
      ? {
          adaptivity: {
            scenario: report.adaptivity.scenario,
            windows: report.adaptivity.windows.map((window) => ({
              prompts: window.prompts,
              in_stretch: window.inStretch,
              adaptive: window.adaptive,
              fixed: window.fixed,
            })),
            parts: report.adaptivity.parts,
          },
        }
      : {}),
    definitions: Object.fromEntries(METRIC_DEFINITIONS.map((entry) => [entry.name, entry.definition])),
  };
}
