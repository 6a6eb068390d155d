/**
 * `npm run bench:server`: load on RouteLLM's HTTP server next to a same-run baseline.
 *
 * Processes (each its own OS process, measured separately):
 *   upstream  a zero-latency OpenAI-compatible server (JSON and SSE answers written at once)
 *   routellm  the compiled CLI, `routellm serve` with 1 worker and with one worker per core (state in
 *             Redis when it answers); the sources are compiled once per run into node_modules/.cache
 *   graph     the same router called in-process (no HTTP), to show what the graph alone costs
 *   executor / StateGraph only  RouteLLM's compiled server in one process around the same router,
 *             once with the default runtime (the definition executor where nothing could observe it)
 *             and once with `executor: "stategraph"` (LangGraph's Pregel loop for every request):
 *             the difference is what faithfulness costs per request
 *   portkey   @portkey-ai/gateway 1.15.2 forwarding to the same upstream, run with @hono/node-server 1.13.5
 * For concurrency 1, 10 and 50 it prints requests/s, added latency p50/p99 (target minus upstream
 * at the same concurrency), added time to first byte of streams, and peak memory (VmHWM) and CPU
 * time of every process. Every request of RouteLLM goes through the whole routing graph.
 *
 * Environment: BENCH_SECONDS (default 5) per measurement, BENCH_SKIP_PORTKEY=1, BENCH_PORT_BASE (default 18700:
 * ports base+1..base+7).
 *   pass-through  RouteLLM's HTTP layer around a router that only forwards (the server's own cost)
 * The same file is the entry of the upstream and pass-through children (`bench/server.ts upstream|passthrough ...`).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, request as httpRequest, Agent } from "node:http";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { basename, resolve as resolvePath } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { percentile } from "./stats.js";

const ANSWER_TOKENS = ["Hello", "!", " This", " is", " a", " benchmark", " answer", "."];
const BENCH_KEY = "sk-bench-upstream";
const here = fileURLToPath(import.meta.url);
const root = resolvePath(here, "../..");

// ---------------------------------------------------------------- child: zero-latency upstream
function runUpstream(port: number): void {
  let counter = 0;
  const json = (model: string) =>
    JSON.stringify({
      id: `chatcmpl-up${counter++}`,
      object: "chat.completion",
      created: 1_764_000_000,
      model,
      choices: [{ index: 0, message: { role: "assistant", content: ANSWER_TOKENS.join("") }, finish_reason: "stop", logprobs: null }],
      usage: { prompt_tokens: 12, completion_tokens: ANSWER_TOKENS.length, total_tokens: 12 + ANSWER_TOKENS.length },
    });
  const sse = (model: string, includeUsage: boolean) => {
    const id = `chatcmpl-up${counter++}`;
    const chunk = (delta: unknown, finish: string | null) =>
      `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created: 1_764_000_000, model, choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }] })}\n\n`;
    let out = chunk({ role: "assistant", content: "" }, null);
    for (const token of ANSWER_TOKENS) out += chunk({ content: token }, null);
    out += chunk({}, "stop");
    if (includeUsage)
      out += `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created: 1_764_000_000, model, choices: [], usage: { prompt_tokens: 12, completion_tokens: 8, total_tokens: 20 } })}\n\n`;
    return `${out}data: [DONE]\n\n`;
  };
  createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      if (request.method === "GET") {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ object: "list", data: [{ id: "bench-small", object: "model" }] }));
        return;
      }
      let body: { model?: string; stream?: boolean; stream_options?: { include_usage?: boolean } } = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        /* answer anyway */
      }
      const model = body.model ?? "bench-small";
      if (body.stream) {
        response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
        response.end(sse(model, body.stream_options?.include_usage === true));
      } else {
        const text = json(model);
        response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
        response.end(text);
      }
    });
  }).listen(port, "127.0.0.1", () => process.send?.("ready"));
}

// ---------------------------------------------------------------- RouteLLM (compiled, as in production)
// One directory per checkout: worktrees share node_modules, and two runs must not compile over each other.
const compiledDir = resolvePath(root, `node_modules/.cache/routellm-bench-dist-${basename(root)}`);

