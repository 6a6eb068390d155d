// The `openai` SDK on the other endpoints: embeddings, legacy completions and the Responses API
// (text and function-calling turns, streaming events), asserting what the upstream received.
import OpenAI from "openai";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CLOUD_TEXT, LOCAL_TEXT, startConformanceKit, type ConformanceKit } from "../helpers/conformance-kit.js";

let kit: ConformanceKit;
beforeAll(async () => {
  kit = await startConformanceKit();
});
afterAll(async () => kit.close());
afterEach(() => kit.reset());

const client = () => new OpenAI({ baseURL: `${kit.baseUrl}/v1`, apiKey: "unused", maxRetries: 0 });

describe("embeddings", () => {
  it("embeds with a named cloud model (float and base64), and keeps sensitive input on a local model", async () => {
    const floats = await client().embeddings.create({ model: "embed-cloud", input: ["alpha", "beta"], encoding_format: "float" });
    expect(floats.data.map((item) => item.embedding.length)).toEqual([8, 8]);
    expect(floats.model).toBe("embed-cloud");
    expect(kit.lastTo(kit.openai, "/embeddings").body).toMatchObject({ model: "text-embedding-3-small", input: ["alpha", "beta"] });
    const decoded = await client().embeddings.create({ model: "embed-cloud", input: "alpha" }); // the SDK asks for base64 and decodes it
    expect(decoded.data[0]?.embedding).toHaveLength(8);
    expect(decoded.data[0]?.embedding[0]).toBeCloseTo(floats.data[0]!.embedding[0]!, 5);

    const cloudCalls = kit.openai.requestsTo("/embeddings").length;
    const { data, response } = await client().embeddings.create({ model: "routellm/auto", input: "Contact jane.roe@acme-mail.de" }).withResponse();
    expect(data.model).toBe("embed-local");
    expect(response.headers.get("x-routellm-tier")).toBe("local");
    expect(kit.openai.requestsTo("/embeddings").length).toBe(cloudCalls);
    expect(kit.lastTo(kit.ollama, "/api/embed").body.input).toEqual(["Contact jane.roe@acme-mail.de"]);
  });
});

describe("legacy completions", () => {
  it("maps a prompt onto chat with its parameters (OpenAI's default of 16 tokens when none is given)", async () => {
    const completion = await client().completions.create({ model: "cloud", prompt: "Say hi", max_tokens: 20, temperature: 0.5, stop: ["\n"], seed: 3 });
    expect(completion.object).toBe("text_completion");
    expect(completion.choices[0]?.text).toBe(CLOUD_TEXT);
    expect(kit.lastTo(kit.openai, "/chat/completions").body).toMatchObject({
      messages: [{ role: "user", content: "Say hi" }],
      max_tokens: 20,
      temperature: 0.5,
      stop: ["\n"],
      seed: 3,
    });
    await client().completions.create({ model: "local-tools", prompt: "Say hi" });
    expect(kit.lastTo(kit.ollama, "/api/chat").body.options.num_predict).toBe(16);
  });

  it("streams text_completion chunks, and refuses echo", async () => {
    let text = "";
    for await (const chunk of await client().completions.create({ model: "local-tools", prompt: "Say hi", stream: true })) text += chunk.choices[0]?.text ?? "";
    expect(text).toBe(LOCAL_TEXT);
    await expect(client().completions.create({ model: "cloud", prompt: "x", echo: true })).rejects.toMatchObject({ status: 400, param: "echo" });
  });
});

