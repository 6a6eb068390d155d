import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import {
  createChatModel,
  createRouterFromConfig,
  toLoadedConfig,
  type LoadedConfig,
  type ModelConfig,
  type Router,
  type RouterConfig,
  type RouterDependencies,
} from "../index.js";
import type { BatchConfig } from "./batch-settings.js";
import type { BatchKeys } from "./keys.js";
import type { RedisClient } from "./redis-connection.js";
import { createModelGates } from "./gated-models.js";

export interface BatchRouterOptions {
  /** Connection for the shared model gates (rate limits, concurrency caps). */
  redis: RedisClient;
  keys: BatchKeys;
  settings: BatchConfig;
  /** Passed on to the router; `models` and `createChatModel` are wrapped in the shared gates. */
  dependencies?: RouterDependencies;
}

/** Router dependencies whose every chat model sits behind its shared Redis gate. */
export function gatedRouterDependencies(config: RouterConfig, options: BatchRouterOptions): RouterDependencies {
  const gates = createModelGates(config, options.redis, options.keys, options.settings);
  const dependencies = options.dependencies ?? {};
  const build = dependencies.createChatModel ?? ((model: ModelConfig) => createChatModel(model));
  const models: Record<string, BaseChatModel> | undefined = dependencies.models ? gates.wrapAll(dependencies.models) : undefined;
  return {
    ...dependencies,
    ...(models === undefined ? {} : { models }),
    createChatModel: (model) => gates.wrap(model.id, build(model)),
  };
}

/**
 * The router a batch worker runs: the same graph, wired from the config as the CLI and server wire
 * it (embeddings, bandit store, learned model), with every chat model behind its shared gate
 * (requests/tokens per minute, concurrency cap, 429 cool-down).
 */
export async function createBatchRouter(config: RouterConfig | LoadedConfig, options: BatchRouterOptions): Promise<Router> {
  const loaded = toLoadedConfig(config);
  return createRouterFromConfig(loaded, gatedRouterDependencies(loaded.config, options));
}
