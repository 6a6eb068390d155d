import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { ModelConfig, RouterConfig } from "../index.js";
import type { BatchConfig } from "./batch-settings.js";
import type { BatchKeys } from "./keys.js";
import type { RedisClient } from "./redis-connection.js";
import { createModelGate, type ModelGate, type ModelLimits } from "./model-gate.js";
import { GatedChatModel } from "./gated-chat-model.js";

/** The limits batch workers apply to one configured model. */
export function limitsOf(model: ModelConfig, settings: Pick<BatchConfig, "localModelConcurrency">): ModelLimits {
  const localCap = model.tier === "local" && settings.localModelConcurrency > 0 ? settings.localModelConcurrency : undefined;
  return {
    requestsPerMinute: model.rateLimit?.requestsPerMinute,
    tokensPerMinute: model.rateLimit?.tokensPerMinute,
    maxConcurrency: model.maxConcurrency ?? localCap,
    leaseMs: model.timeoutMs + 5_000,
    watchCooldown: model.tier === "cloud",
    // Waits at the gate run inside the model call's timeout: keep them to half of it.
    maxWaitMs: Math.floor(model.timeoutMs / 2),
    modelId: model.id,
  };
}

export interface ModelGates {
  gate(modelId: string): ModelGate | undefined;
  /** The chat model behind its gate (unchanged when the model has no limit at all). */
  wrap(modelId: string, chat: BaseChatModel): BaseChatModel;
  /** Every model of `models` wrapped. */
  wrapAll(models: Record<string, BaseChatModel>): Record<string, BaseChatModel>;
}

export function createModelGates(
  config: Pick<RouterConfig, "models">,
  redis: RedisClient,
  keys: BatchKeys,
  settings: Pick<BatchConfig, "localModelConcurrency">,
): ModelGates {
  const gates = new Map<string, ModelGate>();
  for (const model of config.models)
    gates.set(model.id, createModelGate(redis, { rate: keys.rateLimit(model.id), concurrency: keys.concurrency(model.id) }, limitsOf(model, settings)));
  const wrap = (modelId: string, chat: BaseChatModel): BaseChatModel => {
    const gate = gates.get(modelId);
    return gate && gate.limited ? new GatedChatModel(chat, gate) : chat;
  };
  return {
    gate: (modelId) => gates.get(modelId),
    wrap,
    wrapAll: (models) => Object.fromEntries(Object.entries(models).map(([id, chat]) => [id, wrap(id, chat)])),
  };
}
