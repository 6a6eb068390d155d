// Issue #12 item 10: with no keys configured (the default), a web page can neither make the server
// spend (simple cross-origin POSTs, foreign Origin) nor read its answers (DNS rebinding: foreign Host).
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/index.js";
import { startSecurityServer, type SecurityServer } from "../helpers/security-server.js";

let target: SecurityServer;
const chat = JSON.stringify({ model: "cloud", messages: [{ role: "user", content: "spend my credits" }] });

beforeAll(async () => {
  target = await startSecurityServer({ server: { cors: { origins: ["https://app.example"] }, allowedHosts: ["routellm.internal"] } });
});
afterAll(async () => {
  await target?.stop();
});

const post = (headers: Record<string, string>, body = chat) => fetch(`${target.url}/v1/chat/completions`, { method: "POST", headers, body });
const upstreamCalls = () => target.openai.requestsTo("/chat/completions").length + target.ollama.requestsTo("/api/chat").length;

describe("browser requests without keys", () => {
  it("answers 415 to the bodies a page can send without a preflight (text/plain, form), and calls no model", async () => {
    const before = upstreamCalls();
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const response = await post({ "content-type": type });
      expect({ type, status: response.status }).toEqual({ type, status: 415 });
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("unsupported_media_type");
    }
    expect(upstreamCalls()).toBe(before);
  });

  it("refuses a foreign Origin with 403 and calls no model; an allowed origin gets CORS headers and its preflight", async () => {
    const before = upstreamCalls();
    const foreign = await post({ "content-type": "application/json", origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { error: { code: string } }).error.code).toBe("origin_not_allowed");
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
    const foreignPreflight = await fetch(`${target.url}/v1/chat/completions`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(foreignPreflight.status).toBe(403);
    expect(upstreamCalls()).toBe(before);

    const preflight = await fetch(`${target.url}/v1/chat/completions`, {
      method: "OPTIONS",
      headers: { origin: "https://app.example", "access-control-request-method": "POST", "access-control-request-headers": "content-type, authorization" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("https://app.example");
    expect(preflight.headers.get("access-control-allow-headers")).toContain("authorization");
    const allowed = await post({ "content-type": "application/json", origin: "https://app.example" });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://app.example");
  });

  it("answers 421 to a Host it does not serve (DNS rebinding), and serves loopback names and server.allowedHosts", async () => {
    const { port } = new URL(target.url);
    const { request } = await import("node:http");
    const withHost = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const sent = request({ host: "127.0.0.1", port, path: "/v1/models", method: "GET", headers: { host }, agent: false }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        sent.on("error", reject);
        sent.end();
      });
    expect(await withHost(`rebind.evil.example:${port}`)).toBe(421);
    expect(await withHost("rebind.evil.example")).toBe(421);
    expect(await withHost(`localhost:${port}`)).toBe(200);
    expect(await withHost(`127.0.0.1:${port}`)).toBe(200);
    expect(await withHost(`routellm.internal:${port}`)).toBe(200);
  });

  it("still serves the official SDK (no Origin, application/json, loopback Host)", async () => {
    const client = new OpenAI({ baseURL: `${target.url}/v1`, apiKey: "unused", maxRetries: 0 });
    const completion = await client.chat.completions.create({ model: "local", messages: [{ role: "user", content: "hi" }] });
    expect(completion.choices[0]?.message.content).toBe("Local answer.");
  });

  it("rejects unknown server settings, naming the path", () => {
    const models = [{ id: "m", provider: "ollama", model: "llama3.1:8b", tier: "local" }];
    expect(() => parseConfig({ models, server: { cors: { origin: ["https://a.example"] } } })).toThrow(/server\.cors/);
    expect(() => parseConfig({ models, server: { corsOrigins: [] } })).toThrow(/server/);
    expect(() => parseConfig({ models, server: { cors: { origins: ["https://a.example/path"] } } })).toThrow(/server\.cors\.origins\[0\]/);
    expect(() => parseConfig({ models, server: { headersTimeoutMs: 5000, requestTimeoutMs: 1000 } })).toThrow(/server\.headersTimeoutMs/);
  });
});
