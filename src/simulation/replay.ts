import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import {
  createKnnSuccessPredictor,
  createMemoryBanditStore,
  deserialiseRouterModel,
  createSeededRandom,
  createVirtualClock,
  type RouterDependencies,
  type RouteResult,
  type Router,
  type RouterConfig,
} from "../index.js";
import type { ScenarioConfig } from "../config/index.js";
import type { ReplayItem } from "./dataset.js";
import { callTiming, conditionsAt } from "./latency.js";
import { outputTokensFromChars } from "./tokens.js";
import { effectiveLatency } from "../config/index.js";
import { VirtualServing } from "./virtual-serving.js";
import { RecordedChatModel, RecordingBook, type CallLog } from "./recorded-chat-model.js";
import { StrategyAccumulator, type PromptOutcome, type StrategySummary } from "./metrics.js";
import { hash32 } from "./seeded.js";
import { traceLine, writeTrace, type ReplayTraceLine } from "./replay-trace.js";

/** One live rate off the learned model's expectation, as `router.drift()` reports it. */
type DriftSignal = ReturnType<NonNullable<Router["drift"]>>[number];

/** Builds a router from a config and its collaborators (production: `createRouter` of the core API). */
export type RouterFactory = (config: RouterConfig, dependencies: RouterDependencies) => Router | Promise<Router>;

/** Per-prompt values kept for the curves (9 bytes a prompt). */
export interface ReplaySeries {
  quality: Float32Array;
  latencyMs: Float32Array;
  /** 1 when the prompt reached a cloud model. */
  cloud: Uint8Array;
  /** Cost of the prompt's calls, USD. */
  costUsd: Float32Array;
  /** Tokens of the delivered answer's call (input + output): the denominator of cost per 1M tokens. */
  servedTokens: Float32Array;
}

export interface GraphReplayResult {
  summary: StrategySummary;
  series: ReplaySeries;
  /** Requests the router failed to answer (counted with quality 0). */
  failures: number;
  /** Wall time of the replay, ms. */
  wallMs: number;
  /** The first drift the router reported (hooks.onDrift): live rates off the learned model's expectations. */
  drift?: { prompt: number; signals: DriftSignal[] };
}

export interface GraphJob {
  name: string;
  config: RouterConfig;
  /** Cloud latency spike or outage during a stretch of the replay. */
  scenario?: ScenarioConfig;
  /** A learned router model (`routellm train`, serialised), used as the graph's success predictor. */
  learnedModel?: string;
  /**
   * Delayed, partial feedback: the recorded score of a `share` of the requests (chosen by a hash of
   * the prompt id) reaches `router.feedback` `delayRequests` requests after the request.
   */
  feedback?: { share: number; delayRequests: number };
  /** Append one JSON line per routed prompt to this file (`simulate --trace-out`; see replay-trace.ts). */
  tracePath?: string;
}

/**
 * The learned model's predictor, kept across replays in this thread (calibrate replays the same fold
 * models at one cost weight after another): it remembers what it worked out for each prompt, and
 * every estimate is a pure function of the prompt's vector, so a replay gives the same results.
 */
const predictors = new Map<string, ReturnType<typeof createKnnSuccessPredictor>>();
const PREDICTORS_KEPT = 8;
function predictorFor(learnedModel: string): ReturnType<typeof createKnnSuccessPredictor> {
  let predictor = predictors.get(learnedModel);
  if (predictor) return predictor;
  predictor = createKnnSuccessPredictor(deserialiseRouterModel(learnedModel, "learned router model"));
  if (predictors.size >= PREDICTORS_KEPT) predictors.delete(predictors.keys().next().value!);
  predictors.set(learnedModel, predictor);
  return predictor;
}

/** The PromptOutcome of one routed request, from the router's result. */
export function outcomeFromResult(item: ReplayItem, result: RouteResult): PromptOutcome {
  const final = [...result.attempts].reverse().find((attempt) => attempt.ok && attempt.modelId === result.model);
  const served = final ? final.usage.inputTokens + final.usage.outputTokens : result.usage.inputTokens + result.usage.outputTokens;
  // Time to the first token of the delivered answer: the router's own figure when it streamed, else
  // the simulated model's (its response metadata), assuming the delivered answer streams.
  const recorded = (result.message.response_metadata ?? {}) as { ttft_ms?: unknown; latency_ms?: unknown };
  const recordedGeneration = typeof recorded.ttft_ms === "number" && typeof recorded.latency_ms === "number" ? recorded.latency_ms - recorded.ttft_ms : 0;
  const finalGeneration = final?.ttftMs !== undefined ? final.latencyMs - final.ttftMs : recordedGeneration;
  return {
    quality: item.outcomes[result.model]?.score ?? 0,
    costUsd: result.attempts.reduce((sum, attempt) => sum + attempt.usage.costUsd, 0),
    servedTokens: served,
    latencyMs: result.latencyMs,
    ttftMs: Math.max(0, result.latencyMs - finalGeneration),
    reachedCloud: result.attempts.some((attempt) => attempt.tier === "cloud"),
    labelled: item.sensitive !== undefined,
    escalations: result.escalations,
    modelId: result.model,
  };
}

