import { afterEach, describe, expect, it } from "vitest";
import { RouterError } from "../../src/index.js";
import type { RouteLLMServer } from "../../src/server/index.js";
import { buildServer } from "./server-test-kit.js";

let current: RouteLLMServer | undefined;
afterEach(async () => {
  await current?.close(0);
  current = undefined;
});

const body = (extra: Record<string, unknown> = {}) => ({ model: "routellm/auto", messages: [{ role: "user", content: "hi" }], ...extra });

describe("Ollama-compatible endpoints", () => {
  it("streams NDJSON by default, ending with done:true and token counts", async () => {
    const built = buildServer({ script: { tokens: ["a", "b"] } });
    current = built.server;
    const response = await built.server.app.inject({
      method: "POST",
      url: "/api/chat",
      payload: body({ options: { temperature: 0.1, num_predict: 9 }, format: "json" }),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("application/x-ndjson");
    const lines = response.body
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(
      lines
        .slice(0, -1)
        .map((line) => line.message.content)
        .join(""),
    ).toBe("ab");
    expect(lines.at(-1)).toMatchObject({ done: true, done_reason: "stop", prompt_eval_count: 5, eval_count: 2, model: "local-small" });
    expect(built.router.calls[0]?.options).toMatchObject({ params: { temperature: 0.1, maxTokens: 9 }, responseFormat: { type: "json_object" } });
  });

  it("answers one JSON object with stream:false, accepting the :latest suffix", async () => {
    const built = buildServer();
    current = built.server;
    const response = await built.server.app.inject({ method: "POST", url: "/api/chat", payload: body({ model: "local-small:latest", stream: false }) });
    expect(response.json()).toMatchObject({ done: true, message: { role: "assistant", content: "Hello world" } });
    expect(built.router.calls[0]?.options?.model).toBe("local-small");
  });

  it("uses Ollama's error shape, in the body before a token and as a line after", async () => {
    const before = buildServer({ script: { failBefore: new RouterError("NO_ELIGIBLE_MODEL", "no model allowed") } });
    current = before.server;
    const failed = await before.server.app.inject({ method: "POST", url: "/api/chat", payload: body() });
    expect(failed.statusCode).toBe(503);
    expect(failed.json()).toEqual({ error: "no model allowed" });
    await before.server.close(0);
    const after = buildServer({ script: { tokens: ["x"], failAfter: new RouterError("STREAM_BROKEN", "cut") } });
    current = after.server;
    const cut = await after.server.app.inject({ method: "POST", url: "/api/chat", payload: body() });
    const lines = cut.body
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.at(-1)).toEqual({ error: "cut" });
    expect(lines.some((line) => line.done === true)).toBe(false);
  });

  it("lists profiles and models in /api/tags", async () => {
    const built = buildServer();
    current = built.server;
    const response = await built.server.app.inject({ method: "GET", url: "/api/tags" });
    const names = response.json().models.map((model: { name: string }) => model.name);
    expect(names).toEqual(["routellm/auto", "routellm/local-only", "local-small", "cloud-big"]);
  });
});