/** Compiles src/ once per run (plain `node` then runs it, as the published `routellm` bin does). */
function compileSources(): void {
  const result = spawnSync(
    process.execPath,
    [
      resolvePath(root, "node_modules/typescript/bin/tsc"),
      "-p",
      "tsconfig.build.json",
      "--outDir",
      compiledDir,
      "--declaration",
      "false",
      "--sourceMap",
      "false",
    ],
    { cwd: root, encoding: "utf8" },
  );
  if (!existsSync(resolvePath(compiledDir, "src/cli/main.js"))) throw new Error(`could not compile the sources:\n${result.stdout}${result.stderr}`);
}

function writeConfig(upstream: string, workers: number, redisUrl: string | undefined, port: number): string {
  const dir = mkdtempSync(resolvePath(tmpdir(), "routellm-bench-"));
  const prefix = `routellm-bench:${process.pid}:${port}`;
  const model = (id: string, tier: string, price: number) => [
    `  - id: ${id}`,
    "    provider: openai-compatible",
    `    baseUrl: ${upstream}/v1`,
    `    model: ${id}`,
    `    tier: ${tier}`,
    "    apiKeyEnv: ROUTELLM_BENCH_KEY",
    `    pricing: { inputPer1M: ${price}, outputPer1M: ${price * 4} }`,
  ];
  const lines = [
    "models:",
    ...model("bench-small", "local", 0),
    ...model("bench-large", "cloud", 2.5),
    "# The agreement verifier would ask a second model for some answers: off, so each request makes one upstream call, as with Portkey.",
    "verifiers:",
    "  agreement:",
    "    enabled: false",
    ...(redisUrl === undefined ? [] : ["bandit:", "  store:", "    type: redis", `    url: ${redisUrl}`, `    keyPrefix: "${prefix}:bandit"`]),
    "server:",
    "  host: 127.0.0.1",
    `  port: ${port}`,
    `  workers: ${workers}`,
    "  logLevel: info",
    ...(redisUrl === undefined ? [] : [`  redisUrl: ${redisUrl}`, `  redisKeyPrefix: "${prefix}:server"`]),
    "",
  ];
  const file = resolvePath(dir, "routellm.config.yaml");
  writeFileSync(file, lines.join("\n"));
  return file;
}

/** p50/p99 of `router.invoke` in-process (compiled code, same config, same upstream), sequential. */
function graphCost(configFile: string, count: number, executor: "auto" | "stategraph"): { p50: number; p99: number } {
  const script = `
    const { loadConfigFile, createRouterFromConfig } = await import(${JSON.stringify(pathToFileURL(resolvePath(compiledDir, "src/index.js")).href)});
    const router = await createRouterFromConfig(loadConfigFile(${JSON.stringify(configFile)}), { executor: ${JSON.stringify(executor)} });
    const messages = [{ role: "user", content: "Say hello to the benchmark." }];
    for (let i = 0; i < 200; i++) await router.invoke(messages, { profile: "routellm/auto" });
    const samples = [];
    for (let i = 0; i < ${count}; i++) { const t = performance.now(); await router.invoke(messages, { profile: "routellm/auto" }); samples.push(performance.now() - t); }
    samples.sort((a, b) => a - b);
    console.log(JSON.stringify({ p50: samples[Math.floor(samples.length * 0.5)], p99: samples[Math.floor(samples.length * 0.99)] }));
    await router.close();
    process.exit(0);`;
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ROUTELLM_BENCH_KEY: BENCH_KEY },
  });
  const line = result.stdout.trim().split("\n").at(-1) ?? "";
  try {
    return JSON.parse(line) as { p50: number; p99: number };
  } catch {
    return { p50: Number.NaN, p99: Number.NaN };
  }
}

// ---------------------------------------------------------------- child: the server around a pass-through router
/**
 * RouteLLM's HTTP layer (compiled createServer: validation, auth, limits, metrics, logs, SSE) around
 * a router that only forwards to the upstream, like Portkey: the server's own cost without the graph.
 * Runs under tsx (its peak memory includes tsx's).
 */
