// Issue #12 (minor): what the server says and logs when things go wrong: a client that leaves is
// logged 499 (not 200), and a Redis that is down answers 503 "shared state unavailable" without
// its address, which stays in the server log.
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../helpers/free-port.js";
import { sha256Hex, startSecurityServer, type SecurityServer } from "../helpers/security-server.js";
import { waitFor } from "../helpers/batch-redis.js";

describe("a client that disconnects", () => {
  let target: SecurityServer;
  beforeAll(async () => {
    target = await startSecurityServer({ tokenDelayMs: 400 });
  });
  afterAll(async () => {
    await target?.stop();
  });

  const requestLines = () => target.logs.filter((line) => line.msg === "request" && line.route === "/v1/chat/completions");

  it("is logged 499 when it leaves before a JSON answer", async () => {
    const before = requestLines().length;
    const controller = new AbortController();
    const client = new OpenAI({ baseURL: `${target.url}/v1`, apiKey: "unused", maxRetries: 0 });
    const upstreamBefore = target.ollama.requests.length;
    const answer = client.chat.completions.create({ model: "local", messages: [{ role: "user", content: "hi" }] }, { signal: controller.signal });
    // Leave once the model is working on it (its answer takes two 400 ms tokens).
    await waitFor(async () => target.ollama.requests.length > upstreamBefore, "the upstream call", 10_000, 10);
    controller.abort();
    await expect(answer).rejects.toThrow();
    await waitFor(async () => requestLines().length > before, "the request's log line", 10_000);
    expect(requestLines().at(-1)).toMatchObject({ status: 499, error: "client_disconnected" });
  });

  it("is logged 499 when it leaves in the middle of a stream", async () => {
    const before = requestLines().length;
    const client = new OpenAI({ baseURL: `${target.url}/v1`, apiKey: "unused", maxRetries: 0 });
    const controller = new AbortController();
    const stream = await client.chat.completions.create(
      { model: "local", stream: true, messages: [{ role: "user", content: "hi" }] },
      { signal: controller.signal },
    );
    try {
      for await (const chunk of stream) {
        if (chunk.choices[0]?.delta.content) {
          controller.abort();
          break;
        }
      }
    } catch {
      // The SDK may report the abort as an error; either way the client has left.
    }
    await waitFor(async () => requestLines().length > before, "the request's log line", 10_000);
    expect(requestLines().at(-1)).toMatchObject({ status: 499 });
  });
});

describe("Redis down", () => {
  it("answers 503 'shared state unavailable' without the address, which only the log names", async () => {
    const port = await freePort();
    const key = "sk-limited";
    const target = await startSecurityServer({
      server: {
        redisUrl: `redis://127.0.0.1:${port}`,
        readinessTimeoutMs: 300,
        auth: { keys: [{ name: "limited", sha256: sha256Hex(key), rateLimit: { requestsPerMinute: 100 } }] },
      },
      sections: { bandit: { store: { type: "redis", url: `redis://127.0.0.1:${port}` } } },
    });
    try {
      const client = new OpenAI({ baseURL: `${target.url}/v1`, apiKey: key, maxRetries: 0 });
      const failure = await client.chat.completions
        .create({ model: "routellm/auto", messages: [{ role: "user", content: "hi" }] })
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(OpenAI.APIError);
      const apiError = failure as InstanceType<typeof OpenAI.APIError>;
      expect(apiError.status).toBe(503);
      expect(apiError.message).toContain("shared state unavailable");
      expect(JSON.stringify(apiError.error)).not.toContain(String(port));
      expect(JSON.stringify(apiError.error)).not.toContain("127.0.0.1");
      expect(JSON.stringify(target.logs)).toContain(`127.0.0.1:${port}`);
    } finally {
      await target.stop();
    }
  });

  it("the bandit store's outage answers the same way (limits kept in memory)", async () => {
    const port = await freePort();
    const target = await startSecurityServer({ sections: { bandit: { store: { type: "redis", url: `redis://127.0.0.1:${port}` } } } });
    try {
      for (const stream of [false, true]) {
        const response = await fetch(`${target.url}/v1/chat/completions`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ model: "routellm/auto", stream, messages: [{ role: "user", content: "hi" }] }),
        });
        const body = await response.text();
        expect({ stream, status: response.status }).toEqual({ stream, status: 503 });
        expect(body).toContain("shared state unavailable");
        expect(body).not.toContain(String(port));
      }
      expect(JSON.stringify(target.logs)).toContain(`127.0.0.1:${port}`);
    } finally {
      await target.stop();
    }
  });
});
