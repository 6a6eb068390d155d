// `npm run bench:batch`: end-to-end prompts per second of a batch of instant fake-model prompts
// through Redis with one and with two worker processes, next to two baselines measured in the same
// run: the router graph alone in-process (no queue) and raw BullMQ jobs that do nothing, on the
// same Redis. Also Redis memory before the batches, after they finished, and after collection.
// Redis: its own redis-server on a free port with AOF on (appendfsync everysec, as the README
// recommends), so memory figures see no other client; or ROUTELLM_BENCH_REDIS_URL.
// Then the same with a 50 ms upstream and a per-model concurrency cap, next to its ceiling (the
// cap's calls at once / 50 ms). Prompts go `batch.promptsPerJob` to a BullMQ job.
// Env: BENCH_BATCH_PROMPTS (default 10000), BENCH_BATCH_CONCURRENCY (per worker process, default 8),
// BENCH_BATCH_PROMPTS_PER_JOB (default: the config default), BENCH_BATCH_SLOW_PROMPTS (default 1000),
// BENCH_BATCH_SLOW_CAP (the local model's maxConcurrency in the 50 ms run, default 8).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { Queue, Worker } from "bullmq";
import { Redis } from "ioredis";
import { parseConfig } from "../src/index.js";
import { createRouter } from "../src/index.js";
import {
  createBatchKeys,
  createBatchQueue,
  createBatchRouter,
  resolveBatchConfig,
  startWorkerProcess,
  type BatchQueue,
  type PromptInput,
} from "../src/batch/index.js";
import { fakeModelsConfig, InstantChatModel } from "../test/helpers/batch-fake-models.js";
import { startPrivateRedis, type PrivateRedis } from "../test/helpers/batch-redis-server.js";

const childRedisUrl = process.argv[2] === "--child" ? process.argv[4] : undefined;
const total = Number(process.env.BENCH_BATCH_PROMPTS ?? 10_000);
const concurrency = Number(process.env.BENCH_BATCH_CONCURRENCY ?? 8);
const promptsPerJob = process.env.BENCH_BATCH_PROMPTS_PER_JOB === undefined ? undefined : Number(process.env.BENCH_BATCH_PROMPTS_PER_JOB);
const slowTotal = Number(process.env.BENCH_BATCH_SLOW_PROMPTS ?? 1_000);
const slowCap = Number(process.env.BENCH_BATCH_SLOW_CAP ?? 8);
const UPSTREAM_MS = 50;
// BENCH_BATCH_NO_CAP=1: no concurrency cap on the local fake model (no lease round trips).
const noCap = process.env.BENCH_BATCH_NO_CAP === "1";
/** The fake models' config; `cap`: the local model's maxConcurrency (undefined: the fixture's, or none with BENCH_BATCH_NO_CAP). */
function benchConfig(cap?: number) {
  const base = fakeModelsConfig();
  const localCap = cap ?? (noCap ? undefined : base.models![0]!.maxConcurrency);
  return parseConfig({ ...base, models: base.models!.map((model) => ({ ...model, maxConcurrency: model.id === "local-small" ? localCap : undefined })) });
}
const config = benchConfig();
const instantModels = (delayMs = 0) => ({
  "local-small": new InstantChatModel("local", undefined, false, delayMs),
  "cloud-big": new InstantChatModel("cloud", undefined, false, delayMs),
});