async function runPassThrough(port: number, upstream: string, configFile: string): Promise<void> {
  const core = (await import(pathToFileURL(resolvePath(compiledDir, "src/index.js")).href)) as typeof import("../src/index.js");
  const { createServer: createRouteLLMServer } = (await import(
    pathToFileURL(resolvePath(compiledDir, "src/server/index.js")).href
  )) as typeof import("../src/server/index.js");
  const { AIMessage } = await import("@langchain/core/messages");
  const { config } = core.loadConfigFile(configFile);
  const headers = { "content-type": "application/json", authorization: `Bearer ${BENCH_KEY}` };
  const result = (requestId: string, answer: string, usage: { prompt_tokens: number; completion_tokens: number }) => ({
    requestId,
    model: "bench-small",
    tier: "local" as const,
    reasons: [],
    privacy: { sensitive: false, categories: [], pinnedLocal: false, redacted: 0 },
    triage: undefined,
    routes: [],
    candidates: [],
    trace: [],
    answer,
    message: new AIMessage(answer),
    escalations: 0,
    attempts: [],
    usage: { inputTokens: usage.prompt_tokens, outputTokens: usage.completion_tokens, costUsd: 0 },
    verdict: undefined,
    latencyMs: 0,
    warnings: [] as string[],
  });
  const call = (messages: unknown, signal: AbortSignal | undefined, stream: boolean) =>
    fetch(`${upstream}/v1/chat/completions`, {
      method: "POST",
      headers,
      body: JSON.stringify({ model: "bench-small", messages, ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}) }),
      ...(signal ? { signal } : {}),
    });
  const router = {
    config,
    graph: undefined as never,
    async invoke(messages: unknown, options: { requestId?: string; signal?: AbortSignal } = {}) {
      const body = (await (await call(messages, options.signal, false)).json()) as {
        choices: Array<{ message: { content: string } }>;
        usage: { prompt_tokens: number; completion_tokens: number };
      };
      return result(options.requestId ?? "x", body.choices[0]?.message.content ?? "", body.usage);
    },
    async *stream(messages: unknown, options: { requestId?: string; signal?: AbortSignal } = {}) {
      yield { type: "decision" as const, requestId: options.requestId ?? "x", model: "bench-small", tier: "local" as const };
      const response = await call(messages, options.signal, true);
      let answer = "";
      let usage = { prompt_tokens: 0, completion_tokens: 0 };
      let buffer = "";
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += Buffer.from(chunk).toString("utf8");
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!event.startsWith("data: ") || event === "data: [DONE]") continue;
          const data = JSON.parse(event.slice(6)) as { choices: Array<{ delta: { content?: string } }>; usage?: typeof usage };
          if (data.usage) usage = data.usage;
          const text = data.choices[0]?.delta.content;
          if (text) {
            answer += text;
            yield { type: "token" as const, text };
          }
        }
      }
      yield { type: "end" as const, result: result(options.requestId ?? "x", answer, usage) };
    },
    explain: async () => Promise.reject(new Error("unused")),
    feedback: async () => false,
    health: () => [],
    listTargets: () => [{ id: "routellm/auto", kind: "profile" as const }],
    close: async () => undefined,
  };
  const server = createRouteLLMServer({ router: router as never, settings: config.server });
  await server.listen({ port, host: "127.0.0.1" });
  process.send?.("ready");
}

// ---------------------------------------------------------------- child: the server around the router, one runtime
/** RouteLLM's compiled server in one process around the config's router, run by the given runtime ("auto" or "stategraph"). */
async function runRouterServer(port: number, configFile: string, executor: "auto" | "stategraph"): Promise<void> {
  const core = (await import(pathToFileURL(resolvePath(compiledDir, "src/index.js")).href)) as typeof import("../src/index.js");
  const { createServer: createRouteLLMServer } = (await import(
    pathToFileURL(resolvePath(compiledDir, "src/server/index.js")).href
  )) as typeof import("../src/server/index.js");
  const loaded = core.loadConfigFile(configFile);
  const router = await core.createRouterFromConfig(loaded, { executor });
  const server = createRouteLLMServer({ router, settings: loaded.config.server });
  await server.listen({ port, host: "127.0.0.1" });
  process.send?.("ready");
}

