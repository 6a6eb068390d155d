// LangChain's ChatOpenAI pointed at RouteLLM's server, and RouterChatModel on the same router:
// bindTools with tool_choice, withStructuredOutput (zod and JSON schema; functionCalling and
// jsonSchema), stop, abort signals and offline token counts — asserting what the upstream received.
import { ChatOpenAI } from "@langchain/openai";
import { tool } from "@langchain/core/tools";
import { z } from "zod";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { RouterChatModel } from "../../src/index.js";
import { startConformanceKit, type ConformanceKit } from "../helpers/conformance-kit.js";

let kit: ConformanceKit;
beforeAll(async () => {
  kit = await startConformanceKit();
});
afterAll(async () => kit.close());
afterEach(() => kit.reset());

const weather = tool(async ({ city }: { city: string }) => `21°C in ${city}`, {
  name: "get_weather",
  description: "Weather of a city",
  schema: z.object({ city: z.string() }),
});
const Weather = z.object({ city: z.string(), celsius: z.number() });

describe("ChatOpenAI pointed at the server", () => {
  const chat = (model: string) => new ChatOpenAI({ model, apiKey: "unused", configuration: { baseURL: `${kit.baseUrl}/v1` }, maxRetries: 0 });

  it("bindTools with tool_choice reaches the upstream, and the tool call comes back", async () => {
    kit.openai.setFallback({ text: "", toolCalls: [{ id: "call_5", name: "get_weather", arguments: { city: "Lima" } }] });
    const message = await chat("routellm/auto").bindTools([weather], { tool_choice: "get_weather" }).invoke("Weather in Lima?");
    expect(message.tool_calls?.[0]).toMatchObject({ name: "get_weather", args: { city: "Lima" } });
    const body = kit.lastTo(kit.openai, "/chat/completions").body;
    expect(body.tool_choice).toEqual({ type: "function", function: { name: "get_weather" } });
    expect(body.tools[0].function.name).toBe("get_weather");
  });

  it("withStructuredOutput by function calling and by JSON schema", async () => {
    kit.openai.setFallback({ text: "", toolCalls: [{ name: "Weather", arguments: { city: "Lima", celsius: 19 } }] });
    expect(await chat("cloud").withStructuredOutput(Weather, { name: "Weather", method: "functionCalling" }).invoke("Weather in Lima?")).toEqual({
      city: "Lima",
      celsius: 19,
    });
    expect(kit.lastTo(kit.openai, "/chat/completions").body.tool_choice).toEqual({ type: "function", function: { name: "Weather" } });
    kit.openai.setFallback({ text: '{"city":"Lima","celsius":19}' });
    expect(await chat("cloud").withStructuredOutput(Weather, { name: "Weather", method: "jsonSchema" }).invoke("Weather in Lima?")).toEqual({
      city: "Lima",
      celsius: 19,
    });
    expect(kit.lastTo(kit.openai, "/chat/completions").body.response_format).toMatchObject({ type: "json_schema", json_schema: { name: "Weather" } });
  });
});

describe("RouterChatModel", () => {
  const model = (routeOptions = {}) => new RouterChatModel({ router: kit.router, routeOptions });

  it("withStructuredOutput with a zod schema by function calling: a forced tool call on a model that can obey it", async () => {
    kit.openai.setFallback({ text: "", toolCalls: [{ name: "Weather", arguments: { city: "Oslo", celsius: 3 } }] });
    expect(await model().withStructuredOutput(Weather, { name: "Weather" }).invoke("Weather in Oslo?")).toEqual({ city: "Oslo", celsius: 3 });
    const body = kit.lastTo(kit.openai, "/chat/completions").body;
    expect(body.tool_choice).toEqual({ type: "function", function: { name: "Weather" } });
    expect(body.tools[0].function.parameters).toMatchObject({ type: "object", required: ["city", "celsius"] });
  });

  it("withStructuredOutput with a JSON schema by jsonSchema: Ollama receives it as format", async () => {
    kit.ollama.setFallback({ text: '{"ok":true}' });
    const schema = { title: "Ok", type: "object", properties: { ok: { type: "boolean" } }, required: ["ok"] };
    const result = await model({ model: "local-tools" }).withStructuredOutput(schema, { method: "jsonSchema", includeRaw: true }).invoke("ok?");
    expect(result.parsed).toEqual({ ok: true });
    expect(kit.lastTo(kit.ollama, "/api/chat").body.format).toEqual(schema);
  });

  it("bindTools with tool_choice, stop sequences and params reach the upstream", async () => {
    kit.openai.setFallback({ text: "", toolCalls: [{ id: "call_2", name: "get_weather", arguments: { city: "Kyiv" } }] });
    const message = await model()
      .bindTools([weather], { tool_choice: "required" })
      .invoke("Weather in Kyiv?", { stop: ["STOP"], params: { maxTokens: 33, seed: 1 } });
    expect(message.tool_calls?.[0]).toMatchObject({ name: "get_weather", args: { city: "Kyiv" } });
    expect(kit.lastTo(kit.openai, "/chat/completions").body).toMatchObject({ tool_choice: "required", stop: ["STOP"], max_tokens: 33, seed: 1 });
  });

  it("aborts the upstream call on a signal, and counts tokens offline", async () => {
    kit.ollama.setFallback({ hang: true });
    const controller = new AbortController();
    const before = kit.ollama.requestsTo("/api/chat").length;
    const pending = model({ model: "local-tools" }).invoke("wait", { signal: controller.signal });
    while (kit.ollama.requestsTo("/api/chat").length === before) await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    await expect(pending).rejects.toThrow();
    expect(await model().getNumTokens("Hello world, how are you?")).toBe(7);
  });
});
