// Graceful shutdown over real HTTP: in-flight streams finish within the deadline; past it they
// end with an explicit error event.
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { serverSchema } from "../../src/config/sections/server.js";
import { createServer } from "../../src/server/index.js";
import { createFakeRouter, type FakeScript } from "../unit/server-fake-router.js";

async function serve(script: FakeScript) {
  const server = createServer({
    router: createFakeRouter(script),
    settings: serverSchema.parse({}),
    env: {},
    logger: pino({ level: "silent" }),
    defaultMetrics: false,
  });
  const url = await server.listen({ port: 0, host: "127.0.0.1" });
  return { server, url };
}

async function openStream(url: string) {
  const response = await fetch(`${url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: "routellm/auto", messages: [{ role: "user", content: "hi" }], stream: true }),
  });
  expect(response.status).toBe(200);
  return response.text();
}

describe("graceful shutdown", () => {
  it("lets an in-flight stream finish within the deadline and refuses new connections", async () => {
    const { server, url } = await serve({ tokens: ["a", "b", "c", "d", "e"], tokenDelayMs: 40 });
    const body = openStream(url);
    while (server.inFlight() === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const closed = server.close(10_000);
    const text = await body;
    await closed;
    expect(text.trim().endsWith("data: [DONE]")).toBe(true);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it("cuts a stream still running at the deadline with an explicit error event", async () => {
    const { server, url } = await serve({ tokens: ["a"], hang: true });
    const body = openStream(url);
    while (server.inFlight() === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await server.close(50);
    const text = await body;
    expect(text).not.toContain("[DONE]");
    expect(text).toContain('"code":"shutdown"');
  });
});
