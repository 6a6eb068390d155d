import { readFile, writeFile } from "node:fs/promises";
import { RouterError } from "../errors.js";
import { createKnnSuccessPredictor, type KnnPredictorOptions, type LearnedSuccessPredictor } from "./knn-success-predictor.js";
import { deserialiseRouterModel, serialiseRouterModel, type RouterModel } from "./router-model.js";

/** Reads a router model file written by `routellm train`. */
export async function loadRouterModel(path: string): Promise<RouterModel> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (cause) {
    throw new RouterError("CONFIG_INVALID", `cannot read the learned router model ${path}`, { cause, details: { path } });
  }
  return deserialiseRouterModel(text, path);
}

/** Writes a router model file. */
export async function saveRouterModel(path: string, model: RouterModel): Promise<void> {
  await writeFile(path, serialiseRouterModel(model), "utf8");
}

/** The learned success predictor of a router model file (nearest neighbours over its examples). */
export async function loadSuccessPredictor(path: string, options?: KnnPredictorOptions): Promise<LearnedSuccessPredictor> {
  return createKnnSuccessPredictor(await loadRouterModel(path), options);
}
