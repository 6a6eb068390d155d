import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { once } from "node:events";
import type { Command } from "commander";
import { RouterError } from "../../index.js";
import { assertRedisReachable, createBatchQueue, parseBatchInput, type BatchProgress, type BatchQueue, type PromptResult } from "../../batch/index.js";
import { formatCost, loadBatchSettings, progressLine, statusReport } from "../../batch/index.js";

interface CommonOptions {
  config?: string;
}

/** Opens the queue after making sure Redis answers (a dead Redis fails here, before anything is written). */
async function openQueue(options: CommonOptions): Promise<BatchQueue> {
  const { settings } = loadBatchSettings(options.config);
  await assertRedisReachable(settings.redisUrl);
  return createBatchQueue({ batch: settings });
}

async function withQueue<T>(options: CommonOptions, work: (queue: BatchQueue) => Promise<T>): Promise<T> {
  const queue = await openQueue(options);
  try {
    return await work(queue);
  } finally {
    await queue.close();
  }
}

function parseInteger(name: string) {
  return (value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number)) throw new RouterError("INVALID_REQUEST", `${name} must be an integer, got "${value}"`);
    return number;
  };
}

/** The input's bytes: decoding happens line by line, so an invalid UTF-8 line is reported by number. */
async function readInput(file: string): Promise<Buffer> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(file);
  } catch (cause) {
    throw new RouterError("INVALID_REQUEST", `cannot read ${file}: ${(cause as NodeJS.ErrnoException).code ?? "unreadable"}`, { cause });
  }
}

async function watchStatus(queue: BatchQueue, batchId: string, everyMs: number): Promise<BatchProgress> {
  let stop = false;
  const onSigint = () => {
    stop = true;
  };
  process.once("SIGINT", onSigint);
  try {
    let progress = await queue.status(batchId);
    while (!stop && (progress.status === "running" || progress.status === "submitting")) {
      process.stdout.write(`\r\x1b[K${progressLine(progress)}`);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
      progress = await queue.status(batchId);
    }
    process.stdout.write(`\r\x1b[K`);
    return progress;
  } finally {
    process.off("SIGINT", onSigint);
  }
}

function resultLine(result: PromptResult): string {
  const { index: _index, runs: _runs, ...rest } = result;
  return JSON.stringify(rest);
}

