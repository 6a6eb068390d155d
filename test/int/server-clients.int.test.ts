// Real clients (openai SDK, LangChain ChatOpenAI, ollama JS) against RouteLLM's server, which
// routes through the real router to local servers speaking the Ollama and OpenAI protocols.
import { ChatOpenAI } from "@langchain/openai";
import { Ollama } from "ollama";
import OpenAI from "openai";
import { pino } from "pino";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createRouter, createSeededRandom, parseConfig, type Router } from "../../src/index.js";
import { createServer, type RouteLLMServer } from "../../src/server/index.js";
import { startOllamaServer } from "../helpers/ollama-server.js";
import { startOpenAIServer } from "../helpers/openai-server.js";
import type { ProtocolServer } from "../helpers/scripted-http-server.js";

const UPSTREAM_KEY = "sk-upstream-secret-0123456789";
const LOCAL_TEXT = "Local answer: 4.";
const CLOUD_TEXT = "Cloud answer: 4.";

let ollamaUpstream: ProtocolServer;
let openaiUpstream: ProtocolServer;
let router: Router;
let server: RouteLLMServer;
let baseUrl: string;
const logLines: string[] = [];

beforeAll(async () => {
  process.env.ROUTELLM_TEST_SERVER_UPSTREAM_KEY = UPSTREAM_KEY;
  ollamaUpstream = await startOllamaServer({ defaultText: LOCAL_TEXT });
  openaiUpstream = await startOpenAIServer({ defaultText: CLOUD_TEXT, apiKey: UPSTREAM_KEY });
  const config = parseConfig({
    models: [
      { id: "llama-local", provider: "ollama", baseUrl: ollamaUpstream.url, model: "llama3.1:8b", tier: "local", maxRetries: 0, timeoutMs: 30_000 },
      {
        id: "gpt-cloud",
        provider: "openai-compatible",
        baseUrl: openaiUpstream.url,
        model: "gpt-4o-mini",
        tier: "cloud",
        apiKeyEnv: "ROUTELLM_TEST_SERVER_UPSTREAM_KEY",
        maxRetries: 0,
        timeoutMs: 30_000,
        supportsTools: true,
      },
    ],
    verifiers: { agreement: { enabled: false } },
    health: { retryBaseMs: 1 },
  });
  // Seeded: Thompson sampling must pick the same first model on every run (the fallback test needs the cloud first).
  router = createRouter(config, { random: createSeededRandom(11) });
  const logger = pino({ level: "debug" }, { write: (line: string) => void logLines.push(line) });
  server = createServer({ router, logger, defaultMetrics: false, env: {} });
  baseUrl = await server.listen({ port: 0, host: "127.0.0.1" });
});

afterAll(async () => {
  await server.close(0);
  await router.close();
  await ollamaUpstream.close();
  await openaiUpstream.close();
});

afterEach(() => {
  ollamaUpstream.setFallback({});
  openaiUpstream.setFallback({});
});

const openai = () => new OpenAI({ baseURL: `${baseUrl}/v1`, apiKey: "client-key-unused", maxRetries: 0 });

