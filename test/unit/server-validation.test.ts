import { afterEach, describe, expect, it } from "vitest";
import type { RouteLLMServer } from "../../src/server/index.js";
import { buildServer, chatBody } from "./server-test-kit.js";

let current: RouteLLMServer | undefined;
afterEach(async () => {
  await current?.close(0);
  current = undefined;
});

function setup(server: Record<string, unknown> = {}) {
  const built = buildServer({ server });
  current = built.server;
  return built;
}

const raw = (server: RouteLLMServer, payload: string | Buffer, contentType = "application/json") =>
  server.app.inject({ method: "POST", url: "/v1/chat/completions", payload, headers: { "content-type": contentType } });

describe("request validation", () => {
  it("rejects malformed JSON, invalid UTF-8, an empty body and a non-object with 400", async () => {
    const { server, router } = setup();
    for (const payload of ["{", "[]", "null", "42", "", Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])]) {
      const response = await raw(server, payload);
      expect(response.statusCode, String(payload)).toBe(400);
      expect(response.json().error.type).toBe("invalid_request_error");
    }
    expect(router.calls).toHaveLength(0);
  });

  it("names the bad field in the error", async () => {
    const { server } = setup();
    const response = await server.app.inject({
      method: "POST",
      url: "/v1/chat/completions",
      payload: chatBody({ messages: [{ role: "wizard", content: "x" }] }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.param).toBe("messages[0].role");
    const temperature = await server.app.inject({ method: "POST", url: "/v1/chat/completions", payload: chatBody({ temperature: "hot" }) });
    expect(temperature.json().error.param).toBe("temperature");
  });

  it("answers 413 past the configured body limit", async () => {
    const { server } = setup({ bodyLimitBytes: 2048 });
    const response = await server.app.inject({
      method: "POST",
      url: "/v1/chat/completions",
      payload: chatBody({ messages: [{ role: "user", content: "x".repeat(4096) }] }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe("body_too_large");
  });

  it("answers 415 for a body that is not JSON", async () => {
    const { server } = setup();
    expect((await raw(server, "a=b", "multipart/form-data; boundary=x")).statusCode).toBe(415);
  });

  it("ignores an x-request-id that is not a safe token and generates one", async () => {
    const { server } = setup();
    const response = await server.app.inject({
      method: "POST",
      url: "/v1/chat/completions",
      payload: chatBody(),
      headers: { "x-request-id": "bad id\twith spaces" },
    });
    expect(response.headers["x-routellm-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });
});
