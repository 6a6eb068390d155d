import { ChatOllama } from "@langchain/ollama";
import { ChatOpenAI, OpenAIEmbeddings } from "@langchain/openai";
import { OllamaEmbeddings } from "@langchain/ollama";
import { describe, expect, it } from "vitest";
import { modelSchema } from "../../src/config/sections/models.js";
import { HashedEmbeddings } from "../../src/embeddings/hashed-embeddings.js";
import { isRouterError } from "../../src/errors.js";
import { createChatModel, createEmbeddings } from "../../src/models/index.js";

/** The library's own retry count (AsyncCaller keeps it protected). */
const retriesOf = (runnable: { caller: unknown }) => (runnable.caller as { maxRetries: number }).maxRetries;
const model = (fields: Record<string, unknown>) => modelSchema.parse({ id: "m", model: "x", tier: "local", ...fields });

describe("createChatModel", () => {
  it("ollama → ChatOllama on the default local URL, without library retries", () => {
    const chat = createChatModel(model({ provider: "ollama", model: "llama3.1:8b" }), {});
    expect(chat).toBeInstanceOf(ChatOllama);
    expect((chat as ChatOllama).baseUrl).toBe("http://127.0.0.1:11434");
    expect((chat as ChatOllama).model).toBe("llama3.1:8b");
    expect(retriesOf(chat)).toBe(0);
  });

  it("openai → ChatOpenAI with the key from OPENAI_API_KEY, no retries, the config timeout", () => {
    const chat = createChatModel(model({ provider: "openai", model: "gpt-4o-mini", tier: "cloud", timeoutMs: 1234 }), { OPENAI_API_KEY: "sk-abc" });
    expect(chat).toBeInstanceOf(ChatOpenAI);
    const openai = chat as ChatOpenAI;
    expect(openai.apiKey).toBe("sk-abc");
    expect(openai.timeout).toBe(1234);
    expect(retriesOf(openai)).toBe(0);
    expect(openai.streamUsage).toBe(true);
    expect(openai.streaming).toBe(false);
    expect(openai.disableStreaming).toBe(false);
  });

  it("openai-compatible reads the key from the variable apiKeyEnv names", () => {
    const chat = createChatModel(model({ provider: "openai-compatible", baseUrl: "http://127.0.0.1:9/v1", tier: "cloud", apiKeyEnv: "GROQ_API_KEY" }), {
      GROQ_API_KEY: "gsk-1",
      OPENAI_API_KEY: "sk-other",
    }) as ChatOpenAI;
    expect(chat.apiKey).toBe("gsk-1");
  });

  it("a missing key is CONFIG_INVALID naming the variable, never a value", () => {
    const attempt = () =>
      createChatModel(model({ provider: "openai", tier: "cloud", apiKeyEnv: "MY_CLOUD_KEY" }), { OPENAI_API_KEY: "sk-present-but-not-named" });
    expect(attempt).toThrow(/MY_CLOUD_KEY/);
    try {
      attempt();
    } catch (error) {
      expect(isRouterError(error, "CONFIG_INVALID")).toBe(true);
      expect(JSON.stringify(error)).not.toContain("sk-present");
      expect((error as Error).message).not.toContain("sk-present");
    }
    expect(() => createChatModel(model({ provider: "openai", tier: "cloud" }), { OPENAI_API_KEY: "  " })).toThrow(/OPENAI_API_KEY/);
  });
});

describe("createEmbeddings", () => {
  it("builtin → HashedEmbeddings of the configured size (no service)", async () => {
    const embeddings = createEmbeddings({ provider: "builtin", dimensions: 64 }, {});
    expect(embeddings).toBeInstanceOf(HashedEmbeddings);
    expect(await embeddings.embedQuery("hello")).toHaveLength(64);
  });

  it("ollama → OllamaEmbeddings, openai → OpenAIEmbeddings (key required)", () => {
    expect(createEmbeddings({ provider: "ollama", dimensions: 512 }, {})).toBeInstanceOf(OllamaEmbeddings);
    expect(createEmbeddings({ provider: "openai", dimensions: 512 }, { OPENAI_API_KEY: "sk-e" })).toBeInstanceOf(OpenAIEmbeddings);
    expect(() => createEmbeddings({ provider: "openai", dimensions: 512, apiKeyEnv: "EMBED_KEY" }, {})).toThrow(/EMBED_KEY/);
  });
});
