import { describe, expect, it } from "vitest";
import { RouterError } from "../../src/index.js";
import { serverPerTest, chatBody, sseEvents } from "./server-test-kit.js";

const setup = serverPerTest();

describe("POST /v1/chat/completions (JSON)", () => {
  it("answers in OpenAI's format with routing headers and the answering model", async () => {
    const { server, router } = setup({ script: { model: "cloud-big", tier: "cloud" } });
    const response = await server.app.inject({
      method: "POST",
      url: "/v1/chat/completions",
      payload: chatBody({ max_tokens: 20, temperature: 0.2 }),
      headers: { "x-request-id": "req-1" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["x-routellm-model"]).toBe("cloud-big");
    expect(response.headers["x-routellm-tier"]).toBe("cloud");
    expect(response.headers["x-routellm-escalations"]).toBe("0");
    expect(response.headers["x-routellm-request-id"]).toBe("req-1");
    const body = response.json();
    expect(body).toMatchObject({
      object: "chat.completion",
      model: "cloud-big",
      choices: [{ index: 0, message: { role: "assistant", content: "Hello world" }, finish_reason: "stop" }],
    });
    expect(body.usage).toEqual({ prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 });
    expect(router.calls[0]?.options).toMatchObject({ profile: "routellm/auto", requestId: "req-1", params: { maxTokens: 20, temperature: 0.2 } });
    expect(router.calls[0]?.options?.signal).toBeInstanceOf(AbortSignal);
    expect(response.headers["x-routellm-exploratory"]).toBeUndefined();
    expect(response.headers["x-routellm-exploration"]).toBeUndefined();
  });

  it("says in its headers when the request explored, and how (local plan run alongside the cloud call)", async () => {
    const { server } = setup({ script: { model: "cloud-big", tier: "cloud", exploration: "local-plan" } });
    const response = await server.app.inject({ method: "POST", url: "/v1/chat/completions", payload: chatBody() });
    expect(response.headers["x-routellm-exploratory"]).toBe("true");
    expect(response.headers["x-routellm-exploration"]).toBe("local-plan");
  });

  it("says in its headers when the verifier explored a step its plan passed over (bandit.online.verifyExploration)", async () => {
    const { server } = setup({ script: { model: "cloud-big", tier: "cloud", exploration: "verify-step" } });
    const response = await server.app.inject({ method: "POST", url: "/v1/chat/completions", payload: chatBody() });
    expect(response.headers["x-routellm-exploratory"]).toBe("true");
    expect(response.headers["x-routellm-exploration"]).toBe("verify-step");
  });

  it("passes a configured model id through as a routing bypass, and tools and response_format along", async () => {
    const { server, router } = setup({ script: { toolCalls: [{ id: "call_1", name: "lookup", args: { q: "x" } }] } });
    const tools = [{ type: "function", function: { name: "lookup", parameters: { type: "object" } } }];
    const response = await server.app.inject({
      method: "POST",
      url: "/v1/chat/completions",
      payload: chatBody({ model: "local-small", tools, tool_choice: "auto", response_format: { type: "json_object" } }),
    });
    expect(response.statusCode).toBe(200);
    expect(router.calls[0]?.options).toMatchObject({ model: "local-small", tools, toolChoice: "auto", responseFormat: { type: "json_object" } });
    expect(router.calls[0]?.options?.profile).toBeUndefined();
    const choice = response.json().choices[0];
    expect(choice.finish_reason).toBe("tool_calls");
    expect(choice.message.tool_calls).toEqual([{ id: "call_1", type: "function", function: { name: "lookup", arguments: '{"q":"x"}' } }]);
  });

  it("rejects n > 1 clearly", async () => {
    const { server, router } = setup();
    const response = await server.app.inject({ method: "POST", url: "/v1/chat/completions", payload: chatBody({ n: 3 }) });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ param: "n", code: "unsupported_parameter", type: "invalid_request_error" });
    expect(router.calls).toHaveLength(0);
  });

  it("answers 404 model_not_found for an unknown model", async () => {
    const { server } = setup();
    const response = await server.app.inject({ method: "POST", url: "/v1/chat/completions", payload: chatBody({ model: "gpt-17" }) });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({ code: "model_not_found", param: "model" });
  });

  it("hides models and profiles that are not exposed", async () => {
    const { server } = setup({ server: { exposure: { profiles: ["routellm/auto"], models: false } } });
    const hidden = await server.app.inject({ method: "POST", url: "/v1/chat/completions", payload: chatBody({ model: "local-small" }) });
    expect(hidden.statusCode).toBe(404);
    const models = await server.app.inject({ method: "GET", url: "/v1/models" });
    expect(models.json().data.map((model: { id: string }) => model.id)).toEqual(["routellm/auto"]);
  });

  it.each([
    ["RATE_LIMITED", 429],
    ["BUDGET_EXCEEDED", 429],
    ["UNKNOWN_MODEL", 404],
    ["INVALID_REQUEST", 400],
    ["PRIVACY_BLOCKED", 403],
    ["NO_ELIGIBLE_MODEL", 503],
    ["MODEL_CALL_FAILED", 502],
    ["MODEL_TIMEOUT", 504],
  ] as const)("maps RouterError %s to HTTP %i", async (code, status) => {
    const { server } = setup({ script: { failBefore: new RouterError(code, "scripted failure", { details: { retryAfterSeconds: 7 } }) } });
    const response = await server.app.inject({ method: "POST", url: "/v1/chat/completions", payload: chatBody() });
    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code.toLowerCase());
    if (status === 429) expect(response.headers["retry-after"]).toBe("7");
  });

  it("turns an upstream Retry-After (retryAfterMs) into a Retry-After header in seconds", async () => {
    const { server } = setup({ script: { failBefore: new RouterError("MODEL_RATE_LIMITED", "rate limited", { details: { retryAfterMs: 2500 } }) } });
    const response = await server.app.inject({ method: "POST", url: "/v1/chat/completions", payload: chatBody() });
    expect(response.statusCode).toBe(429);
    expect(response.headers["retry-after"]).toBe("3");
  });

  it("never leaks the message of an unexpected error", async () => {
    const { server } = setup({ script: { failBefore: new Error("connect to https://api.example?key=sk-secret failed") as RouterError } });
    const response = await server.app.inject({ method: "POST", url: "/v1/chat/completions", payload: chatBody() });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain("sk-secret");
  });
});

