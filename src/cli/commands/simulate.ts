import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Command } from "commander";
import cliProgress from "cli-progress";
import { DEFAULT_CONFIG, resolveConfig, loadConfigFile, RouterError, deserialiseRouterModel, serialiseRouterModel, type RouterConfig } from "../../index.js";
import { HARDWARE_PROFILE_NAMES, type HardwareProfileName } from "../../config/index.js";
import {
  prepareInputs,
  renderShiftReport,
  renderSummaryReport,
  renderTextReport,
  runShiftScenario,
  runSimulation,
  toJsonReport,
  writeReport,
} from "../../simulation/index.js";
import { checkHeldOut, createPromptEncoder, evaluationModels, parseSeenPromptPolicy, trainOnItems } from "../../learning/evaluation/index.js";
import { SAMPLE_CONFIG_PATH, SAMPLE_DATASET_PATH } from "../../simulation/index.js";

interface SimulateOptions {
  config?: string;
  dataset?: string[];
  train?: string[];
  test?: string[];
  strategies?: string;
  seed: string;
  json?: boolean;
  out?: string;
  scenario?: string;
  privacyShare?: string;
  workers?: string;
  limit?: string;
  requests?: string;
  sweep: boolean;
  parameters?: string;
  sample?: boolean;
  synthetic?: boolean;
  learn?: boolean;
  summary?: boolean;
  seenPrompts?: string;
  hardware?: string;
  feedbackShare?: string;
  feedbackDelay?: string;
  referenceConfig?: string;
  costMultipliers?: string;
  traceOut?: string;
}

function numberOption(text: string | undefined, flag: string, { integer = false, max = Infinity } = {}): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || value > max || (integer && !Number.isInteger(value)))
    throw new RouterError("INVALID_REQUEST", `${flag} must be a ${integer ? "whole " : ""}number between 0 and ${max}, got "${text}"`);
  return value;
}

/** `--cost-multipliers`: positive numbers, comma-separated; only with a reference router (its cost is the one compared at). */
function costMultipliersOption(text: string, hasReference: boolean): number[] {
  if (!hasReference) throw new RouterError("INVALID_REQUEST", "--cost-multipliers compares at the reference router's cost: give --reference-config with it");
  const values = text.split(",").map((part) => Number(part.trim()));
  if (values.length === 0 || values.some((value) => !Number.isFinite(value) || value <= 0))
    throw new RouterError("INVALID_REQUEST", `--cost-multipliers must be positive numbers separated by commas, got "${text}"`);
  return values;
}

function applyOverrides(config: RouterConfig, options: SimulateOptions): RouterConfig {
  const next = structuredClone(config);
  if (options.scenario !== undefined) {
    if (!["latency-spike", "outage", "none"].includes(options.scenario))
      throw new RouterError("INVALID_REQUEST", `--scenario must be latency-spike, outage or none, got "${options.scenario}"`);
    next.simulation.scenario.kind = options.scenario as RouterConfig["simulation"]["scenario"]["kind"];
  }
  if (options.hardware !== undefined) {
    if (!(HARDWARE_PROFILE_NAMES as readonly string[]).includes(options.hardware))
      throw new RouterError("INVALID_REQUEST", `--hardware must be one of ${HARDWARE_PROFILE_NAMES.join(", ")}, got "${options.hardware}"`);
    next.simulation.hardware = options.hardware as HardwareProfileName;
  }
  const share = numberOption(options.privacyShare, "--privacy-share", { max: 1 });
  if (share !== undefined) next.simulation.privacyShare = share;
  // The summary's gap metrics need only a coarse sweep: five knob values instead of the configured ones.
  if (options.summary && options.sweep) next.simulation.sweep = [...SUMMARY_SWEEP];
  // The simulation never touches a shared store: the bandit learns in memory, per replay.
  next.bandit.store.type = "memory";
  return next;
}

/** What `--summary` replays: the headline strategies and the matched-cost random baseline. */
const SUMMARY_STRATEGIES = ["all-cloud", "static-rules", "random", "router"];
/** The cost-knob values `--summary` sweeps for its APGR line (the full report sweeps simulation.sweep). */
const SUMMARY_SWEEP = [0, 0.1, 0.3, 1, 4] as const;

function commandLine(): string {
  return ["routellm", ...process.argv.slice(2)].join(" ");
}

