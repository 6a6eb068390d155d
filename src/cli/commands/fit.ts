import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { DEFAULT_CONFIG, resolveConfig, RouterError } from "../../index.js";
import { DEFAULT_PARAMETERS_PATH, fitParameters } from "../../simulation/index.js";

interface FitOptions {
  dataset: string[];
  domains?: string;
  models?: string;
  config?: string;
  out: string;
}

export function registerFitCommand(program: Command): void {
  program
    .command("fit")
    .description("Fit the item-response model of the built-in synthetic workload (per-model, per-domain ability) from recorded outcome files")
    .requiredOption("--dataset <files...>", "*.outcomes.jsonl files")
    .option("--domains <list>", "comma-separated domain of each --dataset file, in order (default: each prompt's category, else general)")
    .option("--models <list>", "comma-separated model names to keep (default: the config's simulation.models names); every model still calibrates the items")
    .option("-c, --config <file>", "config file whose simulation.models names are kept")
    .option("-o, --out <file>", "where to write the parameters", DEFAULT_PARAMETERS_PATH)
    .action(async (options: FitOptions) => {
      const domains = options.domains?.split(",").map((name) => name.trim());
      if (domains && domains.length !== options.dataset.length)
        throw new RouterError("INVALID_REQUEST", `--domains names ${domains.length} domains for ${options.dataset.length} --dataset files`);
      const keepModels = options.models
        ? options.models
            .split(",")
            .map((name) => name.trim())
            .filter(Boolean)
        : Object.values(resolveConfig(options.config, DEFAULT_CONFIG).config.simulation.models).flat();
      const started = performance.now();
      const fitted = await fitParameters(
        options.dataset.map((file, index) => ({ file, ...(domains?.[index] ? { domain: domains[index] } : {}) })),
        keepModels.length > 0 ? { keepModels } : {},
      );
      const document = {
        _doc: "Item-response parameters of RouteLLM's built-in synthetic workload, fitted by `routellm fit` from recorded outcome files: P(success) = sigmoid(ability - difficulty) per model and domain. Refit: routellm fit --dataset FILE... --domains LIST.",
        ...fitted,
      };
      await writeFile(options.out, `${JSON.stringify(document, null, 1)}\n`);
      const models = Object.keys(fitted.models).length;
      process.stdout.write(
        `Fitted ${models} models over ${Object.keys(fitted.domains).length} domains (${fitted.sources.map((source) => `${source.file} as ${source.domain}`).join(", ")}) in ${((performance.now() - started) / 1000).toFixed(1)} s; wrote ${options.out}\n`,
      );
    });
}
