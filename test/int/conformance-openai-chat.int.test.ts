// The `openai` SDK against RouteLLM's server: every chat parameter reaches the upstream under its
// provider's name, or is dropped with a warning / refused by the documented rule.
import OpenAI from "openai";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startConformanceKit, type ConformanceKit } from "../helpers/conformance-kit.js";

let kit: ConformanceKit;
beforeAll(async () => {
  kit = await startConformanceKit();
});
afterAll(async () => kit.close());
afterEach(() => kit.reset());

const client = (headers: Record<string, string> = {}) => new OpenAI({ baseURL: `${kit.baseUrl}/v1`, apiKey: "unused", maxRetries: 0, defaultHeaders: headers });
const everyParameter: Pick<
  OpenAI.ChatCompletionCreateParamsNonStreaming,
  "max_tokens" | "temperature" | "top_p" | "stop" | "seed" | "presence_penalty" | "frequency_penalty" | "user" | "logit_bias"
> = {
  max_tokens: 50,
  temperature: 0,
  top_p: 0.9,
  stop: ["END"],
  seed: 42,
  presence_penalty: 0.5,
  frequency_penalty: 0.25,
  user: "user-17",
  logit_bias: { "1234": -100 },
};

describe("chat parameters", () => {
  it("reach an OpenAI-compatible model under their OpenAI names", async () => {
    const { response } = await client()
      .chat.completions.create({ model: "cloud", messages: [{ role: "user", content: "What is 2+2?" }], ...everyParameter })
      .withResponse();
    const body = kit.lastTo(kit.openai, "/chat/completions").body;
    expect(body).toMatchObject({
      model: "gpt-4o-mini",
      max_tokens: 50,
      temperature: 0,
      top_p: 0.9,
      stop: ["END"],
      seed: 42,
      presence_penalty: 0.5,
      frequency_penalty: 0.25,
      user: "user-17",
      logit_bias: { "1234": -100 },
    });
    expect(response.headers.get("x-routellm-warning")).toBeNull();
  });

  it("reach an Ollama model as options (max_tokens → num_predict); those Ollama lacks are dropped with a warning", async () => {
    const { data, response } = await client()
      .chat.completions.create({ model: "local-tools", messages: [{ role: "user", content: "What is 2+2?" }], ...everyParameter })
      .withResponse();
    expect(data.model).toBe("local-tools");
    const body = kit.lastTo(kit.ollama, "/api/chat").body;
    expect(body.options).toMatchObject({
      num_predict: 50,
      temperature: 0,
      top_p: 0.9,
      stop: ["END"],
      seed: 42,
      presence_penalty: 0.5,
      frequency_penalty: 0.25,
    });
    expect(body).not.toHaveProperty("user");
    expect(response.headers.get("x-routellm-warning")).toBe("local-tools does not accept user, logit_bias: dropped");
  });

  it("refuses a parameter the chosen model lacks in strict mode, and routes to a model that has it", async () => {
    const strict = client({ "x-routellm-unsupported-params": "reject" });
    await expect(strict.chat.completions.create({ model: "local-tools", messages: [{ role: "user", content: "hi" }], user: "u1" })).rejects.toMatchObject({
      status: 400,
      param: "user",
    });
    const routed = await strict.chat.completions.create({ model: "routellm/auto", messages: [{ role: "user", content: "hi" }], user: "u1" });
    expect(routed.model).toBe("cloud");
    expect(kit.lastTo(kit.openai, "/chat/completions").body.user).toBe("u1");
  });

  it("warns about an unknown field, and refuses logprobs it cannot return", async () => {
    const response = await fetch(`${kit.baseUrl}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "cloud", messages: [{ role: "user", content: "hi" }], store: true, frobnicate: 1 }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-routellm-warning")).toBe("store ignored (RouteLLM stores no completions); frobnicate ignored (unknown parameter)");
    await expect(client().chat.completions.create({ model: "cloud", messages: [{ role: "user", content: "hi" }], logprobs: true })).rejects.toMatchObject({
      status: 400,
      param: "logprobs",
    });
  });

  it("streams with every chunk, the header and the metric naming a directly named model, parameters included", async () => {
    const { data: stream, response } = await client()
      .chat.completions.create({
        model: "local-tools",
        messages: [{ role: "user", content: "count" }],
        stream: true,
        max_completion_tokens: 7,
        stop: "X",
        user: "u2",
      })
      .withResponse();
    const models = new Set<string>();
    let text = "";
    for await (const chunk of stream) {
      models.add(chunk.model);
      text += chunk.choices[0]?.delta?.content ?? "";
    }
    expect(text).toBe("Local answer: 4.");
    expect([...models]).toEqual(["local-tools"]);
    expect(response.headers.get("x-routellm-model")).toBe("local-tools");
    expect(response.headers.get("x-routellm-warning")).toBe("local-tools does not accept user: dropped");
    expect(kit.lastTo(kit.ollama, "/api/chat").body.options).toMatchObject({ num_predict: 7, stop: ["X"] });
    const metrics = await (await fetch(`${kit.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/routellm_time_to_first_token_seconds_count\{model="local-tools"\} [1-9]/);
    expect(metrics).not.toMatch(/model="unknown"/);
  });

  it("ends a stream normally on [DONE] without a finish_reason, while a cut stream is an explicit error", async () => {
    kit.openai.setFallback({ text: "one two three", omitFinishReason: true });
    let text = "";
    for await (const chunk of await client().chat.completions.create({ model: "cloud", messages: [{ role: "user", content: "count" }], stream: true }))
      text += chunk.choices[0]?.delta?.content ?? "";
    expect(text).toBe("one two three");
    kit.openai.setFallback({ text: "one two three", cutAfterTokens: 2 });
    const consume = async () => {
      for await (const chunk of await client().chat.completions.create({ model: "cloud", messages: [{ role: "user", content: "count" }], stream: true }))
        void chunk;
    };
    await expect(consume()).rejects.toThrow(/broke off|stream/);
  });
});