describe("POST /v1/chat/completions (SSE)", () => {
  it("streams chunks, a usage chunk when asked, and [DONE]", async () => {
    const { server } = setup({ script: { tokens: ["Hel", "lo"], model: "local-small" } });
    const response = await server.app.inject({
      method: "POST",
      url: "/v1/chat/completions",
      payload: chatBody({ stream: true, stream_options: { include_usage: true } }),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/event-stream");
    expect(response.headers["x-routellm-model"]).toBe("local-small");
    const events = sseEvents(response.body);
    expect(events.at(-1)).toBe("[DONE]");
    const chunks = events.slice(0, -1).map((event) => JSON.parse(event));
    expect(chunks[0].choices[0].delta).toEqual({ role: "assistant", content: "Hel" });
    expect(chunks.map((chunk) => chunk.choices[0]?.delta?.content ?? "").join("")).toBe("Hello");
    expect(chunks.at(-2).choices[0].finish_reason).toBe("stop");
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 } });
  });

  it("names the fallback model in the headers when the first model failed before any token", async () => {
    const { server } = setup({ script: { fallbackFrom: "cloud-big", model: "local-small" } });
    const response = await server.app.inject({ method: "POST", url: "/v1/chat/completions", payload: chatBody({ stream: true }) });
    expect(response.statusCode).toBe(200);
    expect(response.headers["x-routellm-model"]).toBe("local-small");
    expect(response.headers["x-routellm-tier"]).toBe("local");
  });

  it("answers a plain HTTP error when the stream fails before its first token", async () => {
    const { server } = setup({ script: { failBefore: new RouterError("MODEL_CALL_FAILED", "every allowed model failed") } });
    const response = await server.app.inject({ method: "POST", url: "/v1/chat/completions", payload: chatBody({ stream: true }) });
    expect(response.statusCode).toBe(502);
    expect(response.json().error.code).toBe("model_call_failed");
  });

  it("ends a stream that fails after tokens with an explicit error event, not [DONE]", async () => {
    const { server } = setup({ script: { tokens: ["partial"], failAfter: new RouterError("STREAM_BROKEN", "upstream stream broke") } });
    const response = await server.app.inject({ method: "POST", url: "/v1/chat/completions", payload: chatBody({ stream: true }) });
    const events = sseEvents(response.body);
    expect(events).not.toContain("[DONE]");
    expect(JSON.parse(events.at(-1) ?? "{}").error).toMatchObject({ code: "stream_broken", message: "upstream stream broke" });
    const metrics = await server.app.inject({ method: "GET", url: "/metrics" });
    expect(metrics.body).toMatch(/routellm_streams_broken_total 1/);
  });

  it("streams tool calls as a delta when the answer is a tool call", async () => {
    const { server } = setup({ script: { tokens: [], toolCalls: [{ id: "call_9", name: "f", args: {} }] } });
    const response = await server.app.inject({ method: "POST", url: "/v1/chat/completions", payload: chatBody({ stream: true }) });
    const chunks = sseEvents(response.body)
      .slice(0, -1)
      .map((event) => JSON.parse(event));
    expect(chunks[0].choices[0].delta.tool_calls).toEqual([{ index: 0, id: "call_9", type: "function", function: { name: "f", arguments: "{}" } }]);
    expect(chunks.at(-1).choices[0].finish_reason).toBe("tool_calls");
  });
});
