import type { Command } from "commander";
import { DEFAULT_CONFIG, resolveConfig, loadRouterModel, assertEncoderMatches, RouterError, type RouterConfig } from "../../index.js";
import {
  createPromptEncoder,
  calibrateCostWeight,
  calibrateOnGraph,
  crossFitFolds,
  evaluationModels,
  graphHeldOutCheck,
  trainOnItems,
  updateConfigFile,
  checkHeldOut,
  heldOutMeetsTarget,
  parseSeenPromptPolicy,
  CALIBRATION_MAX_STEP,
  type CalibrationTarget,
  type Interval,
  type ReplayFigures,
} from "../../learning/evaluation/index.js";
import { reportEmbeddingProgress } from "./embedding-progress.js";
import { configuredReferenceModel, createCatalog, createReplayPool, definitionLines, prepareInputs } from "../../simulation/index.js";
import { isAbsolute, resolve } from "node:path";

interface CalibrateCommandOptions {
  dataset: string[];
  config?: string;
  targetCloudShare?: string;
  maxCostPer1m?: string;
  minQualityRatio?: string;
  model?: string;
  trainFraction?: string;
  privacyShare?: string;
  workers?: string;
  resamples: string;
  folds: string;
  foldRepeats: string;
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

function printFigures(out: (line: string) => void, title: string, figures: ReplayFigures): void {
  const reference = figures.reference;
  out(title);
  out(`  quality          ${num(figures.quality)}  = ${pct(figures.qualityRatio)} of ${reference.modelId} alone (${reference.quality.toFixed(4)})`);
  out(`  cost per 1M tok  ${usd(figures.costPer1MTokens)}  vs $${reference.costPer1MTokens.toFixed(3)} for ${reference.modelId} alone`);
  out(`  cloud share      ${pct(figures.cloudShare)}`);
}

/** Every figure calibrate prints, as printed: each is defined under its output. */
export const CALIBRATE_LABELS = ["quality", "cost per 1M tok", "cloud share", "[low, high]"] as const;

function wholeNumber(text: string, flag: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new RouterError("INVALID_REQUEST", `${flag} must be a whole number >= ${min}, got "${text}"`);
  return value;
}

/** The config as simulate replays it: --privacy-share and --train-fraction applied. */
function replayConfig(config: RouterConfig, options: CalibrateCommandOptions): RouterConfig {
  const next = structuredClone(config);
  const fraction = (text: string | undefined, flag: string) => {
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0 || value > 1) throw new RouterError("INVALID_REQUEST", `${flag} must be a number between 0 and 1, got "${text}"`);
    return value;
  };
  const share = fraction(options.privacyShare, "--privacy-share");
  if (share !== undefined) next.simulation.privacyShare = share;
  const trainFraction = fraction(options.trainFraction, "--train-fraction");
  if (trainFraction !== undefined) next.simulation.trainFraction = trainFraction;
  return next;
}

