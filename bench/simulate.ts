/**
 * npm run bench:simulate — throughput of the simulation's replay machinery against the router graph
 * alone, measured in the same run (this machine's speed drifts), then the full report with worker
 * threads, with wall time and peak memory.
 *
 * - graph alone: createRouter with plain chat models that answer the recorded text at once (no
 *   virtual clock, no token counting), invoked in a plain loop;
 * - replay: replayGraph (recorded chat models, virtual clock, tokens, metrics) on the same prompts;
 * both on one thread, a warm-up round each, then five interleaved rounds (best of each). Target:
 * replay >= 80% of graph-alone throughput. Rounds use every held-out prompt by default: with the
 * sequential runner a 300-prompt round lasts ~0.1 s, too short to measure past JIT warm-up and GC.
 * - full report: every strategy, the sweep and the adaptivity scenario on a dataset (default: the
 *   held-out side of a recorded file given as the first argument, else the built-in workload).
 *   Target: under 2 minutes for a 2,000-prompt dataset.
 * Environment: BENCH_PROMPTS (prompts per single-thread round, default: all held-out prompts), BENCH_WORKERS (default 0 = one per core).
 */
import { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { AIMessage, type BaseMessage } from "@langchain/core/messages";
import type { ChatResult } from "@langchain/core/outputs";
import { createRouter, createSeededRandom, DEFAULT_CONFIG, parseConfig, type RouterConfig } from "../src/index.js";
import { prepareInputs, recordedResponseText, replayGraph, runSimulation, type ReplayItem } from "../src/simulation/index.js";

const PROMPTS = Number(process.env["BENCH_PROMPTS"] ?? Number.POSITIVE_INFINITY);
const WORKERS = Number(process.env["BENCH_WORKERS"] ?? 0);
const ROUNDS = 5;
const file = process.argv[2];

/** Answers the recorded text of the prompt at once: the graph's cost without the replay machinery. */
class PlainRecordedModel extends BaseChatModel {
  constructor(
    private readonly modelId: string,
    private readonly byPrompt: Map<string, ReplayItem>,
  ) {
    super({});
  }
  _llmType(): string {
    return "plain";
  }
  // Same fast path as RecordedChatModel (no callback machinery), so the comparison isolates the replay's own work.
  override async invoke(input: unknown): Promise<never> {
    return (await this._generate(input as BaseMessage[])).generations[0]!.message as never;
  }
  async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    const last = messages[messages.length - 1]!;
    const item = this.byPrompt.get(String(last.content))!;
    const outcome = item.outcomes[this.modelId]!;
    const text = recordedResponseText(outcome);
    const message = new AIMessage({
      content: text,
      usage_metadata: { input_tokens: 50, output_tokens: Math.ceil(outcome.outChars / 4), total_tokens: 50 + Math.ceil(outcome.outChars / 4) },
    });
    return { generations: [{ text, message }] };
  }
}

async function graphAlone(config: RouterConfig, items: readonly ReplayItem[]): Promise<number> {
  const byPrompt = new Map(items.map((item) => [item.prompt, item]));
  const models = Object.fromEntries(config.models.map((model) => [model.id, new PlainRecordedModel(model.id, byPrompt)]));
  const router = createRouter(config, { models, random: createSeededRandom(1) });
  const started = performance.now();
  for (const item of items) await router.invoke(item.prompt);
  const seconds = (performance.now() - started) / 1000;
  await router.close();
  return items.length / seconds;
}

async function replay(config: RouterConfig, items: readonly ReplayItem[]): Promise<number> {
  const result = await replayGraph({
    job: { name: "router", config },
    items,
    seed: 1,
    createRouter: (routerConfig, dependencies) => createRouter(routerConfig, dependencies),
  });
  return items.length / (result.wallMs / 1000);
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

async function main(): Promise<void> {
  const config = parseConfig(DEFAULT_CONFIG);
  config.simulation.privacyShare = 0;
  const inputs = await prepareInputs(config, file ? { dataset: [file] } : {}, 42);
  const sample = inputs.testItems.slice(0, PROMPTS);
  console.log(
    `dataset: ${inputs.dataset.name}${inputs.dataset.synthetic ? " (synthetic)" : ""}; ${inputs.testItems.length} held-out prompts; single-thread rounds of ${sample.length}`,
  );
  await graphAlone(config, sample); // warm-up
  await replay(config, sample);
  const alone: number[] = [];
  const replayed: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    alone.push(await graphAlone(config, sample));
    replayed.push(await replay(config, sample));
  }
  const best = (values: number[]) => Math.max(...values);
  console.log(`graph alone (plain loop):  ${best(alone).toFixed(0)} prompts/s  (rounds: ${alone.map((value) => value.toFixed(0)).join(", ")})`);
  console.log(`replay through the graph:  ${best(replayed).toFixed(0)} prompts/s  (rounds: ${replayed.map((value) => value.toFixed(0)).join(", ")})`);
  console.log(`replay / graph alone:      ${((best(replayed) / best(alone)) * 100).toFixed(0)}% (target >= 80%)`);

  // Memory during one replay: heap after a full GC at each quarter (flat = no growth per prompt).
  const gc = (globalThis as { gc?: () => void }).gc;
  const heap: string[] = [];
  const quarter = Math.max(1, Math.floor(sample.length / 4));
  await replayGraph({
    job: { name: "router", config },
    items: sample,
    seed: 1,
    progressEvery: quarter,
    createRouter: (routerConfig, dependencies) => createRouter(routerConfig, dependencies),
    onProgress: (done) => {
      gc?.();
      heap.push(`${done}: ${mb(process.memoryUsage().heapUsed)}`);
    },
  });
  console.log(`heap during a replay (after GC, by prompts done): ${heap.join(", ")}${gc ? "" : " (run with --expose-gc for exact figures)"}`);

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const full = parseConfig(DEFAULT_CONFIG);
  const started = performance.now();
  const report = await runSimulation({ config: full, ...inputs, seed: 42, workers: WORKERS });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  console.log(
    `full report: ${report.timing.graphReplays} graph replays x ${report.dataset.prompts} prompts = ${report.timing.graphPrompts} routed requests in ${seconds.toFixed(1)} s ` +
      `(${(report.timing.graphPrompts / seconds).toFixed(0)} prompts/s over ${WORKERS === 0 ? "all cores" : `${WORKERS} workers`}; ${report.timing.graphPromptsPerSecond.toFixed(0)} per thread); peak RSS ${mb(peakRss)} (target < 120 s for 2,000 prompts)`,
  );
}

await main();