describe("responses", () => {
  const tools: OpenAI.Responses.Tool[] = [
    {
      type: "function",
      name: "get_weather",
      description: "Weather of a city",
      parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
      strict: false,
    },
  ];

  it("answers a text turn with instructions and max_output_tokens", async () => {
    const response = await client().responses.create({
      model: "cloud",
      instructions: "Be brief.",
      input: "What is 2+2?",
      max_output_tokens: 40,
      temperature: 0.2,
    });
    expect(response.output_text).toBe(CLOUD_TEXT);
    expect(response.status).toBe("completed");
    expect(response.model).toBe("cloud");
    expect(kit.lastTo(kit.openai, "/chat/completions").body).toMatchObject({
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: "What is 2+2?" },
      ],
      max_tokens: 40,
      temperature: 0.2,
    });
  });

  it("runs a function-calling turn and sends the function output back", async () => {
    kit.openai.setFallback({ text: "", toolCalls: [{ id: "call_9", name: "get_weather", arguments: { city: "Paris" } }] });
    const first = await client().responses.create({ model: "cloud", input: "Weather in Paris?", tools, tool_choice: "required" });
    const call = first.output.find((item) => item.type === "function_call");
    expect(call).toMatchObject({ type: "function_call", call_id: "call_9", name: "get_weather", arguments: '{"city":"Paris"}' });
    const sent = kit.lastTo(kit.openai, "/chat/completions").body;
    expect(sent.tool_choice).toBe("required");
    expect(sent.tools[0].function).toMatchObject({ name: "get_weather", description: "Weather of a city" });

    kit.openai.setFallback({ text: "It is 21°C in Paris." });
    const second = await client().responses.create({
      model: "cloud",
      tools,
      input: [
        { role: "user", content: "Weather in Paris?" },
        { type: "function_call", call_id: "call_9", name: "get_weather", arguments: '{"city":"Paris"}' },
        { type: "function_call_output", call_id: "call_9", output: "21°C" },
      ],
    });
    expect(second.output_text).toBe("It is 21°C in Paris.");
    expect(kit.lastTo(kit.openai, "/chat/completions").body.messages.slice(1)).toEqual([
      { role: "assistant", content: "", tool_calls: [{ id: "call_9", type: "function", function: { name: "get_weather", arguments: '{"city":"Paris"}' } }] },
      { role: "tool", content: "21°C", tool_call_id: "call_9" },
    ]);
  });

  it("streams the events the SDK assembles, text and function calls alike", async () => {
    const stream = client().responses.stream({ model: "local-tools", input: "count" });
    const types: string[] = [];
    let deltas = "";
    for await (const event of stream) {
      types.push(event.type);
      if (event.type === "response.output_text.delta") deltas += event.delta;
    }
    expect(deltas).toBe(LOCAL_TEXT);
    expect((await stream.finalResponse()).output_text).toBe(LOCAL_TEXT);
    expect(types[0]).toBe("response.created");
    expect(types.at(-1)).toBe("response.completed");
    expect(types).toEqual(
      expect.arrayContaining(["response.output_item.added", "response.content_part.added", "response.output_text.done", "response.output_item.done"]),
    );

    kit.openai.setFallback({ text: "", toolCalls: [{ id: "call_3", name: "get_weather", arguments: { city: "Rome" } }] });
    const calls = client().responses.stream({ model: "cloud", input: "Weather in Rome?", tools });
    const seen: string[] = [];
    for await (const event of calls) seen.push(event.type);
    expect(seen).toContain("response.function_call_arguments.done");
    expect((await calls.finalResponse()).output.find((item) => item.type === "function_call")).toMatchObject({
      name: "get_weather",
      arguments: '{"city":"Rome"}',
    });
  });

  it("passes text.format as a JSON schema, and refuses previous_response_id", async () => {
    kit.openai.setFallback({ text: '{"ok":true}' });
    const schema = { type: "object", properties: { ok: { type: "boolean" } }, required: ["ok"], additionalProperties: false };
    const response = await client().responses.create({
      model: "cloud",
      input: "ok?",
      text: { format: { type: "json_schema", name: "ok", schema, strict: true } },
    });
    expect(JSON.parse(response.output_text)).toEqual({ ok: true });
    expect(kit.lastTo(kit.openai, "/chat/completions").body.response_format).toMatchObject({ type: "json_schema", json_schema: { name: "ok", schema } });
    await expect(client().responses.create({ model: "cloud", input: "x", previous_response_id: "resp_1" })).rejects.toMatchObject({
      status: 400,
      param: "previous_response_id",
    });
  });
});
