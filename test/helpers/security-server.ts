/**
 * The real `routellm serve` (startServer: config -> router -> fastify) in front of the local Ollama
 * and OpenAI protocol servers, for the security tests (test/int/security-*.int.test.ts). Two
 * models: `local` (Ollama, free) and `cloud` (OpenAI-compatible, priced per `cloudPricing`). Logs
 * are kept in `logs` (one JSON line each) so a test can read what the server wrote.
 */
import { createHash } from "node:crypto";
import { pino } from "pino";
import { parseConfig, type Clock, type RouterConfig } from "../../src/index.js";
import { startServer, type StartedServer } from "../../src/server/index.js";
import { startOllamaServer } from "./ollama-server.js";
import { startOpenAIServer } from "./openai-server.js";
import type { ProtocolServer } from "./scripted-http-server.js";

export interface SecurityServer {
  url: string;
  started: StartedServer;
  ollama: ProtocolServer;
  openai: ProtocolServer;
  /** Server log lines, parsed. */
  logs: Array<Record<string, unknown>>;
  /** The validated config the server runs (to build a batch worker's router from). */
  config: RouterConfig;
  stop(): Promise<void>;
}

export interface SecurityServerOptions {
  /** The `server` config section. */
  server?: Record<string, unknown>;
  /** The `batch` config section (with `server.batchRoutes: true`). */
  batch?: Record<string, unknown>;
  /** Other top-level config sections (bandit, privacy...). */
  sections?: Record<string, unknown>;
  /** Environment of the server (client keys from `ROUTELLM_API_KEYS`...). */
  env?: NodeJS.ProcessEnv;
  cloudPricing?: { inputPer1M: number; outputPer1M: number };
  /** Delay before each streamed token of both upstreams (makes requests overlap). */
  tokenDelayMs?: number;
  host?: string;
  /** Wall clock for the server's rate windows and budget days (default: `Date.now()`). */
  clock?: Clock;
}

export const sha256Hex = (value: string): string => createHash("sha256").update(value).digest("hex");

export async function startSecurityServer(options: SecurityServerOptions = {}): Promise<SecurityServer> {
  const delay = options.tokenDelayMs === undefined ? {} : { tokenDelayMs: options.tokenDelayMs };
  const ollama = await startOllamaServer({ defaultText: "Local answer.", fallback: () => ({ ...delay }) });
  const openai = await startOpenAIServer({ defaultText: "Cloud answer.", fallback: () => ({ ...delay }) });
  const config = parseConfig({
    models: [
      { id: "local", provider: "ollama", baseUrl: ollama.url, model: "llama3.1:8b", tier: "local", maxRetries: 0 },
      {
        id: "cloud",
        provider: "openai-compatible",
        baseUrl: openai.url,
        model: "gpt-4o-mini",
        tier: "cloud",
        maxRetries: 0,
        pricing: options.cloudPricing ?? { inputPer1M: 0, outputPer1M: 0 },
      },
    ],
    verifiers: { agreement: { enabled: false } },
    server: { logLevel: "info", ...options.server },
    ...(options.batch === undefined ? {} : { batch: options.batch }),
    ...options.sections,
  });
  const logs: Array<Record<string, unknown>> = [];
  const logger = pino({ level: "info" }, { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  const started = await startServer({
    config,
    port: 0,
    host: options.host ?? "127.0.0.1",
    handleSignals: false,
    logger,
    env: options.env ?? {},
    defaultMetrics: false,
    ...(options.clock === undefined ? {} : { clock: options.clock }),
  });
  return {
    url: started.url,
    started,
    ollama,
    openai,
    logs,
    config,
    async stop() {
      await started.stop();
      await ollama.close();
      await openai.close();
    },
  };
}
