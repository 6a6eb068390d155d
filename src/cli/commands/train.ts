import { stat } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import type { Command } from "commander";
import { DEFAULT_CONFIG, DEFAULT_CONFIG_FILE, resolveConfig, saveRouterModel, RouterError, proposeRoutes, type ProposedRoute } from "../../index.js";
import { stringify } from "yaml";
import {
  createPromptEncoder,
  evaluateLearnedRouting,
  foldsOf,
  formatEvaluationReport,
  loadEvaluationData,
  trainOnItems,
  updateConfigFile,
  createConfigFile,
  DEFAULT_TRAIN_FRACTION,
} from "../../learning/evaluation/index.js";
import { reportEmbeddingProgress } from "./embedding-progress.js";

interface TrainCommandOptions {
  dataset: string[];
  config?: string;
  out: string;
  all?: boolean;
  trainFraction: string;
  components: string;
  neighbours: string;
  evaluate?: boolean;
  writeConfig?: boolean;
  proposeRoutes?: boolean;
  json?: boolean;
}

function positiveNumber(text: string, flag: string, integer = false): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value)))
    throw new RouterError("INVALID_REQUEST", `${flag} must be a ${integer ? "whole " : ""}number >= 0, got "${text}"`);
  return value;
}

export function registerTrainCommand(program: Command): void {
  program
    .command("train")
    .description("Learn a router model (per-model success by nearest neighbours, agreement reliabilities) from recorded outcomes")
    .requiredOption("--dataset <files...>", "*.outcomes.jsonl files")
    .option("-c, --config <file>", "config file; simulation.models maps model ids to dataset model names")
    .option("-o, --out <file>", "where to write the router model", "router-model.json")
    .option("--all", "learn from every prompt (default: only the train side of the split `routellm simulate` uses, so its held-out figures stay honest)")
    .option("--train-fraction <x>", "share of prompts on the train side of the split", String(DEFAULT_TRAIN_FRACTION))
    .option("--components <n>", "PCA components kept from the embeddings (0 = raw vectors)", "64")
    .option("--neighbours <k>", "nearest neighbours per prediction", "40")
    .option("--evaluate", "also route the held-out side with the learned model and print it against the baselines")
    .option("--write-config", "set classifier.learnedModel in the config file to the written model (and add the proposed routes with --propose-routes)")
    .option("--propose-routes", "propose semantic routes: clusters of training prompts where one tier reliably wins (printed as YAML for review)")
    .option("--json", "print a JSON summary")
    .action(async (options: TrainCommandOptions) => {
      const started = performance.now();
      const loaded = resolveConfig(options.config, DEFAULT_CONFIG);
      const trainFraction = positiveNumber(options.trainFraction, "--train-fraction");
      const data = await loadEvaluationData(loaded.config, { files: options.dataset, trainFraction });
      const items = options.all ? [...data.train, ...data.test] : data.train;
      const { embed, encoder } = await createPromptEncoder(
        loaded.config,
        [...data.train, ...data.test].map((item) => item.prompt),
        { onProgress: reportEmbeddingProgress },
      );
      const trainOptions = {
        components: positiveNumber(options.components, "--components", true),
        neighbours: positiveNumber(options.neighbours, "--neighbours", true),
        files: options.dataset,
      };
      const model = await trainOnItems(items, { models: data.models, embed, encoder, trainOptions });
      model.models.forEach((info) => (info.datasetName = [loaded.config.simulation.models[info.id] ?? info.id].flat().join(" | ")));
      await saveRouterModel(options.out, model);
      const seconds = (performance.now() - started) / 1000;
      const bytes = (await stat(options.out)).size;
      let configWritten: string | undefined;
      const proposedRoutes = options.proposeRoutes ? proposeRoutes(items, { tiers: new Map(data.models.map((entry) => [entry.id, entry.tier])) }) : undefined;
      if (options.writeConfig) {
        // No config file yet: start ./routellm.config.yaml from the embedded default the command ran with.
        const target = loaded.path ?? (await createConfigFile(resolve(DEFAULT_CONFIG_FILE), DEFAULT_CONFIG));
        const routes = proposedRoutes ? mergeProposedRoutes(loaded.config.classifier.routes, proposedRoutes) : undefined;
        await updateConfigFile(target, [
          { path: ["classifier", "learnedModel"], value: relative(dirname(target), resolve(options.out)) || options.out },
          ...(routes ? [{ path: ["classifier", "routes"], value: routes }] : []),
        ]);
        configWritten = loaded.path ? target : `${target} (created from the embedded default config)`;
      }
      const evaluation = options.evaluate
        ? await evaluateLearnedRouting({
            models: data.models,
            ladder: data.ladder,
            folds: foldsOf(data, false),
            embed,
            encoder,
            trainOptions,
            routerModel: options.all ? undefined : model,
          })
        : undefined;
      if (options.json) {
        process.stdout.write(
          `${JSON.stringify({ out: options.out, bytes, seconds, prompts: model.examples.count, models: model.models, agreement: model.agreement, proposedRoutes, evaluation })}\n`,
        );
        return;
      }
      process.stdout.write(
        `trained on ${model.examples.count} prompts (${options.all ? "all" : "train side of the split"}) in ${seconds.toFixed(1)} s -> ${options.out} (${(bytes / 1024).toFixed(0)} KiB)\n`,
      );
      for (const info of model.models)
        process.stdout.write(`  ${info.id.padEnd(24)} mean score ${info.meanScore.toFixed(3)}  ~${info.meanOutputTokens.toFixed(0)} output tokens\n`);
      for (const pair of model.agreement)
        process.stdout.write(
          pair.prompts === 0 || pair.agreeRate === 0
            ? `  agreement ${pair.models.join(" + ")}: never the same final answer (free-form answers cannot be compared), so agreement is not used\n`
            : `  agreement ${pair.models.join(" + ")}: agree on ${(pair.agreeRate * 100).toFixed(1)}% of ${pair.prompts} prompts with comparable answers, then right ${(pair.correctWhenAgree * 100).toFixed(1)}% (vs ${(pair.correctWhenDisagree * 100).toFixed(1)}% when not)\n`,
        );
      if (model.options.freeFormPriorStrength !== undefined)
        process.stdout.write(
          `  where answers cannot be compared: neighbours' rates pulled toward each model's mean by ${model.options.freeFormPriorStrength} pseudo-observations (leave-one-out fit)\n`,
        );
      for (const pair of model.freeFormVerifier?.pairs ?? [])
        process.stdout.write(
          `  free-form verifier ${pair.models.join(" + ")}: ${pair.prompts} prompts with answer texts, out-of-fold log-loss ${pair.logLoss.verifier.toFixed(3)} vs ${pair.logLoss.constant.toFixed(3)} for each model's mean; keeps ${pair.keepGain > 0 ? "the answer it rates higher" : `${pair.betterOnAverage}'s answer (better on average)`}\n`,
        );
      if (proposedRoutes) process.stdout.write(formatProposedRoutes(proposedRoutes, options.writeConfig === true));
      if (configWritten)
        process.stdout.write(`classifier.learnedModel${proposedRoutes ? " and classifier.routes" : ""} set in ${configWritten}
`);
      if (evaluation) process.stdout.write(`\n${formatEvaluationReport(evaluation)}\n`);
    });
}

/** The user's own routes are kept; proposals replace earlier proposals of the same name. */
function mergeProposedRoutes(existing: ReadonlyArray<{ name: string }>, proposed: readonly ProposedRoute[]): unknown[] {
  const names = new Set(proposed.map((route) => route.name));
  return [...existing.filter((route) => !names.has(route.name)), ...proposed.map(({ name, utterances, prefer }) => ({ name, utterances, prefer }))];
}

function formatProposedRoutes(routes: readonly ProposedRoute[], written: boolean): string {
  if (routes.length === 0) return "\nno route proposed: no cluster of training prompts where one tier reliably wins\n";
  const evidence = routes.map(
    (route) =>
      `  ${route.name}: ${route.prompts} training prompts, local as good as cloud on ${route.localWins}, cloud clearly better on ${route.cloudClearlyBetter}`,
  );
  const yaml = stringify({ classifier: { routes: routes.map(({ name, utterances, prefer }) => ({ name, utterances, prefer })) } });
  return `\nproposed routes (${written ? "added to the config" : "review, then add under classifier.routes"}):\n${evidence.join("\n")}\n\n${yaml}`;
}