describe("the openai SDK", () => {
  it("gets a JSON completion with routing headers, from the model named directly", async () => {
    const { data, response } = await openai()
      .chat.completions.create({ model: "gpt-cloud", messages: [{ role: "user", content: "What is 2+2?" }] })
      .withResponse();
    expect(data.choices[0]?.message.content).toBe(CLOUD_TEXT);
    expect(data.model).toBe("gpt-cloud");
    expect(response.headers.get("x-routellm-model")).toBe("gpt-cloud");
    expect(response.headers.get("x-routellm-tier")).toBe("cloud");
    expect(response.headers.get("x-routellm-escalations")).toBe("0");
    expect(response.headers.get("x-routellm-request-id")).toMatch(/^[A-Za-z0-9._:-]{1,128}$/);
    expect(data.usage?.total_tokens).toBeGreaterThan(0);
    const upstream = openaiUpstream.requestsTo("/chat/completions").at(-1);
    expect(upstream?.headers.authorization).toBe(`Bearer ${UPSTREAM_KEY}`);
  });

  it("streams a routed answer with a usage chunk", async () => {
    const stream = await openai().chat.completions.create({
      model: "routellm/auto",
      messages: [{ role: "user", content: "Say hello." }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = "";
    let usage: OpenAI.CompletionUsage | undefined | null;
    const models = new Set<string>();
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? "";
      if (chunk.usage) usage = chunk.usage;
      models.add(chunk.model);
    }
    expect([LOCAL_TEXT, CLOUD_TEXT]).toContain(text);
    expect(usage?.completion_tokens).toBeGreaterThan(0);
    expect(models.size).toBe(1);
  });

  it("falls back silently when the first model fails before its first token", async () => {
    openaiUpstream.setFallback({ status: 503 });
    const cloudCallsBefore = openaiUpstream.requestsTo("/chat/completions").length;
    const stream = await openai().chat.completions.create({
      model: "routellm/auto",
      messages: [{ role: "user", content: "Prove that there are infinitely many primes, step by step." }],
      stream: true,
    });
    let text = "";
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? "";
    expect(text).toBe(LOCAL_TEXT);
    expect(openaiUpstream.requestsTo("/chat/completions").length).toBeGreaterThan(cloudCallsBefore);
  });

  it("sees an explicit error, not a silent cut, when the stream breaks after tokens", async () => {
    openaiUpstream.setFallback({ text: "one two three four five", reset: 2 });
    const stream = await openai().chat.completions.create({ model: "gpt-cloud", messages: [{ role: "user", content: "count" }], stream: true });
    let text = "";
    const consume = async () => {
      for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? "";
    };
    await expect(consume()).rejects.toBeInstanceOf(OpenAI.APIError);
    expect(text).toBe("one two");
    const metrics = await (await fetch(`${baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/routellm_streams_broken_total [1-9]/);
  });

  it("passes tools and response_format through to a model that supports them", async () => {
    openaiUpstream.setFallback({ text: "", toolCalls: [{ id: "call_7", name: "get_weather", arguments: { city: "Paris" } }] });
    const tools: OpenAI.ChatCompletionTool[] = [
      { type: "function", function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } } },
    ];
    const completion = await openai().chat.completions.create({
      model: "gpt-cloud",
      messages: [{ role: "user", content: "Weather in Paris?" }],
      tools,
      tool_choice: "auto",
    });
    const call = completion.choices[0]?.message.tool_calls?.[0];
    expect(call?.type === "function" ? call.function : undefined).toEqual({ name: "get_weather", arguments: '{"city":"Paris"}' });
    expect(completion.choices[0]?.finish_reason).toBe("tool_calls");
    expect(openaiUpstream.requestsTo("/chat/completions").at(-1)?.body.tools?.[0]?.function?.name).toBe("get_weather");
    openaiUpstream.setFallback({ text: '{"ok":true}' });
    await openai().chat.completions.create({
      model: "gpt-cloud",
      messages: [{ role: "user", content: "JSON please" }],
      response_format: { type: "json_object" },
    });
    expect(openaiUpstream.requestsTo("/chat/completions").at(-1)?.body.response_format).toEqual({ type: "json_object" });
  });

  it("gets 404 for an unknown model and 400 for n > 1", async () => {
    await expect(openai().chat.completions.create({ model: "gpt-99", messages: [{ role: "user", content: "x" }] })).rejects.toMatchObject({
      status: 404,
      code: "model_not_found",
    });
    await expect(openai().chat.completions.create({ model: "routellm/auto", n: 2, messages: [{ role: "user", content: "x" }] })).rejects.toMatchObject({
      status: 400,
      param: "n",
    });
  });

  it("accepts feedback for an answered request id, and 404 for an unknown one", async () => {
    const { response } = await openai()
      .chat.completions.create({ model: "routellm/auto", messages: [{ role: "user", content: "hi" }] })
      .withResponse();
    const requestId = response.headers.get("x-routellm-request-id");
    const post = (body: unknown) =>
      fetch(`${baseUrl}/v1/feedback`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const accepted = await post({ request_id: requestId, score: 1 });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ ok: true, request_id: requestId });
    expect((await post({ request_id: "never-seen", score: 0.5 })).status).toBe(404);
  });

  it("lists profiles and models", async () => {
    const ids: string[] = [];
    for await (const model of openai().models.list()) ids.push(model.id);
    expect(ids).toEqual(expect.arrayContaining(["routellm/auto", "routellm/local-only", "llama-local", "gpt-cloud"]));
  });

  it("cancels the upstream call when the client disconnects", async () => {
    ollamaUpstream.setFallback({ hang: true });
    const controller = new AbortController();
    const before = ollamaUpstream.requestsTo("/api/chat").length;
    const pending = openai().chat.completions.create(
      { model: "llama-local", messages: [{ role: "user", content: "wait" }], stream: true },
      { signal: controller.signal },
    );
    while (ollamaUpstream.requestsTo("/api/chat").length === before) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(server.inFlight()).toBe(1);
    controller.abort();
    await expect(pending).rejects.toThrow();
    while (server.inFlight() > 0) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(server.inFlight()).toBe(0);
  });
});

describe("operations", () => {
  it("is ready when the models answer, and cancels a JSON request whose client left", async () => {
    const ready = await fetch(`${baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready", redis: "not-configured", models: { "llama-local": "reachable", "gpt-cloud": "reachable" } });

    ollamaUpstream.setFallback({ hang: true });
    const controller = new AbortController();
    const before = ollamaUpstream.requestsTo("/api/chat").length;
    const pending = openai().chat.completions.create({ model: "llama-local", messages: [{ role: "user", content: "wait" }] }, { signal: controller.signal });
    while (ollamaUpstream.requestsTo("/api/chat").length === before) await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    await expect(pending).rejects.toThrow();
    while (server.inFlight() > 0) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(server.inFlight()).toBe(0);
  });
});

describe("LangChain's ChatOpenAI", () => {
  const chat = () => new ChatOpenAI({ model: "routellm/local-only", apiKey: "unused", configuration: { baseURL: `${baseUrl}/v1` }, maxRetries: 0 });

  it("invokes and streams through the server", async () => {
    const answer = await chat().invoke("What is 2+2?");
    expect(answer.content).toBe(LOCAL_TEXT);
    let streamed = "";
    for await (const chunk of await chat().stream("What is 2+2?")) streamed += String(chunk.content);
    expect(streamed).toBe(LOCAL_TEXT);
  });
});

describe("the ollama JS client", () => {
  const ollama = () => new Ollama({ host: baseUrl });

  it("chats (streamed and not) and lists tags", async () => {
    const whole = await ollama().chat({ model: "routellm/local-only", messages: [{ role: "user", content: "hi" }] });
    expect(whole.message.content).toBe(LOCAL_TEXT);
    expect(whole.done).toBe(true);
    let streamed = "";
    for await (const part of await ollama().chat({ model: "llama-local", messages: [{ role: "user", content: "hi" }], stream: true }))
      streamed += part.message.content;
    expect(streamed).toBe(LOCAL_TEXT);
    const tags = await ollama().list();
    expect(tags.models.map((model) => model.name)).toContain("routellm/auto");
  });

  it("throws on a stream that breaks after tokens", async () => {
    ollamaUpstream.setFallback({ text: "a b c d e", reset: 2 });
    const consume = async () => {
      for await (const part of await ollama().chat({ model: "llama-local", messages: [{ role: "user", content: "hi" }], stream: true })) void part;
    };
    await expect(consume()).rejects.toThrow();
  });
});

describe("logs", () => {
  it("hold ids, models and timings, never the prompt or the upstream key", async () => {
    const secretPrompt = "my card is 4172 9960 8905 6538 and that is private";
    await openai().chat.completions.create({ model: "llama-local", messages: [{ role: "user", content: secretPrompt }] });
    const joined = logLines.join("");
    expect(joined).toContain('"model":"llama-local"');
    expect(joined).toContain('"ms":');
    // Longer than 4 characters: random request ids (UUIDs) may contain "4172".
    for (const piece of ["4172 9960", "8905 6538", "4172996089056538", "that is private"]) expect(joined).not.toContain(piece);
    expect(joined).not.toContain(UPSTREAM_KEY);
  });
});
