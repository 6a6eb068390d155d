/**
 * The learned classifier's cost on the routing decision (issue: at most 1 ms p99 added): the same
 * config routed with and without a learned model trained on the train side of a recorded-outcome
 * file, `explain()` (the decision without a model call) on its held-out prompts, in the same run.
 */
import { existsSync } from "node:fs";
import { createMemoryBanditStore, createRouter, createSeededRandom, loadConfigFile } from "../src/index.js";
import { builtinEncoder, loadEvaluationData, trainOnItems } from "../src/learning/evaluation/index.js";
import { createKnnSuccessPredictor } from "../src/learning/knn-success-predictor.js";
import { InstantChatModel } from "./instant-chat-model.js";
import { percentile, time } from "./stats.js";

const CONFIG = "bench/learning/gsm8k-3.config.yaml";

export async function measureLearnedDecision(dataset: string, count: number): Promise<string> {
  if (!existsSync(dataset)) return `learned classifier: skipped (no ${dataset}; set BENCH_LEARNED_DATASET to an outcomes file)`;
  const { config } = loadConfigFile(CONFIG);
  const data = await loadEvaluationData(config, { files: [dataset] });
  const { embed, encoder } = builtinEncoder(config);
  const model = await trainOnItems(data.train, { models: data.models, embed, encoder });
  const build = (learned: boolean) =>
    createRouter(config, {
      models: Object.fromEntries(config.models.map((entry) => [entry.id, new InstantChatModel("Final answer: 42")])),
      random: createSeededRandom(1),
      banditStore: createMemoryBanditStore(Date.now, 1_000),
      ...(learned ? { successPredictor: createKnnSuccessPredictor(model) } : {}),
    });
  const plain = build(false);
  const learned = build(true);
  const prompts = data.test.map((item) => item.prompt);
  // Interleaved, so both see the same machine: one request without, one with, and so on.
  await time((index) => plain.explain(prompts[index % prompts.length]!), 500, 0);
  await time((index) => learned.explain(prompts[index % prompts.length]!), 500, 0);
  const samples = { without: new Float64Array(count), with: new Float64Array(count) };
  for (let index = 0; index < count; index++) {
    const prompt = prompts[index % prompts.length]!;
    let started = performance.now();
    await plain.explain(prompt);
    samples.without[index] = (performance.now() - started) * 1000;
    started = performance.now();
    await learned.explain(prompt);
    samples.with[index] = (performance.now() - started) * 1000;
  }
  const summary = (values: Float64Array) => {
    const sorted = Array.from(values).sort((a, b) => a - b);
    return { p50Us: percentile(sorted, 0.5), p99Us: percentile(sorted, 0.99) };
  };
  const without = summary(samples.without);
  const withModel = summary(samples.with);
  return (
    `learned classifier (${model.examples.count} training prompts, ${prompts.length} held-out prompts, explain()): ` +
    `without p50 ${without.p50Us.toFixed(0)} µs p99 ${without.p99Us.toFixed(0)} µs | with p50 ${withModel.p50Us.toFixed(0)} µs p99 ${withModel.p99Us.toFixed(0)} µs | ` +
    `added p50 ${(withModel.p50Us - without.p50Us).toFixed(0)} µs, p99 ${(withModel.p99Us - without.p99Us).toFixed(0)} µs (target: at most 1000 µs p99)`
  );
}
