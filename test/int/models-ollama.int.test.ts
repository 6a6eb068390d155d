// The REAL ChatOllama and OllamaEmbeddings (built by createChatModel / createEmbeddings) against
// the local Ollama protocol server: invoke, stream, usage from the `done:true` line, tool calls.
import { type AIMessageChunk, HumanMessage, SystemMessage } from "@langchain/core/messages";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { modelSchema } from "../../src/config/sections/models.js";
import { classifyModelError, costOf, countMessageTokens, countTokens, createChatModel, createEmbeddings, usageFromMessage } from "../../src/models/index.js";
import { startOllamaServer } from "../helpers/ollama-server.js";
import type { ProtocolServer } from "../helpers/scripted-http-server.js";

let server: ProtocolServer;
beforeAll(async () => {
  server = await startOllamaServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const config = (overrides: Record<string, unknown> = {}) =>
  modelSchema.parse({
    id: "llama-local",
    provider: "ollama",
    baseUrl: server.url,
    model: "llama3.1:8b",
    tier: "local",
    pricing: { inputPer1M: 0.1, outputPer1M: 0.2 },
    timeoutMs: 5000,
    ...overrides,
  });

describe("ChatOllama through createChatModel", () => {
  it("invoke: sends the messages to /api/chat and reads usage from the done:true line", async () => {
    server.enqueue({ text: "Paris is the capital.", usage: { inputTokens: 21, outputTokens: 6 } });
    const model = createChatModel(config({ temperature: 0.2 }));
    const answer = await model.invoke([new SystemMessage("Be brief."), new HumanMessage("Capital of France?")]);

    expect(answer.content).toBe("Paris is the capital.");
    expect(answer.usage_metadata).toMatchObject({ input_tokens: 21, output_tokens: 6, total_tokens: 27 });
    const usage = usageFromMessage(answer, "ignored when reported");
    expect(usage).toEqual({ inputTokens: 21, outputTokens: 6, estimated: false });
    expect(costOf(usage, config().pricing)).toBeCloseTo((21 * 0.1 + 6 * 0.2) / 1e6, 12);

    const [request] = server.requestsTo("/api/chat");
    expect(request?.body).toMatchObject({
      model: "llama3.1:8b",
      stream: true,
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: "Capital of France?" },
      ],
      options: { temperature: 0.2 },
    });
  });

  it("stream: yields tokens as they come, the first one before the answer is complete", async () => {
    server.enqueue({ text: "one two three four", tokenDelayMs: 60 });
    const model = createChatModel(config());
    const started = performance.now();
    let firstTokenMs: number | undefined;
    const pieces: string[] = [];
    let final: AIMessageChunk | undefined;
    for await (const chunk of await model.stream("Count to four.")) {
      if (typeof chunk.content === "string" && chunk.content.length > 0) {
        firstTokenMs ??= performance.now() - started;
        pieces.push(chunk.content);
      }
      final = final ? final.concat(chunk) : chunk;
    }
    const totalMs = performance.now() - started;
    expect(pieces).toEqual(["one", " two", " three", " four"]);
    expect(firstTokenMs).toBeLessThan(totalMs - 100);
    expect(final?.usage_metadata?.output_tokens).toBe(4);
    expect(final?.usage_metadata?.input_tokens).toBe(countTokens("Count to four."));
  });

  it("no usage from the server: usageFromMessage counts with gpt-tokenizer", async () => {
    server.enqueue({ text: "An answer without counts.", usage: false });
    const model = createChatModel(config());
    const messages = [new HumanMessage("Please answer without counts.")];
    const answer = await model.invoke(messages);
    const usage = usageFromMessage(answer, messages);
    expect(usage).toEqual({ inputTokens: countMessageTokens(messages), outputTokens: countTokens("An answer without counts."), estimated: true });
  });

  it("stream:false is answered with one JSON object (official ollama client path)", async () => {
    server.enqueue({ text: "whole answer" });
    const response = await fetch(`${server.url}/api/chat`, {
      method: "POST",
      body: JSON.stringify({ model: "llama3.1:8b", stream: false, messages: [{ role: "user", content: "hi" }] }),
    });
    const body = await response.json();
    expect(body).toMatchObject({ done: true, message: { role: "assistant", content: "whole answer" }, prompt_eval_count: 1, eval_count: 2 });
  });

  it("tool calls come back as LangChain tool_calls", async () => {
    server.enqueue({ text: "", toolCalls: [{ name: "get_weather", arguments: { city: "Paris" } }] });
    const model = createChatModel(config());
    const withTools = model.bindTools!([{ name: "get_weather", description: "Weather in a city", schema: z.object({ city: z.string() }) }]);
    const answer = await withTools.invoke("Weather in Paris?");
    expect(answer.tool_calls?.[0]).toMatchObject({ name: "get_weather", args: { city: "Paris" } });
    expect(server.requestsTo("/api/chat")[0]?.body.tools?.[0]?.function?.name).toBe("get_weather");
  });

  it("a user abort stops a hanging call at once (ChatOllama does not forward the signal itself) → CANCELLED", async () => {
    server.enqueue({ hang: true });
    const model = createChatModel(config({ timeoutMs: 10_000 }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    const error = await model.invoke("hello", { signal: controller.signal }).then(
      () => undefined,
      (thrown: unknown) => classifyModelError(thrown, "llama-local"),
    );
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(error?.code).toBe("CANCELLED");
    expect(error?.retryable).toBe(false);
  });
});

describe("OllamaEmbeddings through createEmbeddings", () => {
  it("embeds documents and queries via /api/embed", async () => {
    const embeddings = createEmbeddings({ provider: "ollama", baseUrl: server.url, model: "nomic-embed-text", dimensions: 512 });
    const vectors = await embeddings.embedDocuments(["first text", "second text"]);
    const query = await embeddings.embedQuery("first text");
    expect(vectors).toHaveLength(2);
    expect(vectors[0]).toHaveLength(8);
    expect(query).toEqual(vectors[0]);
    expect(vectors[0]).not.toEqual(vectors[1]);
    expect(server.requestsTo("/api/embed")[0]?.body).toMatchObject({ model: "nomic-embed-text", input: ["first text", "second text"] });
  });
});
