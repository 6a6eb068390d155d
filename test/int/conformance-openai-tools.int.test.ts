// The `openai` SDK: tools with each tool_choice, structured output with a zod schema, images, and
// capability-aware routing (a request only reaches models that can honour it).
import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startConformanceKit, type ConformanceKit } from "../helpers/conformance-kit.js";

let kit: ConformanceKit;
beforeAll(async () => {
  kit = await startConformanceKit();
});
afterAll(async () => kit.close());
afterEach(() => kit.reset());

const client = () => new OpenAI({ baseURL: `${kit.baseUrl}/v1`, apiKey: "unused", maxRetries: 0 });
const tools: OpenAI.ChatCompletionTool[] = [
  {
    type: "function",
    function: {
      name: "get_weather",
      description: "Weather of a city",
      parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
    },
  },
];
const ask = (content: string): OpenAI.ChatCompletionMessageParam[] => [{ role: "user", content }];
const PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

describe("tools and tool_choice", () => {
  it("passes auto, required and a named function to the upstream, and returns the tool call", async () => {
    kit.openai.setFallback({ text: "", toolCalls: [{ id: "call_1", name: "get_weather", arguments: { city: "Paris" } }] });
    for (const toolChoice of ["auto", "required", { type: "function", function: { name: "get_weather" } }] as const) {
      const completion = await client().chat.completions.create({ model: "routellm/auto", messages: ask("Weather in Paris?"), tools, tool_choice: toolChoice });
      // Only the cloud model can obey a forced tool_choice (Ollama has none); "auto" may go anywhere tool-capable.
      if (toolChoice !== "auto") expect(completion.model).toBe("cloud");
      if (completion.model === "cloud") {
        const body = kit.lastTo(kit.openai, "/chat/completions").body;
        expect(body.tool_choice).toEqual(toolChoice);
        expect(body.tools[0].function).toMatchObject({ name: "get_weather", description: "Weather of a city" });
        expect(completion.choices[0]?.finish_reason).toBe("tool_calls");
        const call = completion.choices[0]?.message.tool_calls?.[0];
        expect(call?.type === "function" ? call.function : undefined).toEqual({ name: "get_weather", arguments: '{"city":"Paris"}' });
      }
    }
  });

  it("honours tool_choice none on Ollama by not offering the tools", async () => {
    await client().chat.completions.create({ model: "local-tools", messages: ask("Weather?"), tools, tool_choice: "none" });
    expect(kit.lastTo(kit.ollama, "/api/chat").body.tools).toBeUndefined();
  });

  it("sends tools to a tool-capable Ollama model, and refuses a model without tools with a 400 naming the capability", async () => {
    kit.ollama.setFallback({ text: "", toolCalls: [{ name: "get_weather", arguments: { city: "Oslo" } }] });
    const completion = await client().chat.completions.create({ model: "local-tools", messages: ask("Weather in Oslo?"), tools });
    expect(kit.lastTo(kit.ollama, "/api/chat").body.tools[0].function.name).toBe("get_weather");
    expect(completion.choices[0]?.message.tool_calls?.[0]).toMatchObject({ function: { name: "get_weather", arguments: '{"city":"Oslo"}' } });
    await expect(client().chat.completions.create({ model: "local-plain", messages: ask("Weather?"), tools })).rejects.toMatchObject({
      status: 400,
      param: "tools",
      code: "capability_unsupported",
    });
  });

  it("keeps a sensitive request with a forced tool_choice local: a clear 400, no cloud call", async () => {
    const cloudCalls = kit.openai.requestsTo("/chat/completions").length;
    const request = client().chat.completions.create({
      model: "routellm/auto",
      messages: ask("Mail jane.roe@acme-mail.de the weather"),
      tools,
      tool_choice: "required",
    });
    await expect(request).rejects.toMatchObject({ status: 400, param: "tool_choice", code: "capability_unsupported" });
    await expect(request).rejects.toThrow(/sensitive data/);
    expect(kit.openai.requestsTo("/chat/completions").length).toBe(cloudCalls);
  });
});

describe("structured output", () => {
  it("chat.completions.parse with a zod schema: the upstream receives the JSON schema, the client a parsed object", async () => {
    kit.openai.setFallback({ text: '{"city":"Paris","celsius":21}' });
    const Weather = z.object({ city: z.string(), celsius: z.number() });
    const completion = await client().chat.completions.parse({
      model: "cloud",
      messages: ask("Weather in Paris as JSON"),
      response_format: zodResponseFormat(Weather, "weather"),
    });
    expect(completion.choices[0]?.message.parsed).toEqual({ city: "Paris", celsius: 21 });
    const format = kit.lastTo(kit.openai, "/chat/completions").body.response_format;
    expect(format).toMatchObject({ type: "json_schema", json_schema: { name: "weather", schema: { type: "object", required: ["city", "celsius"] } } });
  });

  it("maps a JSON schema onto Ollama's format, and refuses a model without JSON support", async () => {
    kit.ollama.setFallback({ text: '{"ok":true}' });
    const schema = { type: "object", properties: { ok: { type: "boolean" } }, required: ["ok"] };
    await client().chat.completions.create({
      model: "local-tools",
      messages: ask("ok?"),
      response_format: { type: "json_schema", json_schema: { name: "ok", schema } },
    });
    expect(kit.lastTo(kit.ollama, "/api/chat").body.format).toEqual(schema);
    await expect(
      client().chat.completions.create({ model: "local-plain", messages: ask("ok?"), response_format: { type: "json_object" } }),
    ).rejects.toMatchObject({ status: 400, param: "response_format" });
  });
});

describe("images", () => {
  it("routes an image part to a vision model; Ollama receives it in images", async () => {
    const completion = await client().chat.completions.create({
      model: "routellm/local-only",
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "What is this?" },
            { type: "image_url", image_url: { url: `data:image/png;base64,${PIXEL}` } },
          ],
        },
      ],
    });
    expect(completion.model).toBe("local-tools");
    const message = kit.lastTo(kit.ollama, "/api/chat").body.messages.at(-1);
    expect(message).toMatchObject({ role: "user", images: [PIXEL] });
    expect(message.content).toContain("What is this?");
    const plain = client().chat.completions.create({
      model: "local-plain",
      messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: `data:image/png;base64,${PIXEL}` } }] }],
    });
    await expect(plain).rejects.toMatchObject({ status: 400, param: "vision" });
    const remote = client().chat.completions.create({
      model: "local-tools",
      messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "https://example.com/cat.png" } }] }],
    });
    await expect(remote).rejects.toMatchObject({ status: 400 });
    await expect(remote).rejects.toThrow(/data: URLs/);
  });
});
