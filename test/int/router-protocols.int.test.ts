import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRouter, type RouterConfigInput } from "../../src/index.js";
import { startOllamaServer } from "../helpers/ollama-server.js";
import { startOpenAIServer } from "../helpers/openai-server.js";
import type { ProtocolServer } from "../helpers/scripted-http-server.js";

// The router through the REAL ChatOllama and ChatOpenAI clients, against local servers that speak
// the Ollama NDJSON and OpenAI JSON/SSE protocols, including their failure modes.
let ollama: ProtocolServer;
let openai: ProtocolServer;

beforeAll(async () => {
  ollama = await startOllamaServer({ defaultText: "local answer" });
  openai = await startOpenAIServer({ defaultText: "cloud answer", apiKey: "test-key" });
});
afterAll(async () => {
  await Promise.all([ollama.close(), openai.close()]);
});
beforeEach(() => {
  ollama.requests.length = 0;
  openai.requests.length = 0;
});

function config(overrides: Partial<RouterConfigInput> = {}): RouterConfigInput {
  return {
    models: [
      { id: "llama", provider: "ollama", baseUrl: ollama.url, model: "llama3.1:8b", tier: "local", maxRetries: 1, timeoutMs: 2000 },
      {
        id: "gpt4o",
        provider: "openai-compatible",
        baseUrl: openai.url,
        model: "gpt-4o",
        tier: "cloud",
        apiKeyEnv: "ROUTELLM_TEST_OPENAI_KEY",
        pricing: { inputPer1M: 2.5, outputPer1M: 10 },
        maxRetries: 1,
        timeoutMs: 2000,
      },
    ],
    ladder: ["llama", "gpt4o"],
    health: { retryBaseMs: 1 },
    bandit: { costWeight: 2 },
    ...overrides,
  };
}
process.env["ROUTELLM_TEST_OPENAI_KEY"] = "test-key";

describe("router against the Ollama and OpenAI wire protocols", () => {
  it("answers through Ollama with usage from the final done line", async () => {
    ollama.enqueue({ text: "Paris is the capital.", usage: { inputTokens: 11, outputTokens: 5 } });
    const result = await createRouter(config()).invoke("capital of France?", { model: "llama" });
    expect(result.answer).toBe("Paris is the capital.");
    expect(result.usage).toMatchObject({ inputTokens: 11, outputTokens: 5, costUsd: 0 });
  });

  it("streams through OpenAI SSE with usage and cost", async () => {
    openai.enqueue({ text: "one two three", usage: { inputTokens: 100, outputTokens: 3 } });
    let text = "";
    let end;
    for await (const event of createRouter(config()).stream("count", { model: "gpt4o" })) {
      if (event.type === "token") text += event.text;
      if (event.type === "end") end = event.result;
    }
    expect(text).toBe("one two three");
    expect(end!.usage.costUsd).toBeCloseTo((100 * 2.5 + 3 * 10) / 1e6, 10);
  });

  it("retries a 503 then falls back up the ladder, recording both in the trace", async () => {
    ollama.enqueue({ status: 503 }, { status: 503 });
    openai.enqueue({ text: "cloud rescue" });
    const result = await createRouter(config()).invoke("hello there");
    expect(result.model).toBe("gpt4o");
    expect(ollama.requestsTo("/api/chat")).toHaveLength(2);
    expect(result.trace.some((entry) => /fallback: llama failed \(MODEL_CALL_FAILED\)/.test(entry.why))).toBe(true);
  });

  it("times out a hanging local model and falls back", async () => {
    ollama.enqueue({ hang: true }, { hang: true });
    openai.enqueue({ text: "fast cloud" });
    const result = await createRouter(config({ models: config().models.map((model) => ({ ...model, timeoutMs: 300 })) })).invoke("hello there");
    expect(result.answer).toBe("fast cloud");
    expect(result.attempts[0]).toMatchObject({ modelId: "llama", ok: false, error: "MODEL_TIMEOUT" });
  });

  it("ends a stream broken after tokens were sent with STREAM_BROKEN instead of a silent cut", async () => {
    openai.enqueue({ text: "alpha beta gamma delta", reset: 2 });
    const tokens: string[] = [];
    const consume = async () => {
      for await (const event of createRouter(config()).stream("go", { model: "gpt4o" })) if (event.type === "token") tokens.push(event.text);
    };
    await expect(consume()).rejects.toMatchObject({ code: "STREAM_BROKEN" });
    expect(tokens.length).toBeGreaterThan(0);
  });

  it("never sends a pinned prompt to the cloud server, even when Ollama keeps failing", async () => {
    ollama.setFallback({ status: 500 });
    await expect(createRouter(config()).invoke("My IBAN is DE98 6537 3907 3606 3221 72, can you check it?")).rejects.toMatchObject({
      code: "MODEL_CALL_FAILED",
    });
    ollama.setFallback({});
    expect(openai.requests).toHaveLength(0);
    expect(ollama.requestsTo("/api/chat").length).toBeGreaterThan(0);
  });
});