export interface ReplayOptions {
  job: GraphJob;
  items: readonly ReplayItem[];
  seed: number;
  createRouter: RouterFactory;
  /** Called every `progressEvery` prompts with the number done. */
  onProgress?: (done: number) => void;
  progressEvery?: number;
}

/**
 * Replays the items, in order, through a router built from the job's config whose model nodes are
 * bound to recorded chat models on a virtual clock. Sequential on purpose: the bandit learns online,
 * so each request sees what the earlier ones taught it.
 */
export async function replayGraph(options: ReplayOptions): Promise<GraphReplayResult> {
  const started = performance.now();
  const { job, items, seed } = options;
  const clock = createVirtualClock(0);
  const book = new RecordingBook();
  book.privacy = job.config.privacy;
  const models: Record<string, BaseChatModel> = {};
  const latency = effectiveLatency(job.config.simulation);
  const serving = new VirtualServing(clock, {
    sharedLocalDevice: latency.sharedLocalDevice,
    maxConcurrency: new Map(job.config.models.map((model) => [model.id, model.maxConcurrency])),
  });
  for (const model of job.config.models) models[model.id] = new RecordedChatModel({ modelId: model.id, tier: model.tier, book, clock, latency, seed, serving });
  let drift: GraphReplayResult["drift"];
  let index = 0;
  const router = await options.createRouter(job.config, {
    models,
    // Drift is reported in the simulation's output, not as a process warning.
    hooks: { onDrift: (signals) => (drift ??= { prompt: index, signals: signals.map((signal) => ({ ...signal })) }) },
    clock,
    random: createSeededRandom(hash32(seed, "router")),
    banditStore: createMemoryBanditStore(),
    // Retry backoff passes on the virtual clock: nothing sleeps.
    sleep: async (ms) => clock.advance(ms),
    // A wait among the calls in flight (a late hedge's trigger) ends on the virtual clock like a call would.
    wait: (ms, signal) => serving.run("(timer)", false, ms, signal),
    ...(job.learnedModel ? { successPredictor: predictorFor(job.learnedModel) } : {}),
  });
  const accumulator = new StrategyAccumulator(job.name);
  const total = items.length;
  const series: ReplaySeries = {
    quality: new Float32Array(total),
    latencyMs: new Float32Array(total),
    cloud: new Uint8Array(total),
    costUsd: new Float32Array(total),
    servedTokens: new Float32Array(total),
  };
  const pendingFeedback: Array<{ at: number; requestId: string; score: number }> = [];
  const interval = job.config.simulation.arrivalIntervalMs;
  const every = options.progressEvery ?? 50;
  let failures = 0;
  const trace: ReplayTraceLine[] = [];
  try {
    for (index = 0; index < total; index += 1) {
      const item = items[index]!;
      while (pendingFeedback.length > 0 && pendingFeedback[0]!.at <= index) {
        const due = pendingFeedback.shift()!;
        await router.feedback(due.requestId, due.score);
      }
      book.conditions = conditionsAt(job.scenario, index, total);
      clock.set(Math.max(clock.now(), index * interval));
      const startedAt = clock.now();
      const log: CallLog = { item, calls: 0, cloudCalls: 0 };
      let outcome: PromptOutcome;
      try {
        const result = await book.run(item, () => router.invoke(item.prompt, { requestId: `sim-${index}` }), log);
        outcome = outcomeFromResult(item, result);
        // The same prompt sent straight to the model that finally answered it (same conditions): the cascade's overhead is measured against it.
        const final = item.outcomes[result.model];
        if (final)
          outcome.directLatencyMs = callTiming(latency, result.model, result.tier, outputTokensFromChars(final.outChars), book.conditions, [
            seed,
            item.id,
            startedAt,
          ]).totalMs;
        if (job.tracePath !== undefined) trace.push(traceLine(item, result, outcome, log, startedAt));
        if (job.feedback && hash32(seed, "feedback", item.id) / 4294967296 < job.feedback.share)
          pendingFeedback.push({ at: index + Math.max(1, job.feedback.delayRequests), requestId: result.requestId, score: outcome.quality });
      } catch {
        failures += 1;
        const latency = clock.now() - startedAt;
        outcome = {
          quality: 0,
          costUsd: 0,
          servedTokens: 0,
          latencyMs: latency,
          ttftMs: latency,
          reachedCloud: false,
          labelled: item.sensitive !== undefined,
          escalations: 0,
          modelId: "(failed)",
        };
      }
      // A cloud call seen by the simulated models counts even if the router's result does not list it.
      if (log.cloudCalls > 0) outcome.reachedCloud = true;
      outcome.leaked = log.leaked === true;
      if (log.calledModels) outcome.calledModels = log.calledModels;
      accumulator.add(outcome);
      series.quality[index] = outcome.quality;
      series.latencyMs[index] = outcome.latencyMs;
      series.cloud[index] = outcome.reachedCloud ? 1 : 0;
      series.costUsd[index] = outcome.costUsd;
      series.servedTokens[index] = outcome.servedTokens;
      if (options.onProgress && ((index + 1) % every === 0 || index + 1 === total)) options.onProgress(index + 1);
    }
  } finally {
    await router.close();
  }
  if (job.tracePath !== undefined) await writeTrace(job.tracePath, trace);
  return { summary: accumulator.summary(), series, failures, wallMs: performance.now() - started, ...(drift ? { drift } : {}) };
}