export function registerCalibrateCommand(program: Command): void {
  program
    .command("calibrate")
    .description("Find the cost knob (bandit.costWeight) that meets a target on recorded outcomes and write it to the config")
    .requiredOption("--dataset <files...>", "*.outcomes.jsonl files")
    .option("-c, --config <file>", "config file to read and update")
    .option("--target-cloud-share <x>", "at most this share of prompts reaching a cloud model (0..1)")
    .option("--max-cost-per-1m <usd>", "at most this cost per 1M served tokens")
    .option("--min-quality-ratio <r>", "at least this share of the reference model's quality (simulation.referenceModel; e.g. 0.97)")
    .option("--model <file>", "learned router model (default: classifier.learnedModel; else trained on the fly)")
    .option("--train-fraction <x>", "share of prompts on the train side of the split (default simulation.trainFraction, as simulate)")
    .option(
      "--privacy-share <x>",
      "share of prompts given synthetic sensitive data in the replay, as simulate's --privacy-share (default simulation.privacyShare)",
    )
    .option(
      "--workers <n>",
      "worker threads for the graph replays (default 1: in this thread, the fastest on a loaded 2-core machine; 0 = one per core; no figure depends on it)",
    )
    .option("--resamples <n>", "bootstrap resamples for the intervals", "1000")
    .option("--folds <n>", "cross-fitting folds on the train side (each part routed by a model trained on the others)", "2")
    .option(
      "--fold-repeats <n>",
      "cross-fitting assignments the forecast averages at the chosen knob (their spread widens its interval; 1 = the search's only)",
      "3",
    )
    .option("--seed <n>", "seed of every draw (replay order, synthetic sensitive data, latencies, bootstrap), as simulate's --seed", "42")
    .option("--dry-run", "print the result without writing the config")
    .option("--json", "print a JSON result")
    .option("--force", "write the knob even when its check on the held-out prompts misses the target")
    .option("--seen-prompts <policy>", "held-out prompts the learned model was trained on: exclude (default: left out, and counted) or refuse (stop)")
    .action(async (options: CalibrateCommandOptions) => {
      const target = parseTarget(options);
      const loaded = resolveConfig(options.config, DEFAULT_CONFIG);
      const config = replayConfig(loaded.config, options);
      const seed = wholeNumber(options.seed, "--seed", 0);
      const resamples = wholeNumber(options.resamples, "--resamples", 1);
      const folds = wholeNumber(options.folds, "--folds", 2);
      const foldRepeats = wholeNumber(options.foldRepeats, "--fold-repeats", 1);
      const workers = options.workers === undefined ? 1 : wholeNumber(options.workers, "--workers", 0);
      const timing: Record<string, number> = {};
      let phaseStarted = performance.now();
      const phase = (name: string) => {
        const now = performance.now();
        timing[name] = Number(((now - phaseStarted) / 1000).toFixed(1));
        phaseStarted = now;
      };
      // The same prompts as simulate: its loader, its split (simulation.trainFraction), its mapping.
      const inputs = await prepareInputs(config, { dataset: options.dataset }, seed);
      const { models } = evaluationModels(config);
      const { embed, encoder } = await createPromptEncoder(
        config,
        [...inputs.trainItems, ...inputs.testItems].map((item) => item.prompt),
        { onProgress: reportEmbeddingProgress },
      );
      const learnedPath =
        options.model ??
        (config.classifier.learnedModel &&
          (isAbsolute(config.classifier.learnedModel) ? config.classifier.learnedModel : resolve(loaded.baseDir, config.classifier.learnedModel)));
      const givenModel = learnedPath ? await loadRouterModel(learnedPath) : undefined;
      if (givenModel && learnedPath) assertEncoderMatches(givenModel.encoder, config.classifier.embeddings, learnedPath);
      // A cloud-share target is also kept online (bandit.targetCloudShare): the knob alone is an absolute
      // threshold, and the share it gives depends on how often the local models disagree on the traffic.
      const targetShare = target.kind === "cloud-share" ? target.value : undefined;
      const seenPolicy = parseSeenPromptPolicy(options.seenPrompts);
      const referenceId = configuredReferenceModel(config, createCatalog(config));
      phase("loadAndEmbed");
      // 1. Offline screen on the train side (cross-fitted: each part routed by a model trained on the others).
      const screen = await calibrateCostWeight({ models, items: inputs.trainItems, embed, encoder, target, resamples, seed, folds, referenceId });
      phase("screen");
      // 2. The knob and its forecast from the graph replay simulate runs, near the screen's choice.
      // One pool of replay threads for the whole command: each thread loads the router once.
      const pool = createReplayPool({ seed, workers });
      try {
        const setup = { config, seed, referenceId, pool, ...(targetShare === undefined ? {} : { targetCloudShare: targetShare }) };
        const withoutLearnedModel = !config.classifier.enabled;
        const result = await calibrateOnGraph({
          screen,
          setup,
          maxStep: CALIBRATION_MAX_STEP,
          resamples,
          bootstrapSeed: seed,
          withoutLearnedModel,
          foldRepeats,
          refold: (repeat) => crossFitFolds(inputs.trainItems, { models, embed, encoder }, { folds, repeat }),
          ...(inputs.testItems.length > 0 ? { predictFor: inputs.testItems.length } : {}),
        });
        phase("graphSearchAndForecast");
        // 3. The held-out check: simulate's replay of the held-out prompts with the knob, never on a prompt the model trained on.
        const checkModel =
          result.costWeight === undefined || inputs.testItems.length === 0
            ? undefined
            : (givenModel ?? (await trainOnItems(inputs.trainItems, { models, embed, encoder })));
        const heldOutCheck = checkModel
          ? checkHeldOut(inputs.testItems, checkModel, seenPolicy, givenModel ? `the learned model ${learnedPath}` : "the model trained on the train side")
          : undefined;
        const heldOut =
          !checkModel || !heldOutCheck
            ? undefined
            : await graphHeldOutCheck({
                setup,
                items: heldOutCheck.items,
                routerModel: withoutLearnedModel ? undefined : checkModel,
                costWeight: result.costWeight!,
                resamples,
                bootstrapSeed: seed,
              });
        phase("heldOutCheck");
        const notes = [
          ...(heldOutCheck?.note ? [heldOutCheck.note] : []),
          ...(checkModel && !givenModel && !withoutLearnedModel
            ? [
                "the config names no learned model: the check trains one on the train side, as routellm simulate --learn does (routellm train --write-config to keep it)",
              ]
            : []),
        ];
        const heldOutMet = heldOut === undefined || heldOutMeetsTarget(target, { ...heldOut, qualityRatio: heldOut.qualityRatio.value });
        const write = result.met && (heldOutMet || options.force === true) && !options.dryRun && loaded.path !== undefined;
        if (write)
          await updateConfigFile(loaded.path!, [
            { path: ["bandit", "costWeight"], value: result.costWeight },
            { path: ["bandit", "targetCloudShare"], value: targetShare },
          ]);
        const replay = {
          privacyShare: config.simulation.privacyShare,
          seed,
          graphReplays: result.replays,
          graphSeconds: Number((result.wallMs / 1000).toFixed(1)),
          foldRepeats: result.expected?.replays ?? foldRepeats,
          threads: pool.threads,
          seconds: timing,
        };
        if (options.json) {
          const { folds: _folds, ...screenResult } = screen;
          process.stdout.write(
            `${JSON.stringify({ target, costWeight: result.costWeight, met: result.met, expected: result.expected, curve: result.curve, screen: screenResult, replay, heldOut, heldOutMet, heldOutExcluded: heldOutCheck?.excluded ?? 0, notes, written: write ? loaded.path : null, knob: COST_KNOB_EXPLANATION })}\n`,
          );
          if (!result.met || (!heldOutMet && !options.force)) process.exitCode = 1;
          return;
        }
        const out = (line = "") => process.stdout.write(`${line}\n`);
        out(
          `replayed as routellm simulate replays (the router graph on recorded outcomes, seed ${seed}, ${(config.simulation.privacyShare * 100).toFixed(0)}% of prompts given synthetic sensitive data: simulation.privacyShare, --privacy-share)`,
        );
        if (!result.met || !result.expected) {
          const best = result.curve.reduce((a, b) => (a.quality >= b.quality ? a : b));
          out(
            `no cost weight meets the target on these prompts (graph replay of the train side: best ${(best.qualityRatio * 100).toFixed(1)}% of ${referenceId} at cost weight ${best.costWeight}, cloud share ${(best.cloudShare * 100).toFixed(1)}%)`,
          );
          process.exitCode = 1;
          return;
        }
        const expected = result.expected;
        if (targetShare !== undefined)
          out(`bandit.targetCloudShare = ${targetShare} (the cost weight is scaled online to keep the live cloud share at or just under it)`);
        const why = write
          ? ` (written to ${loaded.path}${heldOutMet ? "" : "; --force: its held-out check misses the target"})`
          : options.dryRun
            ? " (dry run: not written)"
            : !heldOutMet
              ? " (NOT written: its check on the held-out prompts misses the target, see below; --force writes it anyway)"
              : " (no config file to write)";
        out(`bandit.costWeight = ${result.costWeight}${why}`);
        out(COST_KNOB_EXPLANATION);
        out();
        printFigures(
          out,
          `forecast from the train side (${expected.prompts} prompts, each routed by a model that did not see it${expected.replays > 1 ? `, averaged over ${expected.replays} cross-fitting assignments` : ""}; 95% prediction intervals for the ${inputs.testItems.length} held-out prompts):`,
          expected,
        );
        for (const note of notes) out(`note: ${note}`);
        if (heldOut) {
          printFigures(
            out,
            `check on the held-out side (${heldOut.prompts} prompts, routed by a model that did not see them; what routellm simulate reports for this config): target ${heldOutMet ? "met" : "MISSED"}`,
            heldOut,
          );
          if (!heldOutMet) process.exitCode = options.force ? 0 : 1;
        }
        out(
          `(screened ${screen.curve.length} cost weights offline, then replayed ${result.replays} through the router graph in ${replay.graphSeconds} s on ${pool.threads} thread${pool.threads === 1 ? "" : "s"}, refined where the cloud share or quality ratio jumps by more than ${CALIBRATION_MAX_STEP * 100} points)`,
        );
        out();
        out("Definitions:");
        for (const line of definitionLines([...CALIBRATE_LABELS])) out(`  ${line}`);
      } finally {
        await pool.close();
      }
    });
}
