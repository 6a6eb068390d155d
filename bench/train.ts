/**
 * Learned routing speed: training time per shared outcome file (and in total), and the added cost
 * of one routing decision: the success prediction (nearest neighbours over the Int8 examples) and
 * the cascade planner's step, p50/p99 over 10,000 held-out prompts.
 *
 *   npx tsx bench/train.ts [--datasets ../shared/datasets]
 */
import { parseArgs } from "node:util";
import { join } from "node:path";
import { loadConfigFile } from "../src/config/load-config.js";
import { builtinEncoder, loadEvaluationData, trainOnItems, createLearnedContext, prepareItems, routeCascade } from "../src/learning/evaluation/index.js";
import { serialiseRouterModel } from "../src/learning/router-model.js";

const { values } = parseArgs({ options: { datasets: { type: "string", default: "../shared/datasets" } } });
const runs: Array<{ config: string; files: string[] }> = [
  { config: "gsm8k-3", files: ["zeroeval_gsm8k"] },
  { config: "crux-3", files: ["zeroeval_crux"] },
  { config: "mix-4", files: ["zeroeval_gsm8k", "zeroeval_crux"] },
  { config: "mmlu-pro-3", files: ["mmlu_pro"] },
  { config: "arena-3", files: ["arena_bench_v1"] },
  { config: "routellm-2", files: ["routellm"] },
];

const percentile = (sorted: Float64Array, fraction: number) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
let totalSeconds = 0;
for (const run of runs) {
  const { config } = loadConfigFile(join("bench/learning", `${run.config}.config.yaml`));
  const files = run.files.map((name) => join(values.datasets!, `${name}.outcomes.jsonl`));
  const data = await loadEvaluationData(config, { files });
  const { embed, encoder } = builtinEncoder(config);
  const all = [...data.train, ...data.test];
  const started = performance.now();
  const model = await trainOnItems(all, { models: data.models, embed, encoder });
  const seconds = (performance.now() - started) / 1000;
  totalSeconds += seconds;
  const bytes = serialiseRouterModel(model).length;
  // Decision latency on the held-out side with a model trained on the train side.
  const trained = await trainOnItems(data.train, { models: data.models, embed, encoder });
  const context = createLearnedContext(trained, data.models);
  const prepared = prepareItems(data.test, embed);
  const ids = data.models.map((model) => model.id);
  const predictTimes = new Float64Array(10_000);
  const planTimes = new Float64Array(10_000);
  for (let index = 0; index < 10_000; index++) {
    const item = prepared[index % prepared.length]!;
    const vector = Float32Array.from(item.vector); // a fresh vector: no cache hit
    let start = performance.now();
    context.predictor.predict(vector, ids);
    predictTimes[index] = (performance.now() - start) * 1000;
    start = performance.now();
    routeCascade({ ...item, vector }, { ...context, models: data.models, costWeight: 0.15 });
    planTimes[index] = (performance.now() - start) * 1000;
  }
  predictTimes.sort();
  planTimes.sort();
  console.log(
    `${run.config.padEnd(11)} ${String(all.length).padStart(5)} prompts: trained in ${seconds.toFixed(2)} s (${(bytes / 1024).toFixed(0)} KiB); ` +
      `prediction p50 ${percentile(predictTimes, 0.5).toFixed(0)} us p99 ${percentile(predictTimes, 0.99).toFixed(0)} us over ${trained.examples.count} examples; ` +
      `whole cascade (cached neighbours, every planning step) p50 ${percentile(planTimes, 0.5).toFixed(0)} us p99 ${percentile(planTimes, 0.99).toFixed(0)} us`,
  );
}
console.log(`total training time: ${totalSeconds.toFixed(1)} s`);
