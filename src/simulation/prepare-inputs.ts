import { basename } from "node:path";
import { RouterError, type RouterConfig } from "../index.js";
import { loadReplayItems, isTrainId, type DatasetSummary, type ReplayItem } from "./dataset.js";
import { generateSyntheticItems, loadFittedParameters, loadWorkload } from "./synthetic-workload.js";
import type { SimulationInput } from "./run-simulation.js";

export interface DataSources {
  /** Files split deterministically into train and test. */
  dataset?: readonly string[];
  train?: readonly string[];
  test?: readonly string[];
  /** Built-in workload (used when no file is given): override of the fitted parameters / workload files. */
  parametersFile?: string;
  workloadFile?: string;
  /** Requests drawn from the built-in workload (default: the workload's own count). */
  requests?: number;
  /** Keep at most this many held-out prompts (first ones in file order). */
  limit?: number;
}

export interface PreparedInputs {
  testItems: ReplayItem[];
  trainItems: ReplayItem[];
  dataset: SimulationInput["dataset"];
}

function emptySummary(files: string[]): DatasetSummary {
  return { files, prompts: 0, skipped: 0, missing: {}, texts: 0 };
}

/**
 * Loads the prompts to replay: explicit `--train`/`--test` files, a deterministic split of
 * `--dataset` files (by a hash of each prompt id; `simulation.trainFraction` goes to training),
 * or, with no file, the built-in synthetic workload (split the same way).
 */
export async function prepareInputs(config: RouterConfig, sources: DataSources, seed: number): Promise<PreparedInputs> {
  const models = config.simulation.models;
  const trainFraction = config.simulation.trainFraction;
  const limit = (items: ReplayItem[]) => (sources.limit !== undefined ? items.slice(0, sources.limit) : items);
  if (sources.train?.length || sources.test?.length) {
    if (!sources.train?.length || !sources.test?.length)
      throw new RouterError("INVALID_REQUEST", "give both --train and --test files, or --dataset files to split");
    if (sources.dataset?.length) throw new RouterError("INVALID_REQUEST", "give either --dataset or --train/--test, not both");
    const train = await loadReplayItems(sources.train, { models });
    const test = await loadReplayItems(sources.test, { models });
    return {
      testItems: limit(test.items),
      trainItems: train.items,
      dataset: {
        name: sources.test.map((file) => basename(file)).join(" + "),
        files: [...sources.test],
        synthetic: false,
        test: test.summary,
        train: train.summary,
      },
    };
  }
  if (sources.dataset?.length) {
    const test = await loadReplayItems(sources.dataset, { models, side: "test", trainFraction });
    const train = await loadReplayItems(sources.dataset, { models, side: "train", trainFraction });
    return {
      testItems: limit(test.items),
      trainItems: train.items,
      dataset: {
        name: sources.dataset.map((file) => basename(file)).join(" + "),
        files: [...sources.dataset],
        synthetic: false,
        test: test.summary,
        train: train.summary,
      },
    };
  }
  if (Object.keys(models).length === 0)
    throw new RouterError("CONFIG_INVALID", "simulation.models maps no configured model to a model name of the fitted parameters");
  const workload = loadWorkload(sources.workloadFile);
  const fitted = loadFittedParameters(sources.parametersFile);
  // The fitted parameters are per recorded model name: a list mapping uses its first name.
  const firstNames = Object.fromEntries(Object.entries(models).map(([id, names]) => [id, [names].flat()[0]!]));
  const all = generateSyntheticItems(workload, fitted, firstNames, seed, sources.requests);
  const testItems = all.filter((item) => !isTrainId(item.id, trainFraction));
  const trainItems = all.filter((item) => isTrainId(item.id, trainFraction));
  const summary = emptySummary(["(built-in workload)"]);
  summary.prompts = testItems.length;
  return {
    testItems: limit(testItems),
    trainItems,
    dataset: { name: "built-in synthetic workload", files: [], synthetic: true, test: summary },
  };
}