// ---------------------------------------------------------------- parent: measurements
interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
  model: string;
  process: ChildProcess;
}

interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function spawnChild(args: string[], env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = ["--import", "tsx"]): ChildProcess {
  return spawn(process.execPath, [...nodeArgs, ...args], { stdio: ["ignore", "ignore", "inherit", "ipc"], env: { ...process.env, ...env }, cwd: root });
}

function waitReady(child: ChildProcess, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`${name} exited with code ${code} before it was ready`)));
  });
}

async function waitHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url);
      return;
    } catch {
      await sleep(100);
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function body(model: string, stream: boolean): string {
  return JSON.stringify({ model, messages: [{ role: "user", content: "Say hello to the benchmark." }], ...(stream ? { stream: true } : {}) });
}

async function load(target: Target, connections: number, durationSeconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${target.url}/v1/chat/completions`,
        method: "POST",
        connections,
        duration: durationSeconds,
        headers: { "content-type": "application/json", ...target.headers },
        body: body(target.model, false),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / durationSeconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

/** Time to the first body byte that carries a token, `connections` loops in parallel. */
async function streamTtfb(target: Target, connections: number, durationSeconds: number): Promise<{ p50: number; p99: number; count: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const url = new URL(`${target.url}/v1/chat/completions`);
  const payload = body(target.model, true);
  const samples: number[] = [];
  const deadline = Date.now() + durationSeconds * 1000;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const started = performance.now();
      let first = true;
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: "POST",
          agent,
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), ...target.headers },
        },
        (response) => {
          response.on("data", (chunk: Buffer) => {
            if (first && chunk.includes("content")) {
              first = false;
              if (response.statusCode === 200) samples.push(performance.now() - started);
            }
          });
          response.on("end", resolve);
          response.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(payload);
    });
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline) await one();
    }),
  );
  agent.destroy();
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), p99: percentile(samples, 0.99), count: samples.length };
}

function descendants(pid: number): number[] {
  const found: number[] = [];
  const visit = (current: number) => {
    found.push(current);
    const tasks = `/proc/${current}/task`;
    if (!existsSync(tasks)) return;
    try {
      const children = readFileSync(`/proc/${current}/task/${current}/children`, "utf8").trim();
      for (const child of children.split(/\s+/).filter(Boolean)) visit(Number(child));
    } catch {
      /* process gone */
    }
  };
  visit(pid);
  return found;
}

function processStats(pid: number): { peakMb: number; cpuSeconds: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { peakMb: Number(hwm?.[1] ?? 0) / 1024, cpuSeconds: ticks / 100 };
  } catch {
    return undefined;
  }
}

async function redisAnswers(url: string): Promise<boolean> {
  const { Redis } = await import("ioredis");
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 500, retryStrategy: () => null });
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** Deletes the keys this run's servers wrote (their prefix names this process), so the bench leaves the user's Redis as it found it. */
async function deleteBenchKeys(url: string): Promise<number> {
  const { Redis } = await import("ioredis");
  const client = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 1000 });
  let deleted = 0;
  try {
    for await (const keys of client.scanStream({ match: `{routellm-bench:${process.pid}:*`, count: 1000 }) as AsyncIterable<string[]>) {
      if (keys.length > 0) deleted += await client.del(...keys);
    }
  } finally {
    client.disconnect();
  }
  return deleted;
}

function portkeyArgs(port: number): string[] {
  // Portkey's own dependency tree pulls @hono/node-server 1.19 (through @hono/node-ws); its streaming
  // needs 1.13.5, installed at the top level: a resolve hook points its import there.
  const pinned = pathToFileURL(resolvePath(root, "node_modules/@hono/node-server/dist/index.mjs")).href;
  const hooks = `export async function resolve(specifier, context, next) { return next(specifier === "@hono/node-server" ? ${JSON.stringify(pinned)} : specifier, context); }`;
  const register = `import { register } from "node:module"; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;
  return [
    `--import=data:text/javascript,${encodeURIComponent(register)}`,
    resolvePath(root, "node_modules/@portkey-ai/gateway/build/start-server.js"),
    `--port=${port}`,
    "--headless",
  ];
}

const fmt = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : "n/a");

/** The issue's targets, checked for each RouteLLM configuration against Portkey in this same run. */
function targetChecks(
  targets: Target[],
  portkey: Target,
  results: Map<string, Map<number, LoadResult>>,
  ttfb: Map<string, Map<number, { p50: number; p99: number }>>,
  base: Map<number, LoadResult>,
  baseTtfb: Map<number, { p50: number; p99: number }>,
  peakMb: Map<string, number>,
): string[] {
  const added = (name: string, key: "p50" | "p99") => results.get(name)!.get(1)![key] - base.get(1)![key];
  const best = (name: string) => Math.max(...[...results.get(name)!.values()].map((result) => result.rps));
  const mark = (met: boolean) => (met ? "met" : "NOT met");
  const lines = ["Targets at concurrency 1 unless stated (this run):"];
  for (const target of targets.filter((candidate) => candidate.name.startsWith("routellm ("))) {
    const p50 = added(target.name, "p50");
    const p99 = added(target.name, "p99");
    const firstByte = ttfb.get(target.name)!.get(1)!.p50 - baseTtfb.get(1)!.p50;
    const peak = peakMb.get(target.name) ?? Number.NaN;
    const portkeyP50 = added(portkey.name, "p50");
    const portkeyP99 = added(portkey.name, "p99");
    const multiCore = target.name.includes("cluster");
    lines.push(
      `- ${target.name}: added p50 ${fmt(p50)} ms vs Portkey's ${fmt(portkeyP50)} (at most 2x = ${fmt(2 * portkeyP50)}): ${mark(p50 <= 2 * portkeyP50)}; ` +
        `added p99 ${fmt(p99)} ms vs Portkey's ${fmt(portkeyP99)} (at most 1x): ${mark(p99 <= portkeyP99)}; ` +
        `added stream TTFB ${fmt(firstByte)} ms (under 5): ${mark(firstByte < 5)}; largest process ${fmt(peak, 1)} MB (under 150): ${mark(peak < 150)}; ` +
        `best throughput ${fmt(best(target.name), 0)} req/s vs Portkey's ${fmt(best(portkey.name), 0)}` +
        (multiCore
          ? ` (at least 1x, using every core): ${mark(best(target.name) >= best(portkey.name))}`
          : " (one core; the throughput target is the cluster's)"),
    );
  }
  return lines;
}

async function main(): Promise<void> {
  // BENCH_PORT_BASE: another checkout may be running this bench on the default ports.
  const portBase = Number(process.env.BENCH_PORT_BASE ?? 18_700);
  const ports = {
    upstream: portBase + 1,
    routellm: portBase + 2,
    cluster: portBase + 3,
    portkey: portBase + 4,
    passThrough: portBase + 5,
    executor: portBase + 6,
    stateGraph: portBase + 7,
  };
  const children: ChildProcess[] = [];
  const stopAll = () => {
    for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  };
  process.on("exit", stopAll);
  const redisUrl = process.env.ROUTELLM_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
  const haveRedis = await redisAnswers(redisUrl);
  const cores = availableParallelism();
  const loadAtStart = loadavg();

  const upstreamProcess = spawnChild([here, "upstream", String(ports.upstream)]);
  children.push(upstreamProcess);
  await waitReady(upstreamProcess, "upstream");
  const upstreamUrl = `http://127.0.0.1:${ports.upstream}`;

  const targets: Target[] = [
    { name: "upstream (direct)", url: upstreamUrl, headers: { authorization: `Bearer ${BENCH_KEY}` }, model: "bench-small", process: upstreamProcess },
  ];

  compileSources();
  const cli = resolvePath(compiledDir, "src/cli/main.js");
  const serve = (port: number, workers: number, redis: string | undefined) => {
    // BENCH_SERVE_NODE_FLAGS: V8/Node flags for RouteLLM's server processes only (e.g. to trade CPU for memory).
    const serveFlags = (process.env["BENCH_SERVE_NODE_FLAGS"] ?? "").split(" ").filter(Boolean);
    const child = spawnChild([cli, "serve", "--config", writeConfig(upstreamUrl, workers, redis, port)], { ROUTELLM_BENCH_KEY: BENCH_KEY }, serveFlags);
    children.push(child);
    return child;
  };
  const single = serve(ports.routellm, 1, undefined);
  await waitHttp(`http://127.0.0.1:${ports.routellm}/healthz`, 60_000);
  targets.push({ name: "routellm (1 worker)", url: `http://127.0.0.1:${ports.routellm}`, headers: {}, model: "routellm/auto", process: single });

  if (cores > 1) {
    const cluster = serve(ports.cluster, cores, haveRedis ? redisUrl : undefined);
    await waitHttp(`http://127.0.0.1:${ports.cluster}/healthz`, 60_000);
    targets.push({
      name: `routellm (cluster, ${cores} workers${haveRedis ? ", Redis" : ""})`,
      url: `http://127.0.0.1:${ports.cluster}`,
      headers: {},
      model: "routellm/auto",
      process: cluster,
    });
  }

  const passThrough = spawnChild([here, "passthrough", String(ports.passThrough), upstreamUrl, writeConfig(upstreamUrl, 1, undefined, ports.passThrough)], {
    ROUTELLM_BENCH_KEY: BENCH_KEY,
  });
  children.push(passThrough);
  await waitReady(passThrough, "pass-through server");
  targets.push({
    name: "routellm server, pass-through router (no graph)",
    url: `http://127.0.0.1:${ports.passThrough}`,
    headers: {},
    model: "routellm/auto",
    process: passThrough,
  });

  for (const [name, port, executor] of [
    ["routellm (executor, one process)", ports.executor, "auto"],
    ["routellm (StateGraph only, one process)", ports.stateGraph, "stategraph"],
  ] as const) {
    const child = spawnChild([here, "router", String(port), writeConfig(upstreamUrl, 1, undefined, port), executor], { ROUTELLM_BENCH_KEY: BENCH_KEY });
    children.push(child);
    await waitReady(child, name);
    targets.push({ name, url: `http://127.0.0.1:${port}`, headers: {}, model: "routellm/auto", process: child });
  }

  let portkeyNote = "";
  if (process.env.BENCH_SKIP_PORTKEY !== "1") {
    const gateway = resolvePath(root, "node_modules/@portkey-ai/gateway/build/start-server.js");
    if (!existsSync(gateway)) portkeyNote = "Portkey not measured: @portkey-ai/gateway is not installed (npm install).";
    else {
      const portkey = spawnChild(portkeyArgs(ports.portkey), {}, []);
      children.push(portkey);
      try {
        await waitHttp(`http://127.0.0.1:${ports.portkey}/`, 20_000);
        const headers = { authorization: `Bearer ${BENCH_KEY}`, "x-portkey-provider": "openai", "x-portkey-custom-host": `${upstreamUrl}/v1` };
        const probe = await fetch(`http://127.0.0.1:${ports.portkey}/v1/chat/completions`, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: body("bench-small", false),
        });
        if (probe.status !== 200) throw new Error(`Portkey answered ${probe.status}: ${(await probe.text()).slice(0, 200)}`);
        targets.push({ name: "portkey gateway 1.15.2", url: `http://127.0.0.1:${ports.portkey}`, headers, model: "bench-small", process: portkey });
      } catch (error) {
        portkeyNote = `Portkey not measured: ${(error as Error).message}`;
      }
    }
  }

  // Warm every target (JIT, connection pools, the router's first graph runs).
  for (const target of targets) await load(target, 10, 1);

  const concurrencies = [1, 10, 50];
  const results = new Map<string, Map<number, LoadResult>>();
  const ttfb = new Map<string, Map<number, { p50: number; p99: number; count: number }>>();
  for (const connections of concurrencies) {
    for (const target of targets) {
      const result = await load(target, connections, seconds);
      (results.get(target.name) ?? results.set(target.name, new Map()).get(target.name)!).set(connections, result);
      const stream = await streamTtfb(target, connections, Math.max(2, Math.round(seconds / 2)));
      (ttfb.get(target.name) ?? ttfb.set(target.name, new Map()).get(target.name)!).set(connections, stream);
    }
  }

  const graph = graphCost(writeConfig(upstreamUrl, 1, undefined, ports.routellm), 500, "auto");
  const stockGraph = graphCost(writeConfig(upstreamUrl, 1, undefined, ports.routellm), 500, "stategraph");
  const base = results.get(targets[0]!.name)!;
  const baseTtfb = ttfb.get(targets[0]!.name)!;
  const lines: string[] = [];
  lines.push(`RouteLLM server benchmark: ${seconds} s per point, ${cores} cores, Node ${process.version}, zero-latency upstream; latencies in ms`);
  lines.push(
    `machine load average at start ${loadAtStart.map((value) => value.toFixed(1)).join(" / ")}, at end ${loadavg()
      .map((value) => value.toFixed(1))
      .join(" / ")} (1/5/15 min; other work on the machine inflates every figure)`,
  );
  lines.push("");
  lines.push("| target | conc. | req/s | p50 | p99 | added p50 | added p99 | stream TTFB p50 | added TTFB p50 | added TTFB p99 | errors |");
  lines.push("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const connections of concurrencies) {
    for (const target of targets) {
      const result = results.get(target.name)!.get(connections)!;
      const stream = ttfb.get(target.name)!.get(connections)!;
      const direct = target === targets[0];
      const baseline = base.get(connections)!;
      const baselineTtfb = baseTtfb.get(connections)!;
      lines.push(
        `| ${target.name} | ${connections} | ${fmt(result.rps, 0)} | ${fmt(result.p50)} | ${fmt(result.p99)} | ${direct ? "-" : fmt(result.p50 - baseline.p50)} | ${direct ? "-" : fmt(result.p99 - baseline.p99)} | ${fmt(stream.p50)} | ${direct ? "-" : fmt(stream.p50 - baselineTtfb.p50)} | ${direct ? "-" : fmt(stream.p99 - baselineTtfb.p99)} | ${result.errors} |`,
      );
    }
  }
  lines.push("");
  lines.push(
    `router.invoke alone (in-process, same config and upstream, sequential): p50 ${fmt(graph.p50)} ms, p99 ${fmt(graph.p99)} ms; it includes one upstream call (upstream direct at concurrency 1: p50 ${fmt(base.get(1)!.p50)} ms).`,
  );
  lines.push(`router.invoke with executor: "stategraph" (LangGraph's Pregel loop, same config): p50 ${fmt(stockGraph.p50)} ms, p99 ${fmt(stockGraph.p99)} ms.`);
  lines.push("");
  lines.push("| process | pid | peak RSS (MB) | CPU time (s) |");
  lines.push("|---|---:|---:|---:|");
  const peakMb = new Map<string, number>();
  for (const target of targets) {
    const pids = descendants(target.process.pid!);
    pids.forEach((pid, index) => {
      const stats = processStats(pid);
      if (stats === undefined) return;
      const role = pids.length === 1 ? "" : index === 0 ? " primary" : ` worker ${index}`;
      peakMb.set(target.name, Math.max(peakMb.get(target.name) ?? 0, stats.peakMb));
      lines.push(`| ${target.name}${role} | ${pid} | ${fmt(stats.peakMb, 1)} | ${fmt(stats.cpuSeconds, 1)} |`);
    });
  }
  if (portkeyNote) lines.push("", portkeyNote);
  const portkeyTarget = targets.find((target) => target.name.startsWith("portkey"));
  if (portkeyTarget) lines.push("", ...targetChecks(targets, portkeyTarget, results, ttfb, base, baseTtfb, peakMb));
  console.log(lines.join("\n"));
  stopAll();
  await sleep(300);
  if (haveRedis) console.log(`\nremoved this run's ${await deleteBenchKeys(redisUrl)} keys from ${redisUrl}`);
  process.exit(0);
}

const [mode, ...args] = process.argv.slice(2);
if (mode === "upstream") runUpstream(Number(args[0]));
else if (mode === "passthrough") await runPassThrough(Number(args[0]), args[1]!, args[2]!);
else if (mode === "router") await runRouterServer(Number(args[0]), args[1]!, args[2] === "stategraph" ? "stategraph" : "auto");
else await main();