export function registerSimulateCommand(program: Command): void {
  program
    .command("simulate")
    .description("Replay recorded model outcomes (or the built-in synthetic workload) through the router graph and compare strategies")
    .option("-c, --config <file>", "config file (default: ./routellm.config.yaml, else the embedded default)")
    .option(
      "--dataset <files...>",
      "*.outcomes.jsonl files, split by a hash of each prompt id: simulation.trainFraction (default 0.5) for training, the rest held out and reported",
    )
    .option("--train <files...>", "explicit training files (with --test)")
    .option("--test <files...>", "explicit held-out files (with --train)")
    .option("--strategies <list>", "comma-separated strategies (default: all)")
    .option("--seed <n>", "seed of every random draw", "42")
    .option("--json", "print the JSON report only")
    .option("--out <dir>", "write report.json, report.md and report.html there")
    .option("--scenario <kind>", "adaptivity scenario: latency-spike, outage or none")
    .option(
      "--hardware <name>",
      `local hardware profile: ${HARDWARE_PROFILE_NAMES.join(" | ")} (published llama.cpp/Ollama figures; local models share the device)`,
    )
    .option(
      "--feedback-share <x>",
      "traffic shift: replay the held-out prompts with the config's learned router frozen, adaptive (feedback on this share of requests) and, with --reference-config, a router calibrated on these prompts' file",
    )
    .option("--feedback-delay <n>", "traffic shift: feedback arrives this many requests late (default 50)")
    .option("--reference-config <file>", "traffic shift: config of a router trained and calibrated on the new file (its learnedModel and costWeight)")
    .option(
      "--cost-multipliers <list>",
      "traffic shift with --reference-config: also replay the frozen and the adaptive router with bandit.costWeight times each of these (e.g. 0.3,3,10) and print each one's second-half quality at the reference's cost",
    )
    .option("--privacy-share <x>", "share of prompts that get synthetic sensitive data (default 0.15)")
    .option("--workers <n>", "worker threads (0 = one per core)")
    .option(
      "--trace-out <file>",
      "append one JSON line per prompt of the router's replay (calls with their start times, attempts, recorded scores and lengths)",
    )
    .option("--limit <n>", "replay at most this many held-out prompts")
    .option("--requests <n>", "built-in workload: requests to draw")
    .option("--parameters <file>", "built-in workload: fitted parameters file (default: data/workload/fitted-parameters.json)")
    .option("--no-sweep", "skip the cost-knob sweep")
    .option(
      "--sample",
      "replay the real sample shipped in the package (data/sample: chat, maths and code prompts; its config unless --config); the default when no data is given",
    )
    .option("--synthetic", "replay the built-in synthetic workload (outcomes drawn from an item-response model fitted to recorded files)")
    .option(
      "--learn",
      "train a router model on the train side first (in memory) and replay with it; the default with --sample when the config names no learned model",
    )
    .option("--summary", "print only the four headline columns for all-cloud, static rules and the router, the definitions and what to try next")
    .option(
      "--seen-prompts <policy>",
      "held-out prompts the learned model was trained on: exclude (default: left out, and counted in the output) or refuse (stop)",
    )
    .action(async (options: SimulateOptions) => {
      const hasFiles = Boolean(options.dataset?.length || options.train?.length || options.test?.length);
      if (options.synthetic && (hasFiles || options.sample))
        throw new RouterError("INVALID_REQUEST", "--synthetic replays the built-in workload: give no --dataset, --train, --test or --sample with it");
      if (options.sample && hasFiles)
        throw new RouterError("INVALID_REQUEST", "--sample replays the shipped sample: give no --dataset, --train or --test with it");
      const sample = options.sample === true || (!hasFiles && !options.synthetic);
      const seenPolicy = parseSeenPromptPolicy(options.seenPrompts);
      const loaded = sample && options.config === undefined ? loadConfigFile(SAMPLE_CONFIG_PATH) : resolveConfig(options.config, DEFAULT_CONFIG);
      const config = applyOverrides(loaded.config, options);
      const seed = numberOption(options.seed, "--seed", { integer: true })!;
      const workers = numberOption(options.workers, "--workers", { integer: true });
      const limit = numberOption(options.limit, "--limit", { integer: true });
      const requests = numberOption(options.requests, "--requests", { integer: true });
      const inputs = await prepareInputs(
        config,
        {
          ...(sample ? { dataset: [SAMPLE_DATASET_PATH] } : {}),
          ...(options.dataset ? { dataset: options.dataset } : {}),
          ...(options.train ? { train: options.train } : {}),
          ...(options.test ? { test: options.test } : {}),
          ...(options.parameters ? { parametersFile: options.parameters } : {}),
          ...(limit !== undefined ? { limit } : {}),
          ...(requests !== undefined ? { requests } : {}),
        },
        seed,
      );
      // The learned router model named by the config (trained by `routellm train` on the train side of the same split).
      const learnedPath = config.classifier.learnedModel ? resolve(loaded.baseDir, config.classifier.learnedModel) : undefined;
      let learnedModel =
        learnedPath && config.classifier.enabled
          ? await readFile(learnedPath, "utf8").catch((cause: unknown) => {
              throw new RouterError("CONFIG_INVALID", `classifier.learnedModel: cannot read ${learnedPath}`, { cause });
            })
          : undefined;
      const notes: string[] = [];
      if (sample)
        notes.push(
          "real recorded outcomes: a 320-prompt sample of chat (arena-bench), maths (GSM8K) and code (CRUXEval) shipped in data/sample (sources and licences in its README)",
        );
      if (learnedModel !== undefined && learnedPath) {
        // Held-out integrity: no figure on a prompt the learned model was trained on.
        const check = checkHeldOut(inputs.testItems, deserialiseRouterModel(learnedModel, learnedPath), seenPolicy, `the learned model ${learnedPath}`);
        inputs.testItems = check.items;
        if (check.excluded > 0) inputs.dataset.seenExcluded = check.excluded;
        if (check.note) notes.push(check.note);
      } else if (options.learn || (sample && learnedModel === undefined && config.classifier.enabled)) {
        if (inputs.trainItems.length === 0)
          throw new RouterError("DATASET_INVALID", "--learn needs training prompts: the train side of the split is empty (simulation.trainFraction)");
        const { embed, encoder } = await createPromptEncoder(
          config,
          inputs.trainItems.map((item) => item.prompt),
        );
        const model = await trainOnItems(inputs.trainItems, { models: evaluationModels(config).models, embed, encoder });
        learnedModel = serialiseRouterModel(model);
        notes.push(
          `learned router model trained here on the ${inputs.trainItems.length} training prompts (--learn); figures are on the ${inputs.testItems.length} held-out prompts`,
        );
      }
      inputs.dataset.notes = [...(inputs.dataset.notes ?? []), ...notes];
      const feedbackShare = numberOption(options.feedbackShare, "--feedback-share", { max: 1 });
      if (feedbackShare !== undefined) {
        if (learnedModel === undefined)
          throw new RouterError(
            "CONFIG_INVALID",
            "--feedback-share needs a learned router model (classifier.learnedModel, from routellm train on the old traffic)",
          );
        const reference = options.referenceConfig ? resolveConfig(options.referenceConfig, DEFAULT_CONFIG) : undefined;
        const referencePath = reference?.config.classifier.learnedModel ? resolve(reference.baseDir, reference.config.classifier.learnedModel) : undefined;
        if (reference && !referencePath) throw new RouterError("CONFIG_INVALID", "--reference-config: the config names no classifier.learnedModel");
        const shift = await runShiftScenario({
          config,
          learnedModel,
          ...(reference && referencePath
            ? { reference: { config: applyOverrides(reference.config, options), learnedModel: await readFile(referencePath, "utf8") } }
            : {}),
          items: inputs.testItems,
          feedback: { share: feedbackShare, delayRequests: numberOption(options.feedbackDelay, "--feedback-delay", { integer: true }) ?? 50 },
          seed,
          ...(workers !== undefined ? { workers } : {}),
          ...(options.costMultipliers !== undefined ? { costMultipliers: costMultipliersOption(options.costMultipliers, reference !== undefined) } : {}),
        });
        process.stdout.write(`${renderShiftReport(shift)}\n`);
        return;
      }
      const showProgress = process.stderr.isTTY && !options.json;
      const bar = showProgress
        ? new cliProgress.SingleBar(
            { format: "replaying {bar} {percentage}% | {value}/{total} prompts | {eta_formatted} left", stream: process.stderr, hideCursor: true },
            cliProgress.Presets.shades_classic,
          )
        : undefined;
      let started = false;
      const report = await runSimulation({
        config,
        ...inputs,
        seed,
        ...(options.strategies
          ? {
              strategies: options.strategies
                .split(",")
                .map((name) => name.trim())
                .filter(Boolean),
            }
          : options.summary
            ? { strategies: SUMMARY_STRATEGIES }
            : {}),
        // The summary shows no adaptivity table: skip its two replays.
        ...(options.summary ? { adaptivity: false } : {}),
        sweep: options.sweep,
        ...(learnedModel !== undefined ? { learnedModel } : {}),
        ...(options.traceOut !== undefined ? { tracePath: resolve(options.traceOut) } : {}),
        // The summary's few replays finish before worker threads would have loaded: run them here.
        ...(workers !== undefined ? { workers } : options.summary ? { workers: 1 } : {}),
        onProgress: (done, total) => {
          if (!bar) return;
          if (!started) {
            bar.start(total, 0);
            started = true;
          }
          bar.update(done);
        },
      }).finally(() => bar?.stop());
      if (options.json) process.stdout.write(`${JSON.stringify(toJsonReport(report), null, 2)}\n`);
      else if (options.summary) process.stdout.write(`${renderSummaryReport(report)}\n`);
      else {
        process.stdout.write(`${renderTextReport(report)}\n`);
        for (const summary of report.strategies)
          if (summary.avgDirectLatencyMs !== undefined && summary.avgDirectLatencyMs > 0)
            process.stdout.write(
              `cascade overhead of ${summary.name}: ${(summary.avgLatencyMs / 1000).toFixed(2)} s on average vs ${(summary.avgDirectLatencyMs / 1000).toFixed(2)} s sending each prompt straight to the model that finally answered it (${((summary.avgLatencyMs / summary.avgDirectLatencyMs - 1) * 100).toFixed(1)}%)\n`,
            );
      }
      if (options.out) {
        const files = await writeReport(options.out, report, commandLine());
        if (!options.json) process.stdout.write(`\nWrote ${files.join(", ")}\n`);
      }
    });
}
