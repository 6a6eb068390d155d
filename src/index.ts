// RouteLLM public API. Server, workers, CLI and examples import only from here
// (and from the config, server, batch and simulation entry points, which themselves import from here).
export * from "./config/index.js";
export type { ModelConfig, EmbeddingModelConfig, Tier, Provider } from "./config/sections/models.js";
export { PARAM_SPECS, type GenerationParams, type RequestExtras, type ResponseFormat } from "./policies/request-params.js";
export type { PrivacyPolicy } from "./config/sections/privacy.js";
export { createVirtualClock, createSeededRandom, systemClock, type Clock, type VirtualClock, type RandomSource } from "./policies/clock.js";
export type { BanditStore, ArmStats, DecisionStore, DecisionRecord } from "./stores/bandit-store.js";
export { createMemoryBanditStore } from "./stores/memory-bandit-store.js";
export { luaScript, type LuaScript } from "./stores/lua-script.js";
export { HashedEmbeddings } from "./embeddings/hashed-embeddings.js";
export * from "./router/types.js";
export * from "./privacy/index.js";
export * from "./learning/index.js";
export { createRouter, type RouterOptions, type RouterDependencies, type RouterGraphExtension } from "./router/create-router.js";
export {
  RouterGraphDefinition,
  ROUTER_NODES,
  fusedNodeName,
  type RouterNodeFunction,
  type RouterEdge,
  type RouterNodeOptions,
  type RouterGraphCompileOptions,
  type CompiledRouterGraph,
} from "./graphs/router-graph.js";
export {
  RouterState,
  type RouterStateValue,
  type RouterStateUpdate,
  type AnswerRecord,
  type RequestOptions,
  type PrivacyDecision,
  type TriageDecision,
  type CandidateScore,
} from "./state/router-state.js";
export { ROUTELLM_INTERNAL_TAG, type RouterRuntime, type RouterHooks, type ModelBinding } from "./nodes/node-runtime.js";
export { extractFinalAnswer, answersAgree, normaliseAnswer } from "./policies/answer-extraction.js";
export { computeTriageFeatures, scoreComplexity } from "./policies/triage-features.js";
export { BUILTIN_PROFILES } from "./nodes/profiles.js";
export { RouterChatModel, type RouterChatModelFields, type RouterChatModelCallOptions } from "./router/router-chat-model.js";
export { createRouterFromConfig } from "./router/create-router-from-config.js";
export { loadExtensions } from "./router/load-extensions.js";
export {
  createChatModel,
  createEmbeddings,
  countTokens,
  countMessageTokens,
  messageText,
  usageFromMessage,
  costOf,
  classifyModelError,
  connectionCauseInWords,
  describeModelFailure,
  type FailedModelFacts,
  parseRetryAfter,
  DEFAULT_OLLAMA_BASE_URL,
} from "./models/index.js";
export { createRedisBanditStore, type RedisBanditStore, type RedisBanditStoreOptions } from "./stores/redis-bandit-store.js";
export { createRedisClient, describeRedisTarget, withHashTag, type RedisClient, type RedisTarget } from "./redis/redis-client.js";
