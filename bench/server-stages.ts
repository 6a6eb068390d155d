/**
 * npx tsx bench/server-stages.ts — where the time of one bench:server request goes, stage by stage,
 * by CPU time per request (process.cpuUsage; robust on a loaded machine), interleaved rounds in one
 * process. Same config and prompt as `npm run bench:server` (agreement off, one upstream call).
 * Stages:
 *   parse-body      the server's zod validation of the OpenAI chat body
 *   privacy-scan    the privacy scanner over the prompt (the guard node scans each outgoing string)
 *   nodes           the router's node functions called by a loop, instant model (no LangGraph; bench only)
 *   floor-2         a stock StateGraph of 2 no-op nodes over RouterState (a plain answer's supersteps)
 *   router-instant  router.invoke, instant fake model (graph + nodes + LangChain's model call, no HTTP)
 *   http-raw        one POST to the zero-latency upstream through a node:http keep-alive agent
 *   chat-model      the router's ChatOpenAI (createChatModel: openai SDK, httpFetch) .invoke to the upstream
 *   router-http     router.invoke with the real ChatOpenAI to the upstream (what the server's worker runs)
 * Public LangGraph/LangChain invoke options, on `router.graph.invoke` (instant model, the initial
 * state and config router.invoke builds):
 *   graph           as router.invoke passes it (configurable, recursionLimit)
 *   graph-runid     plus an explicit `runId` (LangChain then generates no root run id)
 *   graph-exit      plus `durability: "exit"`
 *   graph-cb        plus `callbacks: []`
 *   graph-updates   `graph.stream(..., { streamMode: "updates" })` drained instead of invoke ("values")
 * The upstream is a child process (bench/server.ts upstream), so its CPU is not counted.
 * Environment: N requests per round (300), ROUNDS (5), WARMUP per variant (500), VARIANTS (comma list).
 */
import { fork } from "node:child_process";
import { randomUUID } from "node:crypto";
import { Agent, request } from "node:http";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { HumanMessage } from "@langchain/core/messages";
import { END, START, StateGraph } from "@langchain/langgraph";
import {
  createMemoryBanditStore,
  createPrivacyScanner,
  createRouter,
  createSeededRandom,
  parseConfig,
  RouterState,
  type RouterConfigInput,
  type RouterGraphDefinition,
} from "../src/index.js";
import { createChatModel } from "../src/models/chat-models.js";
import { chatCompletionRequestSchema, parseBody } from "../src/server/request-schemas.js";
import { InstantChatModel } from "./instant-chat-model.js";
import { directRunner } from "./route-direct.js";

const N = Number(process.env["N"] ?? 300);
const ROUNDS = Number(process.env["ROUNDS"] ?? 5);
const WARMUP = Number(process.env["WARMUP"] ?? 500);
const PORT = Number(process.env["BENCH_PORT"] ?? 18_791);
const PROMPT = "Say hello to the benchmark.";
const BODY = JSON.stringify({ model: "routellm/auto", messages: [{ role: "user", content: PROMPT }] });
const KEY = "sk-bench-upstream";
process.env["ROUTELLM_BENCH_KEY"] = KEY;

const upstream = fork(fileURLToPath(new URL("./server.ts", import.meta.url)), ["upstream", String(PORT)], {
  execArgv: ["--import", "tsx"],
  stdio: ["ignore", "ignore", "inherit", "ipc"],
});
process.on("exit", () => upstream.kill());
await new Promise((resolve) => upstream.once("message", resolve));
const baseUrl = `http://127.0.0.1:${PORT}/v1`;

// The config of bench/server.ts's writeConfig (1 worker, no Redis).
const model = (id: string, tier: "local" | "cloud", price: number) => ({
  id,
  provider: "openai-compatible" as const,
  baseUrl,
  model: id,
  tier,
  apiKeyEnv: "ROUTELLM_BENCH_KEY",
  pricing: { inputPer1M: price, outputPer1M: price * 4 },
});
const CONFIG: RouterConfigInput = {
  models: [model("bench-small", "local", 0), model("bench-large", "cloud", 2.5)],
  verifiers: { agreement: { enabled: false } },
};
const instantModels = () => ({ "bench-small": new InstantChatModel(PROMPT), "bench-large": new InstantChatModel(PROMPT) });
const deps = () => ({ random: createSeededRandom(1), banditStore: createMemoryBanditStore(Date.now, 1000) });
const invokeOptions = { profile: "routellm/auto" };

// Idle sockets close after 4 s, before the upstream drops them (5 s), as the router's httpFetch does.
const agent = new Agent({ keepAlive: true, maxSockets: 1, timeout: 4_000 });
const upstreamBody = JSON.stringify({ model: "bench-small", messages: [{ role: "user", content: PROMPT }] });
/** A reused keep-alive socket the upstream has just closed fails at once: retried then. */
function rawPost(retries = 3): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const call = request(
      `${baseUrl}/chat/completions`,
      { method: "POST", agent, headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString("utf8"))));
      },
    );
    call.on("error", (error) => (retries > 0 ? rawPost(retries - 1).then(resolve, reject) : reject(error)));
    call.end(upstreamBody);
  });
}

