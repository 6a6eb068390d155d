import { isAbsolute, resolve } from "node:path";
import type { LoadedConfig } from "../config/load-config.js";
import { createEmbeddings } from "../models/embeddings.js";
import { loadSentenceEncoder, sentenceEncoderKey } from "../embeddings/sentence-encoder.js";
import { createRedisBanditStore } from "../stores/redis-bandit-store.js";
import { createSharedCircuits } from "../stores/shared-circuits.js";
import { createRedisClient } from "../redis/redis-client.js";
import { loadRouterModel } from "../learning/load-router-model.js";
import { createKnnSuccessPredictor } from "../learning/knn-success-predictor.js";
import { assertEncoderMatches } from "../learning/encoder-match.js";
import { createRouter, type RouterDependencies } from "./create-router.js";
import { loadExtensions } from "./load-extensions.js";
import type { Router } from "./types.js";

/**
 * `createRouter` for a loaded config file, the way the CLI, server and workers use it: the
 * configured embeddings, the Redis bandit store when `bandit.store.type` is redis, circuits shared
 * through Redis when `health.shared` is true, the learned model named by `classifier.learnedModel`
 * (relative to the config file's folder) and the graph extension modules named by `extensions`
 * (run before any `extend` given in the options).
 */
export async function createRouterFromConfig(loaded: LoadedConfig, dependencies: RouterDependencies = {}): Promise<Router> {
  const { config } = loaded;
  const resolved: RouterDependencies = { ...dependencies };
  if (!resolved.embeddings && config.classifier.embeddings.provider !== "builtin") resolved.embeddings = createEmbeddings(config.classifier.embeddings);
  // The opt-in sentence encoder's packages are optional: a missing one fails here (DEPENDENCY_MISSING), not on the first request.
  const { sentenceEncoder } = config.classifier.embeddings;
  if (sentenceEncoder !== "none" && config.classifier.embeddings.provider === "builtin" && config.classifier.routes.length > 0)
    await loadSentenceEncoder(sentenceEncoder, undefined, sentenceEncoderKey(config.classifier.embeddings));
  const { local } = config.classifier.embeddings;
  if (!resolved.localEmbeddings && config.classifier.embeddings.provider === "openai" && local.provider === "ollama")
    resolved.localEmbeddings = createEmbeddings({ ...local, dimensions: config.classifier.embeddings.dimensions });
  if (!resolved.banditStore && config.bandit.store.type === "redis") {
    resolved.banditStore = createRedisBanditStore({
      url: config.bandit.store.url ?? "redis://127.0.0.1:6379",
      keyPrefix: config.bandit.store.keyPrefix,
      readCacheMs: config.bandit.store.readCacheMs,
      writeBehindMs: config.bandit.store.writeBehindMs,
    });
  }
  if (!resolved.circuitSync && config.health.shared) {
    const redis = createRedisClient(config.health.redisUrl ?? config.bandit.store.url ?? config.server.redisUrl ?? "redis://127.0.0.1:6379", {
      maxRetriesPerRequest: 1,
      commandTimeout: 2000,
      enableAutoPipelining: true,
    });
    const onError = dependencies.hooks?.onStoreError;
    redis.on("error", () => undefined); // failures surface through the commands, reported below
    resolved.circuitSync = createSharedCircuits({
      redis,
      ownsClient: true,
      keyPrefix: config.health.keyPrefix,
      openMs: config.health.openMs,
      syncMs: config.health.sharedSyncMs,
      ...(onError ? { onError: (error: unknown) => onError("shared-circuits", error) } : {}),
    });
  }
  if (!resolved.successPredictor && config.classifier.learnedModel) {
    const path = isAbsolute(config.classifier.learnedModel) ? config.classifier.learnedModel : resolve(loaded.baseDir, config.classifier.learnedModel);
    const model = await loadRouterModel(path);
    assertEncoderMatches(model.encoder, config.classifier.embeddings, config.classifier.learnedModel);
    resolved.successPredictor = createKnnSuccessPredictor(model);
  }
  const given = dependencies.extend === undefined ? [] : typeof dependencies.extend === "function" ? [dependencies.extend] : dependencies.extend;
  resolved.extend = [...(await loadExtensions(config)), ...given];
  return createRouter(config, resolved);
}