export function registerBatchCommand(program: Command): void {
  const batch = program.command("batch").description("Route large prompt sets through Redis queues (BullMQ): submit, watch, collect");

  batch
    .command("submit")
    .description('Enqueue a JSONL file (one {"id", "prompt" | "messages", "metadata"?} per line; "-" reads stdin); prints the batch id')
    .argument("<file>", "JSONL input")
    .option("-c, --config <file>", "config file (default: ./routellm.config.yaml when present)")
    .option("--name <name>", "a name shown by `batch list`")
    .option("--priority <n>", "BullMQ priority, 1 = highest", parseInteger("--priority"))
    .option("--strict", "enqueue nothing when any line is invalid")
    .option("--json", "print {batch_id, enqueued, rejected: [...]} as JSON")
    .action(async (file: string, options: CommonOptions & { name?: string; priority?: number; strict?: boolean; json?: boolean }) => {
      const parsed = parseBatchInput(await readInput(file));
      for (const error of parsed.errors) process.stderr.write(`${file}:${error.line}: ${error.id === undefined ? "" : `id "${error.id}": `}${error.reason}\n`);
      if (options.strict && parsed.errors.length > 0)
        throw new RouterError("INVALID_REQUEST", `${parsed.errors.length} of ${parsed.lines} line(s) invalid; nothing was enqueued (--strict)`);
      if (parsed.prompts.length === 0)
        throw new RouterError("INVALID_REQUEST", parsed.errors.length > 0 ? `no valid line in ${file}; nothing was enqueued` : `${file} holds no prompt`);
      const report = await withQueue(options, (queue) =>
        queue.submit(parsed.prompts, {
          invalidLines: parsed.errors.length,
          ...(options.name === undefined ? {} : { name: options.name }),
          ...(options.priority === undefined ? {} : { priority: options.priority }),
        }),
      );
      if (options.json) process.stdout.write(`${JSON.stringify({ batch_id: report.batchId, enqueued: report.enqueued, rejected: parsed.errors })}\n`);
      else {
        if (parsed.errors.length > 0) process.stderr.write(`${parsed.errors.length} invalid line(s) skipped; ${report.enqueued} prompt(s) enqueued\n`);
        process.stdout.write(`${report.batchId}\n`);
      }
    });

  batch
    .command("status")
    .description("Counts by state, cost so far, throughput and time left; a live progress bar on a terminal")
    .argument("<batch-id>")
    .option("-c, --config <file>", "config file")
    .option("--json", "print the status as JSON once")
    .option("--no-watch", "print once, even on a terminal")
    .option("--interval <ms>", "refresh period of the live view", parseInteger("--interval"), 500)
    .action(async (batchId: string, options: CommonOptions & { json?: boolean; watch: boolean; interval: number }) => {
      await withQueue(options, async (queue) => {
        let progress = await queue.status(batchId);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(progress)}\n`);
          return;
        }
        if (options.watch && process.stdout.isTTY) progress = await watchStatus(queue, batchId, Math.max(100, options.interval));
        process.stdout.write(`${statusReport(progress)}\n`);
      });
    });

  batch
    .command("results")
    .description("Write one JSONL line per prompt: id, answer, model, tier, escalations, usage, cost, attempts, error")
    .argument("<batch-id>")
    .option("-c, --config <file>", "config file")
    .option("-o, --out <file>", 'write to a file instead of stdout ("-" is stdout)')
    .option("--delete", "forget the batch in Redis once its results are written (only for a finished batch)")
    .action(async (batchId: string, options: CommonOptions & { out?: string; delete?: boolean }) => {
      await withQueue(options, async (queue) => {
        const status = await queue.status(batchId);
        const results = await queue.results(batchId);
        // `--out -` is standard output, as for the input file of `batch submit`.
        const toFile = options.out !== undefined && options.out !== "-";
        const output = toFile ? createWriteStream(options.out!) : process.stdout;
        for (const result of results) if (!output.write(`${resultLine(result)}\n`)) await once(output, "drain");
        if (toFile) {
          output.end();
          await once(output, "finish");
          process.stderr.write(`${results.length} result(s) written to ${options.out}\n`);
        }
        if (status.pending > 0) process.stderr.write(`batch ${batchId} is ${status.status}: ${status.pending} prompt(s) have no result yet\n`);
        if (options.delete) {
          if (status.status === "running" || status.status === "submitting")
            throw new RouterError("INVALID_REQUEST", `batch ${batchId} is still ${status.status}; --delete only removes a finished or cancelled batch`);
          await queue.remove(batchId);
          process.stderr.write(`batch ${batchId} deleted from Redis\n`);
        }
      });
    });

  batch
    .command("cancel")
    .description("Stop a batch: waiting prompts are dropped; prompts already running still record their result")
    .argument("<batch-id>")
    .option("-c, --config <file>", "config file")
    .action(async (batchId: string, options: CommonOptions) => {
      await withQueue(options, async (queue) => {
        const { previousStatus, removedJobs } = await queue.cancel(batchId);
        if (previousStatus === "completed" || previousStatus === "cancelled") process.stdout.write(`batch ${batchId} was already ${previousStatus}\n`);
        else process.stdout.write(`batch ${batchId} cancelled (${removedJobs} waiting prompt(s) removed)\n`);
      });
    });

  batch
    .command("list")
    .description("Batches in Redis, newest first")
    .option("-c, --config <file>", "config file")
    .option("--limit <n>", "how many", parseInteger("--limit"), 50)
    .option("--json", "JSON lines")
    .action(async (options: CommonOptions & { limit: number; json?: boolean }) => {
      await withQueue(options, async (queue) => {
        const batches = await queue.list(options.limit);
        if (options.json) {
          for (const info of batches) process.stdout.write(`${JSON.stringify(info)}\n`);
          return;
        }
        if (batches.length === 0) {
          process.stdout.write("no batches\n");
          return;
        }
        process.stdout.write(
          `${"ID".padEnd(24)}${"STATUS".padEnd(12)}${"DONE".padEnd(16)}${"FAILED".padEnd(8)}${"COST".padEnd(14)}${"CREATED".padEnd(26)}NAME\n`,
        );
        for (const info of batches)
          process.stdout.write(
            `${info.id.padEnd(24)}${info.status.padEnd(12)}${`${info.succeeded + info.failed}/${info.total}`.padEnd(16)}${String(info.failed).padEnd(8)}${formatCost(info.costUsd).padEnd(14)}${new Date(info.createdAt).toISOString().padEnd(26)}${info.name ?? ""}\n`,
          );
      });
    });
}
