// RouteLLM's OpenAI- and Ollama-compatible HTTP server. Uses the core only through src/index.ts.
export { createServer, type CreateServerOptions, type RouteLLMServer } from "./create-server.js";
export { startServer, type StartServerOptions, type StartedServer } from "./start-server.js";
export { startCluster, type ClusterOptions } from "./start-cluster.js";
export { HttpError, toHttpError, type OpenAiErrorBody } from "./http-errors.js";
export { createApiKeyVerifier, sha256 as hashApiKey, type ClientIdentity } from "./api-keys.js";
export { createServerMetrics, type ServerMetrics } from "./metrics.js";
export type { ServerSettings } from "./settings.js";
export { httpModelProbe, type ModelProbe, type ReadinessReport } from "./readiness.js";
