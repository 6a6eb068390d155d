// The provider recipes of examples/providers.config.yaml (Azure OpenAI, Anthropic, Gemini, vLLM,
// llama.cpp, LM Studio), each pointed at a local OpenAI-protocol server with its path kept: the
// test checks the headers, query, path and parameters each upstream receives. Also per-model
// headers and query on an Ollama model.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRouter, parseConfig, type Router } from "../../src/index.js";
import { startOllamaServer } from "../helpers/ollama-server.js";
import { startOpenAIServer } from "../helpers/openai-server.js";
import type { ProtocolServer } from "../helpers/scripted-http-server.js";

const KEYS = { AZURE_OPENAI_API_KEY: "azure-key-123", ANTHROPIC_API_KEY: "sk-ant-456", GEMINI_API_KEY: "gemini-789", GATEWAY_TOKEN: "gw-000" };
let upstream: ProtocolServer;
let ollama: ProtocolServer;
let router: Router;

beforeAll(async () => {
  Object.assign(process.env, KEYS);
  upstream = await startOpenAIServer({ defaultText: "ok" });
  ollama = await startOllamaServer({ defaultText: "ok" });
  const recipes = parse(readFileSync(new URL("../../examples/providers.config.yaml", import.meta.url), "utf8")) as { models: Array<{ baseUrl: string }> };
  const local = new URL(upstream.url);
  const models = recipes.models.map((model) => {
    const url = new URL(model.baseUrl);
    return { ...model, baseUrl: `${local.origin}${url.pathname}`, maxRetries: 0 };
  });
  router = createRouter(
    parseConfig({
      models: [
        ...models,
        {
          id: "ollama-gateway",
          provider: "ollama",
          baseUrl: ollama.url,
          model: "llama3.1:8b",
          tier: "local",
          headers: { "x-team": "search" },
          headersFromEnv: { authorization: "GATEWAY_TOKEN" },
          query: { tenant: "t1" },
          maxRetries: 0,
        },
      ],
      verifiers: { agreement: { enabled: false } },
    }),
  );
});
afterAll(async () => {
  await router.close();
  await upstream.close();
  await ollama.close();
});

const last = () => upstream.requestsTo("/chat/completions").at(-1)!;

describe("provider recipes", () => {
  it("Azure OpenAI: deployment path, api-version query, api-key header and no Bearer key", async () => {
    await router.invoke("hi", { model: "azure-gpt-4o", params: { maxTokens: 9 } });
    expect(last().path).toBe("/openai/deployments/gpt-4o/chat/completions");
    expect(last().query).toEqual({ "api-version": "2024-10-21" });
    expect(last().headers["api-key"]).toBe(KEYS.AZURE_OPENAI_API_KEY);
    expect(last().headers.authorization).toBeUndefined();
    expect(last().body.max_tokens).toBe(9);
  });

  it("Anthropic: Bearer key; the parameters it ignores are dropped with warnings, not sent", async () => {
    const result = await router.invoke("hi", { model: "claude-sonnet", params: { temperature: 0.1, seed: 4, user: "u" } });
    expect(last().path).toBe("/v1/chat/completions");
    expect(last().headers.authorization).toBe(`Bearer ${KEYS.ANTHROPIC_API_KEY}`);
    expect(last().body).toMatchObject({ model: "claude-sonnet-4-5", temperature: 0.1 });
    expect(last().body).not.toHaveProperty("seed");
    expect(result.warnings).toEqual(["claude-sonnet does not accept seed, user: dropped"]);
    expect(result.trace.find((entry) => entry.node === "call_model")?.saw).toMatchObject({ model: "claude-sonnet", droppedParams: ["seed", "user"] });
    await expect(router.invoke("hi", { model: "claude-sonnet", responseFormat: { type: "json_object" } })).rejects.toMatchObject({
      code: "CAPABILITY_UNSUPPORTED",
    });
  });

  it("Gemini: its /v1beta/openai path and Bearer key", async () => {
    await router.invoke("hi", { model: "gemini-flash" });
    expect(last().path).toBe("/v1beta/openai/chat/completions");
    expect(last().headers.authorization).toBe(`Bearer ${KEYS.GEMINI_API_KEY}`);
  });

  it("vLLM, llama.cpp and LM Studio: the extra sampling parameters they accept are sent", async () => {
    await router.invoke("hi", { model: "vllm-qwen", params: { topK: 40, minP: 0.05 } });
    expect(last().body).toMatchObject({ model: "Qwen/Qwen2.5-7B-Instruct", top_k: 40, min_p: 0.05 });
    await router.invoke("hi", { model: "llamacpp", params: { repeatPenalty: 1.2 } });
    expect(last().body.repeat_penalty).toBe(1.2);
    const result = await router.invoke("hi", { model: "lmstudio", params: { topK: 10, numCtx: 4096 } });
    expect(last().body).toMatchObject({ model: "qwen2.5-7b-instruct", top_k: 10 });
    expect(result.warnings).toEqual(["lmstudio does not accept num_ctx: dropped"]);
    expect(last().headers.authorization).toBe("Bearer not-needed");
  });

  it("Ollama behind a gateway: headers, a header from the environment and the query reach it", async () => {
    await router.invoke("hi", { model: "ollama-gateway" });
    const received = ollama.requestsTo("/api/chat").at(-1)!;
    expect(received.headers["x-team"]).toBe("search");
    expect(received.headers.authorization).toBe(KEYS.GATEWAY_TOKEN);
    expect(received.query).toEqual({ tenant: "t1" });
  });
});
