/**
 * npm run bench:route — the routing graph's own overhead with instant fake models (default path:
 * no agentic triage), next to a trivial 3-node LangGraph graph measured in the same run, and what
 * faithfulness costs: the same router's node functions called directly by a loop (no LangGraph),
 * against the router running its stock compiled graph, and the same router with its pure decision
 * nodes unfused (`fusePureNodes: false`: one LangGraph node per definition node).
 * Prints p50/p99 in microseconds and heap after each round (no growth expected).
 */
import { Annotation, END, START, StateGraph } from "@langchain/langgraph";
import { createMemoryBanditStore, createRouter, createSeededRandom, type RouterGraphDefinition } from "../src/index.js";
import { directRunner } from "./route-direct.js";
import { InstantChatModel } from "./instant-chat-model.js";
import { ROUTE_BENCH_CONFIG, ROUTE_BENCH_PROMPTS } from "./route-bench-workload.js";
import { heapMb, time } from "./stats.js";

const COUNT = Number(process.env["BENCH_COUNT"] ?? 10_000);
/** The in-memory store keeps this many decisions for feedback; filled before round 1 so rounds compare like with like. */
const DECISIONS_KEPT = 1_000;

function trivialGraph() {
  const State = Annotation.Root({ value: Annotation<number>() });
  return new StateGraph(State)
    .addNode("a", (state) => ({ value: state.value + 1 }))
    .addNode("b", (state) => ({ value: state.value + 1 }))
    .addNode("c", (state) => ({ value: state.value + 1 }))
    .addEdge(START, "a")
    .addEdge("a", "b")
    .addEdge("b", "c")
    .addEdge("c", END)
    .compile();
}

const config = ROUTE_BENCH_CONFIG;
const PROMPTS = ROUTE_BENCH_PROMPTS;

async function main() {
  const trivial = trivialGraph();
  // Prose answers: the routing decision plus one model call. Answers with a final number make the
  // agreement verifier ask a second model too, measured on its own line.
  const router = createRouter(config, {
    models: Object.fromEntries(config.models.map((model) => [model.id, new InstantChatModel("Sure, here is a short answer.")])),
    random: createSeededRandom(1),
    banditStore: createMemoryBanditStore(Date.now, DECISIONS_KEPT),
  });
  const prose = () => Object.fromEntries(config.models.map((model) => [model.id, new InstantChatModel("Sure, here is a short answer.")]));
  // The same router with one LangGraph node per definition node (the four decision nodes unfused).
  const unfused = createRouter(config, {
    models: prose(),
    random: createSeededRandom(1),
    banditStore: createMemoryBanditStore(Date.now, DECISIONS_KEPT),
    fusePureNodes: false,
  });
  let definition: RouterGraphDefinition | undefined;
  createRouter(config, {
    models: prose(),
    random: createSeededRandom(1),
    banditStore: createMemoryBanditStore(Date.now, DECISIONS_KEPT),
    extend: (graph) => void (definition = graph),
  });
  const direct = directRunner(definition!);
  const withPeer = createRouter(config, {
    models: Object.fromEntries(config.models.map((model) => [model.id, new InstantChatModel("Final answer: 42")])),
    random: createSeededRandom(1),
    banditStore: createMemoryBanditStore(Date.now, DECISIONS_KEPT),
  });
  console.log(`bench:route — ${COUNT} requests per round, Node ${process.version}`);
  const rows: string[] = [];
  // Fill the bounded per-router state (decisions kept for feedback, latency windows) before measuring growth.
  await time((index) => router.invoke(PROMPTS[index % PROMPTS.length]!), DECISIONS_KEPT + 500, 0);
  await time((index) => unfused.invoke(PROMPTS[index % PROMPTS.length]!), DECISIONS_KEPT + 500, 0);
  await time((index) => withPeer.invoke(PROMPTS[index % PROMPTS.length]!), DECISIONS_KEPT + 500, 0);
  await time((index) => direct(PROMPTS[index % PROMPTS.length]!, index), DECISIONS_KEPT + 500, 0);
  const startHeap = heapMb();
  for (let round = 1; round <= 3; round++) {
    const baseline = await time(() => trivial.invoke({ value: 0 }), COUNT);
    const routed = await time((index) => router.invoke(PROMPTS[index % PROMPTS.length]!), COUNT);
    const routedUnfused = await time((index) => unfused.invoke(PROMPTS[index % PROMPTS.length]!), COUNT);
    const peer = await time((index) => withPeer.invoke(PROMPTS[index % PROMPTS.length]!), Math.ceil(COUNT / 5));
    const nodesAlone = await time((index) => direct(PROMPTS[index % PROMPTS.length]!, index), COUNT);
    const heap = heapMb();
    rows.push(
      `round ${round}: trivial 3-node graph p50 ${baseline.p50Us.toFixed(0)} µs p99 ${baseline.p99Us.toFixed(0)} µs | router p50 ${routed.p50Us.toFixed(0)} µs p99 ${routed.p99Us.toFixed(0)} µs | ratio p50 ${(routed.p50Us / baseline.p50Us).toFixed(2)}x | unfused (fusePureNodes: false) p50 ${routedUnfused.p50Us.toFixed(0)} µs p99 ${routedUnfused.p99Us.toFixed(0)} µs | with agreement peer call p50 ${peer.p50Us.toFixed(0)} µs p99 ${peer.p99Us.toFixed(0)} µs | node functions alone (no LangGraph) p50 ${nodesAlone.p50Us.toFixed(0)} µs p99 ${nodesAlone.p99Us.toFixed(0)} µs | faithfulness costs p50 ${(routed.p50Us - nodesAlone.p50Us).toFixed(0)} µs p99 ${(routed.p99Us - nodesAlone.p99Us).toFixed(0)} µs per request | heap ${heap.toFixed(1)} MB`,
    );
    console.log(rows.at(-1));
  }
  console.log(
    `heap after filling bounded state ${startHeap.toFixed(1)} MB${typeof (globalThis as { gc?: unknown }).gc === "function" ? " (after GC)" : " (run with --expose-gc for exact figures)"}`,
  );
  console.log("targets: router p50 <= 2x trivial graph p50, router p99 < 8000 µs, no heap growth between rounds");
  // Imported only now: the learning modules would otherwise count in the heap figures above.
  const { measureLearnedDecision } = await import("./route-learned.js");
  console.log(await measureLearnedDecision(process.env["BENCH_LEARNED_DATASET"] ?? "../shared/datasets/zeroeval_gsm8k.outcomes.jsonl", COUNT));
  const { measureSemanticRoutes } = await import("./route-semantic.js");
  console.log(await measureSemanticRoutes(COUNT));
}

await main();
