/**
 * Start-up cost of semantic routes, in this fresh process: `createRouter` with the default config
 * plus the eight routes of bench/route-semantic.ts, then the first `explain()` (no model call), which
 * builds the route index (reading the shipped English word list, or with `classifier.embeddings.
 * wordVectors` the 4.3 MB word vectors), then the memory held afterwards (after a GC).
 * `--no-routes`: the same without routes (what the rest of the first request costs).
 * Run: node --expose-gc --import tsx bench/route-startup.ts [--word-vectors | --no-routes]
 */
import { performance } from "node:perf_hooks";
import { createMemoryBanditStore, createRouter, createSeededRandom } from "../src/index.js";
import { InstantChatModel } from "./instant-chat-model.js";
import { PROMPTS, ROUTES } from "./route-semantic.js";

const wordVectors = process.argv.includes("--word-vectors");
const routes = !process.argv.includes("--no-routes");
const started = performance.now();
const router = createRouter(
  {
    models: [
      { id: "llama", provider: "ollama", model: "llama3.1:8b", tier: "local" },
      { id: "gpt4o", provider: "openai", model: "gpt-4o", tier: "cloud", pricing: { inputPer1M: 2.5, outputPer1M: 10 } },
    ],
    classifier: { routes: routes ? ROUTES : [], ...(wordVectors ? { embeddings: { wordVectors: true } } : {}) },
  },
  {
    models: { llama: new InstantChatModel("ok"), gpt4o: new InstantChatModel("ok") },
    random: createSeededRandom(1),
    banditStore: createMemoryBanditStore(Date.now, 1_000),
  },
);
const built = performance.now();
const decision = await router.explain(PROMPTS[0]!);
const explained = performance.now();
(globalThis as { gc?: () => void }).gc?.();
const memory = process.memoryUsage();
const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);
process.stdout.write(
  `${routes ? "8 routes" : "no routes"}, wordVectors ${wordVectors ? "on " : "off"}: createRouter ${(built - started).toFixed(1)} ms, first explain (builds the route index) ${(explained - built).toFixed(1)} ms, ` +
    `total ${(explained - started).toFixed(1)} ms; after GC: rss ${mb(memory.rss)} MB, heap ${mb(memory.heapUsed)} MB, array buffers ${mb(memory.arrayBuffers)} MB; top route ${JSON.stringify(decision.routes?.[0] ?? null)}\n`,
);
