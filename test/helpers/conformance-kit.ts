/**
 * The conformance suites' set-up: RouteLLM's real server and router in front of the local protocol
 * servers (Ollama and OpenAI), with models of different capabilities, so each test can drive the
 * server with an official client and assert what the upstream received.
 */
import { pino } from "pino";
import { createRouter, createSeededRandom, parseConfig, type Router, type RouterConfigInput } from "../../src/index.js";
import { createServer, type RouteLLMServer } from "../../src/server/index.js";
import { startOllamaServer } from "./ollama-server.js";
import { startOpenAIServer } from "./openai-server.js";
import type { ProtocolServer, RecordedRequest } from "./scripted-http-server.js";

export const UPSTREAM_KEY = "sk-conformance-upstream-0123456789";
export const LOCAL_TEXT = "Local answer: 4.";
export const CLOUD_TEXT = "Cloud answer: 4.";

export interface ConformanceKit {
  ollama: ProtocolServer;
  openai: ProtocolServer;
  router: Router;
  server: RouteLLMServer;
  baseUrl: string;
  /** The last request an upstream received on a path ending with `suffix`. */
  lastTo(upstream: ProtocolServer, suffix: string): RecordedRequest;
  reset(): void;
  close(): Promise<void>;
}

/**
 * Models: `local-tools` (Ollama, tools and vision), `local-plain` (Ollama, no tools, no JSON),
 * `cloud` (OpenAI-compatible, tools, vision), embedding models `embed-local` and `embed-cloud`.
 * Verifiers are off so each request makes exactly one upstream call.
 */
export async function startConformanceKit(
  overrides: (models: { ollama: string; openai: string }) => Partial<RouterConfigInput> = () => ({}),
): Promise<ConformanceKit> {
  process.env.ROUTELLM_CONFORMANCE_KEY = UPSTREAM_KEY;
  const ollama = await startOllamaServer({ defaultText: LOCAL_TEXT });
  const openai = await startOpenAIServer({ defaultText: CLOUD_TEXT, apiKey: UPSTREAM_KEY });
  const common = { maxRetries: 0, timeoutMs: 20_000 } as const;
  const config = parseConfig({
    models: [
      {
        id: "local-tools",
        provider: "ollama",
        baseUrl: ollama.url,
        model: "llama3.1:8b",
        tier: "local",
        supportsTools: true,
        supportsVision: true,
        contextWindow: 131072,
        ...common,
      },
      { id: "local-plain", provider: "ollama", baseUrl: ollama.url, model: "gemma2:9b", tier: "local", supportsJson: false, ...common },
      {
        id: "cloud",
        provider: "openai-compatible",
        baseUrl: openai.url,
        model: "gpt-4o-mini",
        tier: "cloud",
        apiKeyEnv: "ROUTELLM_CONFORMANCE_KEY",
        supportsTools: true,
        supportsVision: true,
        contextWindow: 128000,
        pricing: { inputPer1M: 0.15, outputPer1M: 0.6 },
        ...common,
      },
    ],
    embeddingModels: [
      { id: "embed-local", provider: "ollama", baseUrl: ollama.url, model: "nomic-embed-text", tier: "local" },
      {
        id: "embed-cloud",
        provider: "openai-compatible",
        baseUrl: openai.url,
        model: "text-embedding-3-small",
        tier: "cloud",
        apiKeyEnv: "ROUTELLM_CONFORMANCE_KEY",
      },
    ],
    verifiers: { agreement: { enabled: false }, rules: { enabled: false } },
    health: { retryBaseMs: 1 },
    ...overrides({ ollama: ollama.url, openai: openai.url }),
  });
  const router = createRouter(config, { random: createSeededRandom(7) });
  const server = createServer({ router, logger: pino({ level: "silent" }), defaultMetrics: false, env: {} });
  const baseUrl = await server.listen({ port: 0, host: "127.0.0.1" });
  return {
    ollama,
    openai,
    router,
    server,
    baseUrl,
    lastTo(upstream, suffix) {
      const request = upstream.requestsTo(suffix).at(-1);
      if (request === undefined) throw new Error(`the upstream received nothing on ${suffix}`);
      return request;
    },
    reset() {
      ollama.setFallback({});
      openai.setFallback({});
    },
    async close() {
      await server.close(0);
      await router.close();
      await ollama.close();
      await openai.close();
    },
  };
}
