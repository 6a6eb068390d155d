// The REAL ChatOpenAI and OpenAIEmbeddings (built by createChatModel / createEmbeddings) against
// the local OpenAI protocol server: JSON and SSE, usage chunk, tool calls, API key handling, and
// no tokenizer download on any path.
import { BaseCallbackHandler, type CallbackHandlerPrefersStreaming } from "@langchain/core/callbacks/base";
import { type AIMessageChunk, HumanMessage } from "@langchain/core/messages";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { modelSchema } from "../../src/config/sections/models.js";
import { countMessageTokens, countTokens, createChatModel, createEmbeddings, usageFromMessage } from "../../src/models/index.js";
import { startOpenAIServer } from "../helpers/openai-server.js";
import { fakeEmbedding, type ProtocolServer } from "../helpers/scripted-http-server.js";

const API_KEY = "sk-test-openai-protocol-42";
let server: ProtocolServer;
beforeAll(async () => {
  server = await startOpenAIServer({ apiKey: API_KEY });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const config = (overrides: Record<string, unknown> = {}) =>
  modelSchema.parse({ id: "gpt-mini", provider: "openai", baseUrl: server.url, model: "gpt-4o-mini", tier: "cloud", timeoutMs: 5000, ...overrides });
const env = { OPENAI_API_KEY: API_KEY };

describe("ChatOpenAI through createChatModel", () => {
  it("invoke: one JSON request with the key from the environment; usage from the response", async () => {
    server.enqueue({ text: "Paris.", usage: { inputTokens: 13, outputTokens: 2 } });
    const model = createChatModel(config({ temperature: 0 }), env);
    const answer = await model.invoke([new HumanMessage("Capital of France?")]);
    expect(answer.content).toBe("Paris.");
    expect(usageFromMessage(answer, "unused")).toEqual({ inputTokens: 13, outputTokens: 2, estimated: false });

    const [request] = server.requestsTo("/chat/completions");
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request?.body).toMatchObject({ model: "gpt-4o-mini", temperature: 0, messages: [{ role: "user", content: "Capital of France?" }] });
    expect(request?.body.stream).toBeFalsy();
  });

  it("stream: SSE chunks as they come, usage from the include_usage chunk", async () => {
    server.enqueue({ text: "alpha beta gamma", tokenDelayMs: 60 });
    const model = createChatModel(config(), env);
    const started = performance.now();
    let firstTokenMs: number | undefined;
    const pieces: string[] = [];
    let final: AIMessageChunk | undefined;
    for await (const chunk of await model.stream("Say three words.")) {
      if (typeof chunk.content === "string" && chunk.content.length > 0) {
        firstTokenMs ??= performance.now() - started;
        pieces.push(chunk.content);
      }
      final = final ? final.concat(chunk) : chunk;
    }
    expect(pieces).toEqual(["alpha", " beta", " gamma"]);
    expect(firstTokenMs).toBeLessThan(performance.now() - started - 80);
    expect(final?.usage_metadata).toMatchObject({ input_tokens: countTokens("Say three words."), output_tokens: 3 });
    const [request] = server.requestsTo("/chat/completions");
    expect(request?.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it("no usage from the server: usageFromMessage counts with gpt-tokenizer", async () => {
    server.enqueue({ text: "uncounted answer", usage: false });
    const model = createChatModel(config(), env);
    const messages = [new HumanMessage("count me")];
    const answer = await model.invoke(messages);
    expect(usageFromMessage(answer, messages)).toEqual({
      inputTokens: countMessageTokens(messages),
      outputTokens: countTokens("uncounted answer"),
      estimated: true,
    });
  });

  it("tool calls, JSON and streamed", async () => {
    const tool = { name: "lookup", description: "Look a term up", schema: z.object({ term: z.string() }) };
    const model = createChatModel(config(), env).bindTools!([tool]);
    server.enqueue({ text: "", toolCalls: [{ name: "lookup", arguments: { term: "LangGraph" } }] });
    const answer = await model.invoke("What is LangGraph?");
    expect(answer.tool_calls?.[0]).toMatchObject({ name: "lookup", args: { term: "LangGraph" } });

    server.enqueue({ text: "", toolCalls: [{ name: "lookup", arguments: { term: "Redis" } }] });
    let streamed: AIMessageChunk | undefined;
    for await (const chunk of await model.stream("What is Redis?")) streamed = streamed ? streamed.concat(chunk) : chunk;
    expect(streamed?.tool_calls?.[0]).toMatchObject({ name: "lookup", args: { term: "Redis" } });
    expect(server.requestsTo("/chat/completions")[0]?.body.tools?.[0]?.function?.name).toBe("lookup");
  });

  it("a wrong key is a 401 → MODEL_CALL_FAILED, not retryable", async () => {
    const { classifyModelError } = await import("../../src/models/index.js");
    const model = createChatModel(config(), { OPENAI_API_KEY: "sk-wrong-key-777" });
    const error = await model.invoke("hi").then(
      () => undefined,
      (thrown: unknown) => classifyModelError(thrown, "gpt-mini"),
    );
    expect(error).toMatchObject({ code: "MODEL_CALL_FAILED", retryable: false, details: { status: 401 } });
    expect(JSON.stringify(error)).not.toContain("sk-wrong-key-777");
  });

  it("an openai-compatible model without apiKeyEnv never sends OPENAI_API_KEY", async () => {
    const open = await startOpenAIServer();
    try {
      const model = createChatModel(modelSchema.parse({ id: "vllm", provider: "openai-compatible", baseUrl: open.url, model: "qwen", tier: "cloud" }), {
        OPENAI_API_KEY: "sk-real-openai-key-do-not-leak",
      });
      await model.invoke("hello");
      expect(open.requests[0]?.headers.authorization).not.toContain("sk-real-openai-key-do-not-leak");
    } finally {
      await open.close();
    }
  });
});

class TokenCollector extends BaseCallbackHandler implements CallbackHandlerPrefersStreaming {
  name = "token-collector";
  readonly lc_prefer_streaming = true;
  constructor(private readonly tokens: string[]) {
    super();
  }
  override handleLLMNewToken(token: string): void {
    this.tokens.push(token);
  }
}

describe("no tokenizer download on any call path", () => {
  const fetched: string[] = [];
  beforeEach(() => {
    fetched.length = 0;
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, "fetch").mockImplementation((input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      fetched.push(url);
      // Offline, as on a locked-down host: anything but the local server fails at once.
      return url.startsWith(server.url) ? realFetch(input, init) : Promise.reject(new TypeError("fetch failed (offline test)"));
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("invoke, stream, a streaming callback, streamEvents and getNumTokens only ever fetch the model server", async () => {
    const model = createChatModel(config(), env);
    await model.invoke("one");
    for await (const _chunk of await model.stream("two")) void _chunk;
    const tokens: string[] = [];
    // A handler that prefers streaming makes invoke() take the streaming path (as LangGraph's "messages" stream mode does).
    await model.invoke("three", { callbacks: [new TokenCollector(tokens)] });
    for await (const _event of model.streamEvents("four", { version: "v2" })) void _event;
    expect(await model.getNumTokens("hello tokenizer")).toBe(countTokens("hello tokenizer"));

    // The model calls go through node:http (httpFetch); a tokenizer download would use the global fetch.
    expect(server.requestsTo("/chat/completions").length).toBeGreaterThanOrEqual(4);
    for (const url of fetched) expect(url.startsWith(server.url)).toBe(true);
    expect(tokens.join("")).toBe("Hello from the scripted server.");
  });

  it("(the trap, for reference) a plain ChatOpenAI with streaming:true tries to download a tiktoken encoding", async () => {
    const { ChatOpenAI } = await import("@langchain/openai");
    const plain = new ChatOpenAI({ model: "gpt-4o-mini", apiKey: API_KEY, streaming: true, maxRetries: 0, configuration: { baseURL: server.url } });
    vi.spyOn(console, "warn").mockImplementation(() => {});
    await plain.invoke("hello");
    expect(fetched.some((url) => !url.startsWith(server.url))).toBe(true);
  });
});

describe("OpenAIEmbeddings through createEmbeddings", () => {
  it("embeds through /v1/embeddings (the SDK's base64 encoding decoded)", async () => {
    const embeddings = createEmbeddings({ provider: "openai", baseUrl: server.url, dimensions: 512 }, env);
    const [vector] = await embeddings.embedDocuments(["route me"]);
    const expected = fakeEmbedding("route me", 8);
    expect(vector).toHaveLength(8);
    vector!.forEach((value, index) => expect(value).toBeCloseTo(expected[index]!, 5));
    expect(server.requestsTo("/embeddings")[0]?.body).toMatchObject({ model: "text-embedding-3-small", input: ["route me"] });
  });
});