function prompts(count: number, label: string): PromptInput[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${label}-${index}`,
    prompt: `Question ${index}: what is ${index % 97} plus ${index % 13}? Explain briefly.`,
  }));
}

async function childMain(prefix: string, redisUrl: string, delayMs: number, cap: number | undefined): Promise<void> {
  const settings = resolveBatchConfig({ redisUrl, queuePrefix: prefix, concurrency, ...(noCap ? { localModelConcurrency: 0 } : {}) });
  const gateRedis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const router = await createBatchRouter(benchConfig(cap), {
    redis: gateRedis,
    keys: createBatchKeys(prefix),
    settings,
    dependencies: { models: instantModels(delayMs) },
  });
  // Same warm-up as the graph-alone baseline (JIT, caches), before the CPU clock starts.
  for (const prompt of prompts(200, "warm")) await router.invoke(prompt.prompt!, { requestId: prompt.id });
  const cpuAtStart = process.cpuUsage();
  const running = await startWorkerProcess({ router, batch: settings, statsEverySeconds: 0, log: (line) => process.stdout.write(`${line}\n`) });
  await running.stopped;
  const cpu = process.cpuUsage(cpuAtStart);
  process.stdout.write(`worker-cpu-ms ${(cpu.user + cpu.system) / 1000}\n`);
  gateRedis.disconnect();
}

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info("memory");
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? 0);
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

async function graphAlone(count: number, delayMs = 0, atOnce = concurrency): Promise<{ rate: number; cpuMsPerPrompt: number }> {
  const router = createRouter(config, { models: instantModels(delayMs) });
  const warm = prompts(200, "warm");
  for (const prompt of warm) await router.invoke(prompt.prompt!, { requestId: prompt.id });
  const work = prompts(count, "graph");
  let next = 0;
  const cpuAtStart = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: atOnce }, async () => {
      while (next < work.length) {
        const prompt = work[next++]!;
        await router.invoke(prompt.prompt!, { requestId: prompt.id });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuAtStart);
  await router.close();
  return { rate: count / seconds, cpuMsPerPrompt: (cpu.user + cpu.system) / 1000 / count };
}

async function rawBullmq(redisUrl: string, prefix: string, count: number): Promise<number> {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue("noop", { connection, prefix: `{${prefix}}` });
  for (let start = 0; start < count; start += 5_000)
    await queue.addBulk(
      Array.from({ length: Math.min(5_000, count - start) }, (_, index) => ({
        name: "noop",
        data: { index: start + index },
        opts: { removeOnComplete: true, removeOnFail: true },
      })),
    );
  let done = 0;
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const started = performance.now();
  const worker = new Worker(
    "noop",
    async () => {
      done += 1;
      if (done === count) finish();
    },
    { connection, prefix: `{${prefix}}`, concurrency },
  );
  await finished;
  const seconds = (performance.now() - started) / 1000;
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  connection.disconnect();
  return count / seconds;
}

interface WorkerChild {
  child: ChildProcess;
  output: () => string;
}

function spawnWorkerProcess(prefix: string, redisUrl: string, slow: boolean): Promise<WorkerChild> {
  const upstream = slow ? [String(UPSTREAM_MS), String(slowCap)] : ["0", "default"];
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--child", prefix, redisUrl, ...upstream], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("worker: ready")) resolve({ child, output: () => output });
    });
    child.on("exit", (code) => reject(new Error(`worker process exited (${code}) before it was ready`)));
  });
}

/** Stops the worker processes gracefully; returns the CPU milliseconds they used in total. */
async function stopWorkers(workers: WorkerChild[]): Promise<number> {
  await Promise.all(
    workers.map(
      ({ child }) =>
        new Promise<void>((resolve) => {
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        }),
    ),
  );
  return workers.reduce((sum, worker) => sum + Number(/worker-cpu-ms ([\d.]+)/.exec(worker.output())?.[1] ?? NaN), 0);
}

async function redisCpuMs(redis: Redis): Promise<number> {
  const info = await redis.info("cpu");
  const read = (name: string) => Number(new RegExp(`${name}:([\\d.]+)`).exec(info)?.[1] ?? 0);
  return (read("used_cpu_user") + read("used_cpu_sys")) * 1000;
}

interface BatchRun {
  endToEnd: number;
  processing: number;
  submitSeconds: number;
  batchId: string;
  /** CPU of the worker processes and of Redis, per prompt (ms). */
  workerCpuMsPerPrompt: number;

  redisCpuMsPerPrompt: number;
}

async function batchRun(
  queue: BatchQueue,
  redis: Redis,
  redisUrl: string,
  workerProcesses: number,
  count: number,
  prefix: string,
  slow = false,
): Promise<BatchRun> {
  const children = await Promise.all(Array.from({ length: workerProcesses }, () => spawnWorkerProcess(prefix, redisUrl, slow)));
  let stopped = false;
  try {
    const redisCpuAtStart = await redisCpuMs(redis);
    const started = performance.now();
    const { batchId } = await queue.submit(prompts(count, `w${workerProcesses}`));
    const submitted = performance.now();
    for (;;) {
      const status = await queue.status(batchId);
      if (status.status === "completed") break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const ended = performance.now();
    const status = await queue.status(batchId);
    const processingSeconds =
      status.firstResultAt !== undefined && status.lastResultAt !== undefined
        ? (status.lastResultAt - status.firstResultAt) / 1000
        : (ended - submitted) / 1000;
    const redisCpu = (await redisCpuMs(redis)) - redisCpuAtStart;
    stopped = true;
    const workerCpu = await stopWorkers(children);
    return {
      endToEnd: count / ((ended - started) / 1000),
      processing: count / Math.max(processingSeconds, 1e-3),
      submitSeconds: (submitted - started) / 1000,
      batchId,
      workerCpuMsPerPrompt: workerCpu / count,
      redisCpuMsPerPrompt: redisCpu / count,
    };
  } finally {
    if (!stopped) await stopWorkers(children);
  }
}

/** 50 ms upstream, local model capped at `slowCap` calls at once across workers: ceiling = cap / 50 ms. */
async function slowUpstream(queue: BatchQueue, redis: Redis, redisUrl: string, prefix: string, line: (text: string) => void): Promise<void> {
  const ceiling = slowCap / (UPSTREAM_MS / 1000);
  const graph = await graphAlone(Math.min(slowTotal, 400), UPSTREAM_MS, slowCap);
  line(
    `${UPSTREAM_MS} ms upstream, local model maxConcurrency ${slowCap}: ceiling ${ceiling.toFixed(0)} prompts/s; graph alone in-process (${slowCap} at once) ${graph.rate.toFixed(0)} prompts/s`,
  );
  for (const processes of [1, 2]) {
    const run = await batchRun(queue, redis, redisUrl, processes, slowTotal, prefix, true);
    const collected = await queue.results(run.batchId);
    if (collected.length !== slowTotal || collected.some((result) => result.error !== null))
      throw new Error(`batch ${run.batchId}: ${collected.length} results, expected ${slowTotal} answers`);
    await queue.remove(run.batchId);
    line(
      `    batch, ${processes} worker process${processes > 1 ? "es" : ""} (${concurrency} at once each), ${slowTotal} prompts: ${run.endToEnd.toFixed(0)} prompts/s end to end = ${((run.endToEnd / ceiling) * 100).toFixed(0)}% of the ceiling (${run.processing.toFixed(0)} prompts/s while processing)`,
    );
  }
}

async function main(): Promise<void> {
  let privateRedis: PrivateRedis | undefined;
  const configuredUrl = process.env.ROUTELLM_BENCH_REDIS_URL;
  if (configuredUrl === undefined) privateRedis = await startPrivateRedis();
  const redisUrl = configuredUrl ?? privateRedis!.url;
  const prefix = `routellm-bench-${randomBytes(3).toString("hex")}`;
  const redis = new Redis(redisUrl);
  const queue = createBatchQueue({ batch: { redisUrl, queuePrefix: prefix, ...(promptsPerJob === undefined ? {} : { promptsPerJob }) } });
  const line = (text: string) => process.stdout.write(`${text}\n`);
  line(
    `bench:batch  ${total} prompts, instant fake models, concurrency ${concurrency} per worker process, ${queue.settings.promptsPerJob} prompts per job, ${privateRedis ? "own redis-server (AOF everysec)" : "redis " + redisUrl.replace(/\/\/[^@]*@/, "//")}`,
  );
  try {
    const graphRun = await graphAlone(total);
    const graph = graphRun.rate;
    line(`graph alone (in-process, no queue)   ${graph.toFixed(0).padStart(7)} prompts/s   (CPU ${graphRun.cpuMsPerPrompt.toFixed(2)} ms/prompt)`);
    const raw = await rawBullmq(redisUrl, prefix, total);
    line(`raw BullMQ no-op jobs (in-process)   ${raw.toFixed(0).padStart(7)} jobs/s`);

    const memory: number[] = [await usedMemory(redis)];
    const results: Array<{ processes: number; run: BatchRun }> = [];
    for (const processes of [1, 2]) {
      const run = await batchRun(queue, redis, redisUrl, processes, total, prefix);
      results.push({ processes, run });
      const cpu = run.workerCpuMsPerPrompt + run.redisCpuMsPerPrompt;
      line(
        `batch, ${processes} worker process${processes > 1 ? "es" : ""}            ${run.endToEnd.toFixed(0).padStart(7)} prompts/s end to end = ${((run.endToEnd / graph) * 100).toFixed(0)}% of graph alone (submit ${run.submitSeconds.toFixed(2)} s included; ${run.processing.toFixed(0)} prompts/s while processing)`,
      );
      line(
        `    CPU ${cpu.toFixed(2)} ms/prompt (workers ${run.workerCpuMsPerPrompt.toFixed(2)} + redis ${run.redisCpuMsPerPrompt.toFixed(2)}) = ${((graphRun.cpuMsPerPrompt / cpu) * 100).toFixed(0)}% of graph-alone efficiency`,
      );
      memory.push(await usedMemory(redis));
      const collected = await queue.results(run.batchId);
      if (collected.length !== total || collected.some((result) => result.error !== null))
        throw new Error(`batch ${run.batchId}: ${collected.length} results, expected ${total} answers`);
      await queue.remove(run.batchId);
      memory.push(await usedMemory(redis));
    }
    const [one, two] = results;
    line(
      `second worker process: x${(two!.run.endToEnd / one!.run.endToEnd).toFixed(2)} end to end, x${(two!.run.processing / one!.run.processing).toFixed(2)} while processing`,
    );
    const [before, finished1, collected1, finished2, collected2] = memory as [number, number, number, number, number];
    line(
      `redis used_memory: before ${mib(before)}; batch 1 finished (results kept) ${mib(finished1)}, collected ${mib(collected1)}; batch 2 finished ${mib(finished2)}, collected ${mib(collected2)} (growth from batch 1 to batch 2 after collection: ${((collected2 - collected1) / 1024).toFixed(0)} KiB)`,
    );
    await slowUpstream(queue, redis, redisUrl, prefix, line);
    // What is left in Redis after both batches were collected (BullMQ's fixed per-queue keys).
    const left = await redis.keys(`{${prefix}}:*`);
    const sizes = await Promise.all(
      left.map(async (key) => `${key.slice(prefix.length + 3)} ${(Number(await redis.memory("USAGE", key)) / 1024).toFixed(1)} KiB`),
    );
    line(`keys left after collection: ${sizes.sort().join(", ")}`);
  } finally {
    await queue.close();
    const keys = await redis.keys(`{${prefix}}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await privateRedis?.stop();
  }
}

if (process.argv[2] === "--child")
  await childMain(process.argv[3]!, childRedisUrl!, Number(process.argv[5] ?? 0), process.argv[6] === "default" ? undefined : Number(process.argv[6]));
else await main();
