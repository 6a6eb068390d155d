import type { Command } from "commander";
import { DEFAULT_CONFIG, resolveConfig, loadRouterModel, assertEncoderMatches, RouterError } from "../../index.js";
import {
  createPromptEncoder,
  calibrateCostWeight,
  heldOutFigures,
  loadEvaluationData,
  trainOnItems,
  updateConfigFile,
  checkHeldOut,
  heldOutMeetsTarget,
  parseSeenPromptPolicy,
  DEFAULT_TRAIN_FRACTION,
  CALIBRATION_MAX_STEP,
  type CalibrationTarget,
  type Interval,
} from "../../learning/evaluation/index.js";
import { reportEmbeddingProgress } from "./embedding-progress.js";
import { configuredReferenceModel, createCatalog } from "../../simulation/index.js";
import { isAbsolute, resolve } from "node:path";

interface CalibrateCommandOptions {
  dataset: string[];
  config?: string;
  targetCloudShare?: string;
  maxCostPer1m?: string;
  minQualityRatio?: string;
  model?: string;
  trainFraction: string;
  resamples: string;
  folds: string;
  seed: string;
  dryRun?: boolean;
  json?: boolean;
  force?: boolean;
  seenPrompts?: string;
}

export const COST_KNOB_EXPLANATION =
  "bandit.costWeight is the share of a good answer's probability the router gives up to avoid paying for the priciest model on a request: " +
  "a model costing a fraction c of that price is called only when it raises the chance of a good answer by more than costWeight x c. " +
  "0 = always the best model; 0.2 = pay for the top model only when it adds more than 20 points of success probability.";

function parseTarget(options: CalibrateCommandOptions): CalibrationTarget {
  const given = [
    options.targetCloudShare !== undefined && ({ kind: "cloud-share", value: Number(options.targetCloudShare) } as const),
    options.maxCostPer1m !== undefined && ({ kind: "cost-per-1m", value: Number(options.maxCostPer1m) } as const),
    options.minQualityRatio !== undefined && ({ kind: "quality-ratio", value: Number(options.minQualityRatio) } as const),
  ].filter((target): target is CalibrationTarget => target !== false);
  if (given.length !== 1) throw new RouterError("INVALID_REQUEST", "give exactly one of --target-cloud-share, --max-cost-per-1m, --min-quality-ratio");
  const target = given[0]!;
  if (!Number.isFinite(target.value) || target.value < 0 || (target.kind !== "cost-per-1m" && target.value > 1.5))
    throw new RouterError("INVALID_REQUEST", `invalid ${target.kind} target "${target.value}"`);
  return target;
}

const pct = (interval: Interval) => `${(interval.value * 100).toFixed(1)}% [${(interval.low * 100).toFixed(1)}, ${(interval.high * 100).toFixed(1)}]`;
const usd = (interval: Interval) => `$${interval.value.toFixed(3)} [${interval.low.toFixed(3)}, ${interval.high.toFixed(3)}]`;
const num = (interval: Interval) => `${interval.value.toFixed(4)} [${interval.low.toFixed(4)}, ${interval.high.toFixed(4)}]`;

