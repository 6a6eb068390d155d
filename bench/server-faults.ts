// `npm run bench:server-faults`: peak memory of a serving worker while its upstream fails.
// One `routellm serve` process (one worker, the sources compiled with tsc into dist/bench-faults and run
// by plain node as the published bin does; BENCH_TSX=1 runs them under tsx, whose own memory then
// counts) in front of an OpenAI-protocol upstream that
// answers 80% of calls after 20 ms and fails the rest: 10% HTTP 500, 5% hangs past the model's
// timeout, 5% connection resets. Load: autocannon, BENCH_SECONDS (default 20) at BENCH_CONNECTIONS
// (default 50). Prints requests and errors seen by the clients, and the serving process's resident
// memory when ready, its peak (VmHWM) and its RSS at the end (the forked worker; the primary's peak
// beside it). Target: peak under 150 MB.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { startOpenAIServer } from "../test/helpers/openai-server.js";

const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const port = 18_791;
const memory = (pid: number, field: "VmRSS" | "VmHWM") =>
  Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;

let calls = 0;
const upstream = await startOpenAIServer({
  fallback: () => {
    const draw = calls++ % 20;
    if (draw < 2) return { status: 500 };
    if (draw === 2) return { hang: true };
    if (draw === 3) return { reset: "before" };
    return { delayMs: 20 };
  },
});
// The recorder keeps every request; this bench only needs the behaviours.
setInterval(() => upstream.requests.splice(0), 1_000).unref();

const dir = mkdtempSync(join(tmpdir(), "routellm-faults-"));
const config = join(dir, "routellm.config.yaml");
const model = (id: string, tier: string, price: number) =>
  `  - { id: ${id}, provider: openai-compatible, baseUrl: "${upstream.url}", model: ${id}, tier: ${tier}, apiKeyEnv: BENCH_KEY, timeoutMs: 1000, maxRetries: 0, pricing: { inputPer1M: ${price}, outputPer1M: ${price * 4} } }`;
writeFileSync(
  config,
  [
    "models:",
    model("bench-small", "local", 0),
    model("bench-large", "cloud", 2.5),
    "server:",
    "  host: 127.0.0.1",
    `  port: ${port}`,
    "  workers: 1",
    "  logLevel: error",
    "",
  ].join("\n"),
);
const root = resolve(fileURLToPath(import.meta.url), "../..");
const underTsx = process.env.BENCH_TSX === "1";
let entry = [join(root, "src/cli/main.ts")];
if (!underTsx) {
  const outDir = join(root, "dist/bench-faults");
  const tsc = [
    join(root, "node_modules/typescript/bin/tsc"),
    "-p",
    "tsconfig.build.json",
    "--outDir",
    outDir,
    "--declaration",
    "false",
    "--sourceMap",
    "false",
  ];
  const compiled = spawnSync(process.execPath, tsc, { cwd: root, encoding: "utf8" });
  if (compiled.status !== 0) throw new Error(`tsc failed:\n${compiled.stdout}${compiled.stderr}`);
  entry = [join(outDir, "src/cli/main.js")];
}
// BENCH_NODE_FLAGS: extra node flags for the serving processes (the worker inherits the primary's).
const nodeFlags = (process.env.BENCH_NODE_FLAGS ?? "").split(/\s+/).filter(Boolean);
const server = spawn(process.execPath, [...nodeFlags, ...(underTsx ? ["--import", "tsx"] : []), ...entry, "serve", "--config", config], {
  env: { ...process.env, BENCH_KEY: "sk-bench" },
  stdio: ["ignore", "ignore", "inherit"],
});
try {
  for (let tries = 0; ; tries += 1) {
    const ready = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (tries > 600) throw new Error("the server did not start");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // `routellm serve` forks its worker from a light primary (to give it server.memory's V8 flags): the
  // worker is the serving process; the primary (the spawned process) is reported beside it.
  const children = readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
  const worker = children.length === 1 ? Number(children[0]) : server.pid!;
  const atStart = memory(worker, "VmRSS");
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/v1/chat/completions`,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: "routellm/auto", messages: [{ role: "user", content: "Summarise the water cycle in two sentences." }] }),
    connections,
    duration: seconds,
    timeout: 10,
  });
  const codes = Object.entries(result.statusCodeStats ?? {})
    .map(([code, stats]) => `${code}: ${(stats as { count: number }).count}`)
    .join(", ");
  process.stdout.write(
    `bench:server-faults  ${seconds} s at ${connections} connections, upstream 20% faults (500 / hang past 1 s timeout / reset), 1 worker ${underTsx ? "under tsx" : "compiled"}${nodeFlags.length > 0 ? ` with ${nodeFlags.join(" ")}` : ""}; load average ${loadavg()
      .map((value) => value.toFixed(1))
      .join(" ")}\n` +
      `requests ${result.requests.total} (${result.requests.average.toFixed(0)}/s), answers by status ${codes}, client errors ${result.errors}, timeouts ${result.timeouts}\n` +
      `serving process RSS: ${atStart.toFixed(1)} MB when ready, peak ${memory(worker, "VmHWM").toFixed(1)} MB (target under 150), ${memory(worker, "VmRSS").toFixed(1)} MB at the end\n` +
      (worker === server.pid ? "" : `primary process (forks and supervises the worker) RSS: peak ${memory(server.pid!, "VmHWM").toFixed(1)} MB\n`),
  );
} finally {
  server.kill("SIGTERM");
  await upstream.close();
}
