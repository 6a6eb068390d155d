/**
 * What the shipped word vectors add to the built-in route encoder: `index.score()` on the semantic
 * bench's prompts (short chat turns and a long prompt) with `wordVectors: false` (words only; and
 * the same with `spelling: false`, without the English normalisation),
 * `wordAlignment: 0` (words and averaged vectors) and the default (words, averaged vectors and
 * the soft word alignment), interleaved so all see the same machine, plus the one-off load time.
 *
 *   node --expose-gc --import tsx bench/route-encoder.ts
 */
import { parseConfig } from "../src/index.js";
import { buildRouteIndex } from "../src/nodes/route-index.js";
import { PROMPTS, ROUTES } from "./route-semantic.js";
import { percentile } from "./stats.js";

const count = Number(process.env["BENCH_COUNT"] ?? 20_000);
const index = async (embeddings: { wordVectors: boolean; wordAlignment?: number; spelling?: boolean }) =>
  buildRouteIndex(
    parseConfig({
      models: [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }],
      classifier: { embeddings, routes: ROUTES },
    }).classifier,
  );
const plain = await index({ wordVectors: false, spelling: false });
const words = await index({ wordVectors: false });
let started = performance.now();
const meaning = await index({ wordVectors: true, wordAlignment: 0 });
const loadMs = performance.now() - started;
const aligned = await index({ wordVectors: true });
const indexes = { plain, words, meaning, aligned };
for (let round = 0; round < 2_000; round++) for (const built of Object.values(indexes)) built.score(PROMPTS[round % PROMPTS.length]!, undefined);
const samples = { plain: new Float64Array(count), words: new Float64Array(count), meaning: new Float64Array(count), aligned: new Float64Array(count) };
for (let round = 0; round < count; round++) {
  const prompt = PROMPTS[round % PROMPTS.length]!;
  for (const key of ["plain", "words", "meaning", "aligned"] as const) {
    started = performance.now();
    indexes[key].score(prompt, undefined);
    samples[key][round] = (performance.now() - started) * 1000;
  }
}
const summary = (values: Float64Array) => {
  const sorted = Array.from(values).sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 0.5).toFixed(0)} µs, p99 ${percentile(sorted, 0.99).toFixed(0)} µs`;
};
console.log(`route scoring, 8 routes x 7 utterances, ${count} prompts each:`);
console.log(`  words only, no English normalisation (spelling: false) ${summary(samples.plain)}`);
console.log(`  words only (wordVectors: false; the default)       ${summary(samples.words)}`);
console.log(`  words + averaged vectors (wordAlignment: 0)        ${summary(samples.meaning)}`);
console.log(`  words + averaged vectors + alignment (wordVectors: true) ${summary(samples.aligned)}`);
console.log(`  index build with word vectors (first load of data/word-vectors included): ${loadMs.toFixed(0)} ms`);