function floor2() {
  const graph = new StateGraph(RouterState)
    .addNode("decide", () => ({}))
    .addNode("call", () => ({}))
    .addEdge(START, "decide")
    .addConditionalEdges("decide", () => "call", ["call", END])
    .addConditionalEdges("call", () => END, ["call", END])
    .compile();
  return (index: number) => graph.invoke(initialState(index), { configurable: { routellm: {} }, recursionLimit: 25 });
}

/** The initial state router.invoke builds for the bench prompt (src/router/create-router.ts). */
function initialState(index: number) {
  return {
    requestId: `r${index}`,
    messages: [new HumanMessage(PROMPT)],
    options: { profile: "routellm/auto", model: undefined, dryRun: false },
    request: { params: {}, tools: undefined, toolChoice: undefined, responseFormat: undefined, images: false, unsupportedParams: undefined },
    text: `${PROMPT}\n`,
    routes: [],
    eligible: [],
    bucket: "",
    candidates: [],
    exploratory: false,
    escalations: 0,
  };
}

function graphVariant(extra: Record<string, unknown>, stream = false) {
  return () => {
    const { graph } = createRouter(CONFIG, { ...deps(), models: instantModels() });
    return async (index: number) => {
      const config: Record<string, unknown> = { configurable: { routellm: { tokensSent: false, onWarning: () => undefined } }, recursionLimit: 25, ...extra };
      if (extra["runId"] !== undefined) config["runId"] = randomUUID();
      if (!stream) return graph.invoke(initialState(index), config);
      for await (const chunk of await graph.stream(initialState(index), { ...config, streamMode: "updates" })) void chunk;
      return undefined;
    };
  };
}

const all: Record<string, () => (index: number) => unknown> = {
  "parse-body": () => () => parseBody(chatCompletionRequestSchema, JSON.parse(BODY)),
  "privacy-scan": () => {
    const scanner = createPrivacyScanner();
    return () => scanner.scan(`${PROMPT}`);
  },
  nodes: () => {
    let definition: RouterGraphDefinition | undefined;
    createRouter(CONFIG, { ...deps(), models: instantModels(), extend: (graph) => void (definition = graph) });
    const run = directRunner(definition!);
    return (index) => run(PROMPT, index);
  },
  "floor-2": floor2,
  "router-instant": () => {
    const router = createRouter(CONFIG, { ...deps(), models: instantModels() });
    return () => router.invoke(PROMPT, invokeOptions);
  },
  "http-raw": () => rawPost,
  "chat-model": () => {
    const chat = createChatModel(parseConfig(CONFIG).models[0]!);
    return () => chat.invoke([new HumanMessage(PROMPT)]);
  },
  graph: graphVariant({}),
  "graph-runid": graphVariant({ runId: "set per call" }),
  "graph-exit": graphVariant({ durability: "exit" }),
  "graph-cb": graphVariant({ callbacks: [] }),
  "graph-updates": graphVariant({}, true),
  "router-http": () => {
    const router = createRouter(CONFIG, deps());
    return () => router.invoke(PROMPT, invokeOptions);
  },
};

const names = (process.env["VARIANTS"] ?? Object.keys(all).join(",")).split(",");
const variants = Object.fromEntries(names.map((name) => [name, all[name]!()]));
const cpu: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
const loadAtStart = loadavg();
for (const [name, run] of Object.entries(variants)) {
  try {
    for (let index = 0; index < WARMUP; index++) await run(index);
  } catch (error) {
    throw new Error(`${name} failed during warm-up`, { cause: error });
  }
}
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of Object.entries(variants)) {
    const started = process.cpuUsage();
    for (let index = 0; index < N; index++) await run(index);
    const used = process.cpuUsage(started);
    cpu[name]!.push((used.user + used.system) / N);
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const load = (values: number[]) => values.map((value) => value.toFixed(1)).join(" / ");
console.log(
  `server-stages: CPU µs per request, median and best of ${ROUNDS} interleaved rounds of ${N}, Node ${process.version}, load average ${load(loadAtStart)} → ${load(loadavg())}`,
);
for (const name of names)
  console.log(
    `${name.padEnd(15)} median ${median(cpu[name]!).toFixed(0).padStart(5)} µs, best ${Math.min(...cpu[name]!)
      .toFixed(0)
      .padStart(5)} µs  (rounds ${cpu[name]!.map((value) => value.toFixed(0)).join(", ")})`,
  );
upstream.kill();
agent.destroy();
