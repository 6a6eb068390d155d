// The model-client layer: chat models and embeddings from config, tokens, usage, cost, errors.
export { createChatModel, RouterChatOllama, RouterChatOpenAICompletions, RouterChatOpenAI, DEFAULT_OLLAMA_BASE_URL } from "./chat-models.js";
export { createEmbeddings, DEFAULT_OLLAMA_EMBEDDING_MODEL, DEFAULT_OPENAI_EMBEDDING_MODEL } from "./embeddings.js";
export { countTokens, countMessageTokens, messageText } from "./tokens.js";
export { usageFromMessage, costOf, type TokenUsage, type ModelPricing } from "./usage.js";
export { classifyModelError, connectionCauseInWords, describeModelFailure, parseRetryAfter } from "./classify-model-error.js";
export type { FailedModelFacts } from "./classify-model-error.js";
export { createDeadlineFetch, ModelDeadlineError } from "./deadline-fetch.js";
