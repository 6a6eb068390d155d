/**
 * The security tests' set-up: RouteLLM's real server (built from a config through
 * createRouterFromConfig, as `routellm serve` does) in front of a local Ollama protocol server
 * (model `llama-local`, tier local) and a local OpenAI protocol server (models `gpt-cloud` and
 * `gpt-judge` and the embeddings API, tier cloud), both recording every request body. Privacy:
 * e-mail addresses are redacted, every other category (an IBAN, say) pins the request local.
 *
 *   const rig = await startSecurityRig({ verifiers: { judge: { enabled: true, model: "gpt-judge" } } });
 *   await rig.client().chat.completions.create({ model: "routellm/auto", messages });
 *   rig.expectNoCloudLeak([EMAIL, IBAN]);
 */
import OpenAI from "openai";
import { pino } from "pino";
import { expect } from "vitest";
import { createRouterFromConfig, parseConfig, type Router, type RouterConfigInput } from "../../src/index.js";
import { createServer, type RouteLLMServer } from "../../src/server/index.js";
import { startOllamaServer } from "./ollama-server.js";
import { startOpenAIServer } from "./openai-server.js";
import type { ProtocolServer, ScriptedServerOptions } from "./scripted-http-server.js";

/** Redacted for the cloud (policy `redact`). */
export const EMAIL = "jane.roe@acme-mail.de";
/** Keeps the request local (default policy `local-only`). */
export const IBAN = "DE44 5001 0517 5407 3249 31";

const UPSTREAM_KEY = "sk-security-rig-0123456789";
const KEY_VARIABLE = "ROUTELLM_TEST_SECURITY_RIG_KEY";

export interface SecurityRig {
  ollama: ProtocolServer;
  openai: ProtocolServer;
  router: Router;
  server: RouteLLMServer;
  baseUrl: string;
  /** The official OpenAI SDK pointed at RouteLLM's server. */
  client(): OpenAI;
  /** Every body the cloud (the OpenAI protocol server) received: chat, judge, triage, peer and embeddings calls. */
  cloudBodies(): string[];
  /** Fails when any cloud request body holds one of the values. */
  expectNoCloudLeak(values: readonly string[]): void;
  close(): Promise<void>;
}

export interface SecurityRigOptions {
  ollama?: ScriptedServerOptions;
  openai?: ScriptedServerOptions;
}

/** `extra` is merged over the base config; it gets the upstream URLs (e.g. for an embeddings baseUrl). */
export async function startSecurityRig(
  extra: (urls: { ollama: string; openai: string }) => Partial<RouterConfigInput> = () => ({}),
  options: SecurityRigOptions = {},
): Promise<SecurityRig> {
  process.env[KEY_VARIABLE] = UPSTREAM_KEY;
  const ollama = await startOllamaServer({ defaultText: "Local answer: 4.", ...options.ollama });
  const openai = await startOpenAIServer({ defaultText: "Cloud answer: 4.", apiKey: UPSTREAM_KEY, ...options.openai });
  const cloud = (id: string, model: string) => ({
    id,
    provider: "openai-compatible" as const,
    baseUrl: openai.url,
    model,
    tier: "cloud" as const,
    apiKeyEnv: KEY_VARIABLE,
    maxRetries: 0,
    timeoutMs: 10_000,
    supportsTools: true,
    pricing: { inputPer1M: 2.5, outputPer1M: 10 },
  });
  const base: RouterConfigInput = {
    models: [
      {
        id: "llama-local",
        provider: "ollama",
        baseUrl: ollama.url,
        model: "llama3.1:8b",
        tier: "local",
        maxRetries: 0,
        timeoutMs: 10_000,
        supportsTools: true,
      },
      cloud("gpt-cloud", "gpt-4o-mini"),
      cloud("gpt-judge", "gpt-4o"),
    ],
    ladder: ["llama-local", "gpt-cloud", "gpt-judge"],
    privacy: { categories: { email: "redact" } },
    verifiers: { agreement: { enabled: false } },
    health: { retryBaseMs: 1 },
  };
  const config = parseConfig({ ...base, ...extra({ ollama: ollama.url, openai: openai.url }) });
  const router = await createRouterFromConfig({ config, path: undefined, baseDir: process.cwd() });
  const server = createServer({ router, logger: pino({ level: "silent" }), defaultMetrics: false, env: {} });
  const baseUrl = await server.listen({ port: 0, host: "127.0.0.1" });
  const cloudBodies = () => openai.requests.filter((request) => request.method === "POST").map((request) => request.rawBody);
  return {
    ollama,
    openai,
    router,
    server,
    baseUrl,
    client: () => new OpenAI({ baseURL: `${baseUrl}/v1`, apiKey: "unused", maxRetries: 0 }),
    cloudBodies,
    expectNoCloudLeak(values) {
      for (const body of cloudBodies()) for (const value of values) expect(body, "a sensitive value reached the cloud").not.toContain(value);
    },
    async close() {
      await server.close(0);
      await router.close();
      await ollama.close();
      await openai.close();
    },
  };
}

/** The cloud request bodies received since `since` (a count from an earlier `cloudBodies().length`). */
export function bodiesSince(rig: SecurityRig, since: number): string[] {
  return rig.cloudBodies().slice(since);
}
