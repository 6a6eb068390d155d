// The official `openai` and `ollama` npm clients against the local protocol servers: the servers
// speak the real wire protocols (also used by the HTTP server's and batch workers' tests).
import { Ollama } from "ollama";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOllamaServer } from "../helpers/ollama-server.js";
import { startOpenAIServer } from "../helpers/openai-server.js";
import type { ProtocolServer } from "../helpers/scripted-http-server.js";

describe("the official ollama client", () => {
  let server: ProtocolServer;
  let client: Ollama;
  beforeAll(async () => {
    server = await startOllamaServer({ models: ["llama3.1:8b"] });
    client = new Ollama({ host: server.url });
  });
  afterAll(() => server.close());

  it("lists models, reads the version, chats with and without streaming", async () => {
    expect((await client.list()).models.map((model) => model.name)).toEqual(["llama3.1:8b"]);
    expect((await client.version()).version).toMatch(/^\d+\.\d+/);

    server.enqueue({ text: "not streamed" });
    const whole = await client.chat({ model: "llama3.1:8b", messages: [{ role: "user", content: "hi" }], stream: false });
    expect(whole.message.content).toBe("not streamed");
    expect(whole.done).toBe(true);

    server.enqueue({ text: "streamed in parts" });
    const parts: string[] = [];
    let last;
    for await (const part of await client.chat({ model: "llama3.1:8b", messages: [{ role: "user", content: "hi" }], stream: true })) {
      parts.push(part.message.content);
      last = part;
    }
    expect(parts.join("")).toBe("streamed in parts");
    expect(last).toMatchObject({ done: true, eval_count: 3 });
  });

  it("embeds with /api/embed and the legacy /api/embeddings", async () => {
    const { embeddings } = await client.embed({ model: "nomic-embed-text", input: ["a", "b"] });
    expect(embeddings).toHaveLength(2);
    const { embedding } = await client.embeddings({ model: "nomic-embed-text", prompt: "a" });
    expect(embedding).toEqual(embeddings[0]);
  });
});

describe("the official openai client", () => {
  let server: ProtocolServer;
  let client: OpenAI;
  beforeAll(async () => {
    server = await startOpenAIServer({ apiKey: "sk-official", models: ["gpt-4o-mini"] });
    client = new OpenAI({ apiKey: "sk-official", baseURL: server.url, maxRetries: 0 });
  });
  afterAll(() => server.close());

  it("lists models and completes with JSON and SSE (usage chunk included)", async () => {
    const models = [];
    for await (const model of client.models.list()) models.push(model.id);
    expect(models).toEqual(["gpt-4o-mini"]);

    server.enqueue({ text: "json answer" });
    const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] });
    expect(completion.choices[0]?.message.content).toBe("json answer");
    expect(completion.usage?.completion_tokens).toBe(2);

    server.enqueue({ text: "sse answer here" });
    const stream = await client.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "hi" }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = "";
    let usage;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? "";
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toBe("sse answer here");
    expect(usage).toMatchObject({ completion_tokens: 3 });
  });

  it("surfaces a 429's Retry-After and a 503 as SDK errors", async () => {
    server.enqueue({ status: 429, retryAfter: "3" }, { status: 503 });
    const rateLimited = await client.chat.completions
      .create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "x" }] })
      .catch((error: unknown) => error);
    expect(rateLimited).toBeInstanceOf(OpenAI.RateLimitError);
    expect((rateLimited as InstanceType<typeof OpenAI.RateLimitError>).headers.get("retry-after")).toBe("3");
    const unavailable = await client.chat.completions
      .create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "x" }] })
      .catch((error: unknown) => error);
    expect(unavailable).toBeInstanceOf(OpenAI.InternalServerError);
  });

  it("embeds as floats and as base64", async () => {
    const floats = await client.embeddings.create({ model: "text-embedding-3-small", input: "hello", encoding_format: "float" });
    const decoded = await client.embeddings.create({ model: "text-embedding-3-small", input: "hello" });
    expect(floats.data[0]?.embedding).toHaveLength(8);
    decoded.data[0]!.embedding.forEach((value, index) => expect(value).toBeCloseTo(floats.data[0]!.embedding[index]!, 5));
  });
});
