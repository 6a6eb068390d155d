/**
 * What the shipped word vectors add to the built-in route encoder: `index.score()` on the semantic
 * bench's prompts (short chat turns and a long prompt) with `wordVectors: true` (words and meaning)
 * and `false` (words only), interleaved so both see the same machine, plus the one-off load time.
 *
 *   node --expose-gc --import tsx bench/route-encoder.ts
 */
import { parseConfig } from "../src/index.js";
import { buildRouteIndex } from "../src/nodes/route-index.js";
import { PROMPTS, ROUTES } from "./route-semantic.js";
import { percentile } from "./stats.js";

const count = Number(process.env["BENCH_COUNT"] ?? 20_000);
const index = async (wordVectors: boolean) =>
  buildRouteIndex(
    parseConfig({
      models: [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }],
      classifier: { embeddings: { wordVectors }, routes: ROUTES },
    }).classifier,
  );
const words = await index(false);
let started = performance.now();
const meaning = await index(true);
const loadMs = performance.now() - started;
for (let round = 0; round < 2_000; round++) {
  words.score(PROMPTS[round % PROMPTS.length]!, undefined);
  meaning.score(PROMPTS[round % PROMPTS.length]!, undefined);
}
const samples = { words: new Float64Array(count), meaning: new Float64Array(count) };
for (let round = 0; round < count; round++) {
  const prompt = PROMPTS[round % PROMPTS.length]!;
  started = performance.now();
  words.score(prompt, undefined);
  samples.words[round] = (performance.now() - started) * 1000;
  started = performance.now();
  meaning.score(prompt, undefined);
  samples.meaning[round] = (performance.now() - started) * 1000;
}
const summary = (values: Float64Array) => {
  const sorted = Array.from(values).sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 0.5).toFixed(0)} µs, p99 ${percentile(sorted, 0.99).toFixed(0)} µs`;
};
console.log(`route scoring, 8 routes x 7 utterances, ${count} prompts each:`);
console.log(`  words only (wordVectors: false)      ${summary(samples.words)}`);
console.log(`  words + meaning (wordVectors: true)  ${summary(samples.meaning)}`);
console.log(`  index build with word vectors (first load of data/word-vectors included): ${loadMs.toFixed(0)} ms`);
