import type { RouterConfig } from "../../config/schema.js";
import { hashedVector } from "../../policies/hashed-vector.js";
import { loadReplayItems, type ReplayItem } from "../../simulation/dataset.js";
import type { EncoderInfo } from "../router-model.js";
import { RouterError } from "../../errors.js";
import type { EvalModel } from "./cascade-replay.js";

/** Default share of each file's prompts used for training (the rest is held out), as `routellm simulate` splits. */
export const DEFAULT_TRAIN_FRACTION = 0.5;

export interface EvaluationData {
  models: EvalModel[];
  ladder: string[];
  train: ReplayItem[];
  test: ReplayItem[];
}

/** The folds of an evaluation: train -> test, and with `crossValidate` also test -> train (every prompt held out once). */
export function foldsOf(data: EvaluationData, crossValidate: boolean): Array<{ train: ReplayItem[]; test: ReplayItem[] }> {
  const folds = [{ train: data.train, test: data.test }];
  if (crossValidate) folds.push({ train: data.test, test: data.train });
  return folds;
}

/** The configured models that `simulation.models` maps to dataset names, in ladder order. */
export function evaluationModels(config: RouterConfig): { models: EvalModel[]; ladder: string[] } {
  const mapped = new Set(Object.keys(config.simulation.models));
  const ladder = (
    config.ladder ??
    [...config.models.filter((model) => model.tier === "local"), ...config.models.filter((model) => model.tier === "cloud")].map((model) => model.id)
  ).filter((id) => mapped.has(id));
  if (ladder.length === 0) throw new RouterError("CONFIG_INVALID", "simulation.models maps none of the ladder's models to a dataset model name");
  const byId = new Map(config.models.map((model) => [model.id, model]));
  return { models: ladder.map((id) => ({ id, tier: byId.get(id)!.tier, pricing: byId.get(id)!.pricing })), ladder };
}

/**
 * Loads train and test items: explicit `trainFiles`/`testFiles`, or a deterministic split of
 * `files` by prompt id (the same split as `routellm simulate`).
 */
export async function loadEvaluationData(
  config: RouterConfig,
  source: { files?: readonly string[]; trainFiles?: readonly string[]; testFiles?: readonly string[]; trainFraction?: number },
): Promise<EvaluationData> {
  const { models, ladder } = evaluationModels(config);
  const mapping = Object.fromEntries(ladder.map((id) => [id, config.simulation.models[id]!]));
  const trainFraction = source.trainFraction ?? DEFAULT_TRAIN_FRACTION;
  const load = async (files: readonly string[], side?: "train" | "test") => (await loadReplayItems(files, { models: mapping, side, trainFraction })).items;
  if (source.trainFiles?.length || source.testFiles?.length) {
    if (!source.trainFiles?.length || !source.testFiles?.length)
      throw new RouterError("INVALID_REQUEST", "give both --train and --test files, or --dataset files to split");
    return { models, ladder, train: await load(source.trainFiles), test: await load(source.testFiles) };
  }
  if (!source.files?.length) throw new RouterError("INVALID_REQUEST", "no dataset file given");
  return { models, ladder, train: await load(source.files, "train"), test: await load(source.files, "test") };
}

/** The built-in encoder as configured, with its description for the learned model. */
export function builtinEncoder(config: RouterConfig): { embed: (text: string) => Float32Array; encoder: EncoderInfo } {
  const embeddings = config.classifier.embeddings;
  if (embeddings.provider !== "builtin")
    throw new RouterError(
      "CONFIG_INVALID",
      `offline training and evaluation use the built-in encoder; classifier.embeddings.provider is "${embeddings.provider}"`,
    );
  const dimensions = embeddings.dimensions;
  return { embed: (text) => hashedVector(text, dimensions), encoder: { provider: "builtin", dimensions } };
}