export function registerCalibrateCommand(program: Command): void {
  program
    .command("calibrate")
    .description("Find the cost knob (bandit.costWeight) that meets a target on recorded outcomes and write it to the config")
    .requiredOption("--dataset <files...>", "*.outcomes.jsonl files")
    .option("-c, --config <file>", "config file to read and update")
    .option("--target-cloud-share <x>", "at most this share of prompts reaching a cloud model (0..1)")
    .option("--max-cost-per-1m <usd>", "at most this cost per 1M served tokens")
    .option("--min-quality-ratio <r>", "at least this share of the best cloud model's quality (e.g. 0.97)")
    .option("--model <file>", "learned router model (default: classifier.learnedModel; else trained on the fly)")
    .option("--train-fraction <x>", "share of prompts on the train side of the split", String(DEFAULT_TRAIN_FRACTION))
    .option("--resamples <n>", "bootstrap resamples for the intervals", "1000")
    .option("--folds <n>", "cross-fitting folds on the train side (each part routed by a model trained on the others)", "2")
    .option("--seed <n>", "bootstrap seed", "7")
    .option("--dry-run", "print the result without writing the config")
    .option("--json", "print a JSON result")
    .option("--force", "write the knob even when its check on the held-out prompts misses the target")
    .option("--seen-prompts <policy>", "held-out prompts the learned model was trained on: exclude (default: left out, and counted) or refuse (stop)")
    .action(async (options: CalibrateCommandOptions) => {
      const target = parseTarget(options);
      const loaded = resolveConfig(options.config, DEFAULT_CONFIG);
      const data = await loadEvaluationData(loaded.config, { files: options.dataset, trainFraction: Number(options.trainFraction) });
      const { embed, encoder } = await createPromptEncoder(
        loaded.config,
        [...data.train, ...data.test].map((item) => item.prompt),
        { onProgress: reportEmbeddingProgress },
      );
      const learnedPath =
        options.model ??
        (loaded.config.classifier.learnedModel &&
          (isAbsolute(loaded.config.classifier.learnedModel)
            ? loaded.config.classifier.learnedModel
            : resolve(loaded.baseDir, loaded.config.classifier.learnedModel)));
      const givenModel = learnedPath ? await loadRouterModel(learnedPath) : undefined;
      if (givenModel && learnedPath) assertEncoderMatches(givenModel.encoder, loaded.config.classifier.embeddings, learnedPath);
      const resamples = Number(options.resamples);
      const seed = Number(options.seed);
      // Calibrate on the train side (two-fold, each half routed by a model that did not see it),
      // then check the chosen knob on the held-out side.
      // A cloud-share target is also kept online (bandit.targetCloudShare): the knob alone is an absolute
      // threshold, and the share it gives depends on how often the local models disagree on the traffic.
      const targetShare = target.kind === "cloud-share" ? target.value : undefined;
      const folds = Number(options.folds);
      if (!Number.isInteger(folds) || folds < 2) throw new RouterError("INVALID_REQUEST", `--folds must be a whole number >= 2, got "${options.folds}"`);
      const seenPolicy = parseSeenPromptPolicy(options.seenPrompts);
      const referenceId = configuredReferenceModel(loaded.config, createCatalog(loaded.config));
      const result = await calibrateCostWeight({ models: data.models, items: data.train, embed, encoder, target, resamples, seed, folds, referenceId });
      // The held-out check routes with the learned model: never on a prompt that model was trained on.
      const checkModel =
        result.costWeight === undefined || data.test.length === 0
          ? undefined
          : (givenModel ?? (await trainOnItems(data.train, { models: data.models, embed, encoder })));
      const heldOutCheck = checkModel
        ? checkHeldOut(data.test, checkModel, seenPolicy, givenModel ? `the learned model ${learnedPath}` : "the model trained on the train side")
        : undefined;
      const heldOut =
        !checkModel || !heldOutCheck
          ? undefined
          : heldOutFigures({
              models: data.models,
              items: heldOutCheck.items,
              embed,
              routerModel: checkModel,
              costWeight: result.costWeight!,
              referenceId: result.reference.modelId,
              seed,
              ...(targetShare === undefined ? {} : { targetCloudShare: targetShare }),
            });
      const heldOutMet = heldOut === undefined || heldOutMeetsTarget(target, heldOut);
      const write = result.met && (heldOutMet || options.force === true) && !options.dryRun && loaded.path !== undefined;
      if (write)
        await updateConfigFile(loaded.path!, [
          { path: ["bandit", "costWeight"], value: result.costWeight },
          { path: ["bandit", "targetCloudShare"], value: targetShare },
        ]);
      if (options.json) {
        process.stdout.write(
          `${JSON.stringify({ ...result, heldOut, heldOutMet, heldOutExcluded: heldOutCheck?.excluded ?? 0, notes: heldOutCheck?.note ? [heldOutCheck.note] : [], written: write ? loaded.path : null, knob: COST_KNOB_EXPLANATION })}\n`,
        );
        if (!result.met || (!heldOutMet && !options.force)) process.exitCode = 1;
        return;
      }
      if (!result.met || !result.expected) {
        const best = result.curve.reduce((a, b) => (a.quality >= b.quality ? a : b));
        process.stdout.write(
          `no cost weight meets the target on these prompts (best quality ${best.quality.toFixed(4)} at cloud share ${(best.cloudShare * 100).toFixed(1)}%)\n`,
        );
        process.exitCode = 1;
        return;
      }
      const expected = result.expected;
      if (targetShare !== undefined)
        process.stdout.write(`bandit.targetCloudShare = ${targetShare} (the cost weight is scaled online to keep the live cloud share at or just under it)\n`);
      const why = write
        ? ` (written to ${loaded.path}${heldOutMet ? "" : "; --force: its held-out check misses the target"})`
        : options.dryRun
          ? " (dry run: not written)"
          : !heldOutMet
            ? " (NOT written: its check on the held-out prompts misses the target, see below; --force writes it anyway)"
            : " (no config file to write)";
      process.stdout.write(`bandit.costWeight = ${result.costWeight}${why}\n`);
      process.stdout.write(`${COST_KNOB_EXPLANATION}\n\n`);
      process.stdout.write(`expected on the train side (${expected.prompts} prompts, each routed by a model that did not see it; 95% bootstrap intervals):\n`);
      process.stdout.write(
        `  quality          ${num(expected.quality)}  = ${pct(expected.qualityRatio)} of ${result.reference.modelId} alone (${result.reference.quality.toFixed(4)})\n`,
      );
      process.stdout.write(
        `  cost per 1M tok  ${usd(expected.costPer1MTokens)}  vs $${result.reference.costPer1MTokens.toFixed(3)} for ${result.reference.modelId} alone\n`,
      );
      process.stdout.write(`  cloud share      ${pct(expected.cloudShare)}\n`);
      if (heldOutCheck?.note) process.stdout.write(`note: ${heldOutCheck.note}\n`);
      if (heldOut) {
        process.stdout.write(
          `check on the held-out side (${heldOut.prompts} prompts, routed by a model that did not see them): target ${heldOutMet ? "met" : "MISSED"}\n`,
        );
        process.stdout.write(
          `  quality          ${num(heldOut.quality)}  = ${(heldOut.qualityRatio * 100).toFixed(1)}% of ${heldOut.reference.modelId} alone (${heldOut.reference.quality.toFixed(4)})\n`,
        );
        process.stdout.write(
          `  cost per 1M tok  ${usd(heldOut.costPer1MTokens)}  vs $${heldOut.reference.costPer1MTokens.toFixed(3)} for ${heldOut.reference.modelId} alone\n`,
        );
        process.stdout.write(`  cloud share      ${pct(heldOut.cloudShare)}\n`);
        if (!heldOutMet) process.exitCode = options.force ? 0 : 1;
      }
      process.stdout.write(
        `(searched ${result.curve.length} cost weights, refined where the cloud share or quality ratio jumps by more than ${CALIBRATION_MAX_STEP * 100} points)\n`,
      );
    });
}
