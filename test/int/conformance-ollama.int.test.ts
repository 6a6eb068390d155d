// The `ollama` client against RouteLLM's server: chat and generate with options, images, embed,
// show, version, ps — each asserting what the upstream received.
import { Ollama } from "ollama";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CLOUD_TEXT, LOCAL_TEXT, startConformanceKit, type ConformanceKit } from "../helpers/conformance-kit.js";

let kit: ConformanceKit;
beforeAll(async () => {
  kit = await startConformanceKit();
});
afterAll(async () => kit.close());
afterEach(() => kit.reset());

const client = () => new Ollama({ host: kit.baseUrl });
const PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
const options = { num_predict: 12, temperature: 0.3, top_p: 0.8, top_k: 20, seed: 5, stop: ["\n\n"], num_ctx: 4096, repeat_penalty: 1.1 };

describe("chat", () => {
  it("passes every option to an Ollama model", async () => {
    const response = await client().chat({ model: "local-tools", messages: [{ role: "user", content: "What is 2+2?" }], options, stream: false });
    expect(response.message.content).toBe(LOCAL_TEXT);
    expect(kit.lastTo(kit.ollama, "/api/chat").body.options).toMatchObject(options);
  });

  it("maps options onto an OpenAI model (num_predict → max_tokens) and warns about the Ollama-only ones", async () => {
    const response = await fetch(`${kit.baseUrl}/api/chat`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "cloud", messages: [{ role: "user", content: "hi" }], options, stream: false }),
    });
    expect(((await response.json()) as { message: { content: string } }).message.content).toBe(CLOUD_TEXT);
    expect(kit.lastTo(kit.openai, "/chat/completions").body).toMatchObject({ max_tokens: 12, temperature: 0.3, top_p: 0.8, seed: 5, stop: ["\n\n"] });
    expect(kit.lastTo(kit.openai, "/chat/completions").body).not.toHaveProperty("top_k");
    expect(response.headers.get("x-routellm-warning")).toBe("cloud does not accept top_k, repeat_penalty, num_ctx: dropped");
  });

  it("streams, and routes images to a vision model (no longer dropped)", async () => {
    let text = "";
    for await (const part of await client().chat({
      model: "routellm/local-only",
      messages: [{ role: "user", content: "What is this?", images: [PIXEL] }],
      stream: true,
    }))
      text += part.message.content;
    expect(text).toBe(LOCAL_TEXT);
    const received = kit.lastTo(kit.ollama, "/api/chat").body;
    expect(received.model).toBe("llama3.1:8b");
    expect(received.messages.at(-1)).toMatchObject({ role: "user", content: "What is this?", images: [PIXEL] });
  });
});

describe("generate", () => {
  it("maps a prompt, system prompt, format and options onto chat", async () => {
    kit.ollama.setFallback({ text: '{"answer":4}' });
    const response = await client().generate({
      model: "local-tools",
      prompt: "What is 2+2?",
      system: "Answer in JSON.",
      format: "json",
      options: { num_predict: 30 },
      stream: false,
    });
    expect(response.response).toBe('{"answer":4}');
    expect(response.done).toBe(true);
    const body = kit.lastTo(kit.ollama, "/api/chat").body;
    expect(body.messages).toEqual([
      { role: "system", content: "Answer in JSON." },
      { role: "user", content: "What is 2+2?" },
    ]);
    expect(body.format).toBe("json");
    expect(body.options.num_predict).toBe(30);
  });

  it("streams the response, and passes images along", async () => {
    let text = "";
    for await (const part of await client().generate({ model: "local-tools", prompt: "Describe", images: [PIXEL], stream: true })) text += part.response;
    expect(text).toBe(LOCAL_TEXT);
    expect(kit.lastTo(kit.ollama, "/api/chat").body.messages.at(-1)).toMatchObject({ content: "Describe", images: [PIXEL] });
  });

  it("refuses a fill-in-the-middle suffix with a clear error", async () => {
    await expect(client().generate({ model: "local-tools", prompt: "def f(", suffix: "return x" })).rejects.toThrow(/suffix is not supported/);
  });
});

describe("embed, show, version, ps", () => {
  it("embeds through a local embedding model; sensitive input never reaches the cloud one", async () => {
    const response = await client().embed({ model: "embed-local", input: ["first text", "second text"] });
    expect(response.embeddings).toHaveLength(2);
    expect(kit.lastTo(kit.ollama, "/api/embed").body).toMatchObject({ model: "nomic-embed-text", input: ["first text", "second text"] });
    const cloudBefore = kit.openai.requestsTo("/embeddings").length;
    await expect(client().embed({ model: "embed-cloud", input: "mail jane.roe@acme-mail.de" })).rejects.toThrow(/sensitive data/);
    expect(kit.openai.requestsTo("/embeddings").length).toBe(cloudBefore);
  });

  it("shows capabilities, the version and the models it can route to", async () => {
    expect((await client().show({ model: "local-tools" })).capabilities).toEqual(["completion", "tools", "vision"]);
    expect((await client().show({ model: "local-plain" })).capabilities).toEqual(["completion"]);
    expect((await client().show({ model: "embed-local" })).capabilities).toEqual(["embedding"]);
    await expect(client().show({ model: "nope" })).rejects.toThrow(/not found/);
    expect((await client().version()).version).toMatch(/^\d+\.\d+\.\d+/);
    const running = await client().ps();
    expect(running.models.map((model) => model.name)).toEqual(expect.arrayContaining(["local-tools", "local-plain", "cloud"]));
  });
});
