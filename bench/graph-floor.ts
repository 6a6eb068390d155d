/**
 * npx tsx bench/graph-floor.ts — what the router's graph costs beyond stock LangGraph's own floor,
 * by CPU time per request (process.cpuUsage; robust on a loaded machine), interleaved rounds in one
 * process. Variants:
 *   floor-1, floor-2  the same with 1 and 2 nodes (what one superstep costs)
 *   model         InstantChatModel.invoke alone (LangChain's chat model call: callbacks, run tree)
 *   floor-small   a stock StateGraph of 3 no-op nodes over a one-key state (the supersteps of the
 *                 default request path: decision node, call_model, verify)
 *   floor-state   the same 3 no-op nodes over RouterState (its channels, the router's initial state)
 *   router        the router (fused decision node, instant fake models, same prompts as bench:route)
 *   router-2step  the same with bench:server's verifiers (agreement off): call_model+verify is one node
 *   router-3step  the same with call_model and verify in their own nodes (call_model replaced by itself)
 *   nodes         the router's node functions called by a loop (no LangGraph; bench only)
 * Environment: N requests per round (1000), ROUNDS (5), WARMUP requests per variant (1500), VARIANTS (comma list; default all).
 */
import { loadavg } from "node:os";
import { Annotation, END, START, StateGraph } from "@langchain/langgraph";
import { HumanMessage } from "@langchain/core/messages";
import { createMemoryBanditStore, createRouter, createSeededRandom, ROUTER_NODES, RouterState, type RouterGraphDefinition } from "../src/index.js";
import { InstantChatModel } from "./instant-chat-model.js";
import { ROUTE_BENCH_CONFIG, ROUTE_BENCH_PROMPTS } from "./route-bench-workload.js";
import { directRunner } from "./route-direct.js";

const N = Number(process.env["N"] ?? 1000);
const ROUNDS = Number(process.env["ROUNDS"] ?? 5);
const WARMUP = Number(process.env["WARMUP"] ?? 1500);
const invokeOptions = { configurable: { routellm: {} }, recursionLimit: 25 };

/** A stock graph of `steps` no-op nodes in a line over a one-key state (conditional edges like the router's). */
function floorSmall(steps: number) {
  const State = Annotation.Root({ value: Annotation<number>() });
  const graph = new StateGraph(State) as unknown as StateGraph<typeof State.spec, typeof State.State, typeof State.Update, string>;
  for (let step = 0; step < steps; step++) graph.addNode(`n${step}`, () => ({}));
  graph.addEdge(START, "n0");
  for (let step = 0; step < steps; step++) graph.addConditionalEdges(`n${step}`, () => (step === steps - 1 ? END : `n${step + 1}`));
  const compiled = graph.compile();
  return () => compiled.invoke({ value: 0 }, invokeOptions);
}

function floorState() {
  const graph = new StateGraph(RouterState)
    .addNode("decide", () => ({}))
    .addNode("call", () => ({}))
    .addNode("verify", () => ({}))
    .addEdge(START, "decide")
    .addConditionalEdges("decide", () => "call", ["call", END])
    .addEdge("call", "verify")
    .addConditionalEdges("verify", () => END, ["call", END])
    .compile();
  return (prompt: string) =>
    graph.invoke(
      {
        requestId: "r",
        messages: [new HumanMessage(prompt)],
        options: { dryRun: false },
        request: { params: {} },
        text: prompt,
        routes: [],
        eligible: [],
        bucket: "",
        candidates: [],
        exploratory: false,
        escalations: 0,
      },
      invokeOptions,
    );
}

const NO_AGREEMENT = { ...ROUTE_BENCH_CONFIG, verifiers: { agreement: { enabled: false } } };
const models = () => Object.fromEntries(ROUTE_BENCH_CONFIG.models.map((model) => [model.id, new InstantChatModel("Sure, here is a short answer.")]));
const base = () => ({ models: models(), random: createSeededRandom(1), banditStore: createMemoryBanditStore(Date.now, 1000) });

const all: Record<string, () => (prompt: string, index: number) => Promise<unknown>> = {
  "floor-1": () => floorSmall(1),
  "floor-2": () => floorSmall(2),
  "floor-small": () => floorSmall(3),
  model: () => {
    const model = new InstantChatModel("Sure, here is a short answer.");
    return (prompt) => model.invoke([new HumanMessage(prompt)]);
  },
  "floor-state": floorState,
  router: () => {
    const router = createRouter(ROUTE_BENCH_CONFIG, base());
    return (prompt) => router.invoke(prompt);
  },
  // bench:server's verifiers (agreement off, no judge): verify runs in call_model's graph node (2 supersteps)...
  "router-2step": () => {
    const router = createRouter(NO_AGREEMENT, base());
    return (prompt) => router.invoke(prompt);
  },
  // ...or, with call_model replaced by itself (not marked plainUpdate), in its own (3 supersteps).
  "router-3step": () => {
    const router = createRouter(NO_AGREEMENT, {
      ...base(),
      extend: (graph) => void graph.replaceNode(ROUTER_NODES.callModel, graph.node(ROUTER_NODES.callModel)),
    });
    return (prompt) => router.invoke(prompt);
  },
  nodes: () => {
    let definition: RouterGraphDefinition | undefined;
    createRouter(ROUTE_BENCH_CONFIG, { ...base(), extend: (graph) => void (definition = graph) });
    return directRunner(definition!);
  },
};
const names = (process.env["VARIANTS"] ?? Object.keys(all).join(",")).split(",");
const variants = Object.fromEntries(names.map((name) => [name, all[name]!()]));
const cpu: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
for (const run of Object.values(variants)) for (let index = 0; index < WARMUP; index++) await run(ROUTE_BENCH_PROMPTS[index % 4]!, index);
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of Object.entries(variants)) {
    const started = process.cpuUsage();
    for (let index = 0; index < N; index++) await run(ROUTE_BENCH_PROMPTS[index % 4]!, index);
    const used = process.cpuUsage(started);
    cpu[name]!.push((used.user + used.system) / N);
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(
  `graph-floor: CPU µs per request, median and best of ${ROUNDS} interleaved rounds of ${N}, Node ${process.version}, load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(" / ")}`,
);
for (const name of names)
  console.log(
    `${name.padEnd(12)} median ${median(cpu[name]!).toFixed(0).padStart(5)} µs, best ${Math.min(...cpu[name]!)
      .toFixed(0)
      .padStart(5)} µs  (rounds ${cpu[name]!.map((value) => value.toFixed(0)).join(", ")})`,
  );
