// Thousands of malformed and hostile requests over real HTTP: every one gets a 4xx, and the
// server keeps serving valid requests afterwards.
import { connect } from "node:net";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededRandom } from "../../src/index.js";
import { serverSchema } from "../../src/config/sections/server.js";
import { createServer, hashApiKey, type RouteLLMServer } from "../../src/server/index.js";
import { createFakeRouter } from "../unit/server-fake-router.js";

const KEY = "sk-fuzz-key";
let server: RouteLLMServer;
let url: string;
let port: number;

beforeAll(async () => {
  server = createServer({
    router: createFakeRouter(),
    settings: serverSchema.parse({ bodyLimitBytes: 65_536, auth: { keys: [{ name: "fuzz", sha256: hashApiKey(KEY).toString("hex") }] } }),
    env: {},
    logger: pino({ level: "silent" }),
    defaultMetrics: false,
  });
  url = await server.listen({ port: 0, host: "127.0.0.1" });
  port = Number(new URL(url).port);
});

afterAll(async () => {
  await server.close(0);
});

const random = createSeededRandom(20261128);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const valid = { model: "routellm/auto", messages: [{ role: "user", content: "hello" }] };

/** Bodies invalid for every endpoint. */
const invalidAnywhere: Array<() => string | Buffer> = [
  () => JSON.stringify(valid).slice(0, 1 + Math.floor(random() * 40)),
  () => Buffer.from(Array.from({ length: 1 + Math.floor(random() * 200) }, () => Math.floor(random() * 256))),
  () => pick(["null", "[]", "42", '"text"', "true", "", " ", "{}", '{"__proto__":{"admin":true}}']),
  () => "[".repeat(1000 + Math.floor(random() * 20_000)) + "]".repeat(10),
  () =>
    Buffer.concat([
      Buffer.from('{"model":"routellm/auto","messages":[{"role":"user","content":"'),
      Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff]),
      Buffer.from('"}]}'),
    ]),
  () => JSON.stringify({ ...valid, messages: [{ role: "user", content: "x".repeat(70_000) }] }),
  () => JSON.stringify({ ...valid, messages: [] }),
];

/** Chat-completions bodies that break exactly one of its rules. */
const invalidChat: Array<() => string | Buffer> = [
  () => JSON.stringify({ ...valid, model: pick([42, null, true, [], {}]) }),
  () => JSON.stringify({ ...valid, messages: pick(["hi", 3, null, {}, [], [1, 2], [{ role: "user" }].map(() => "x")]) }),
  () => JSON.stringify({ ...valid, messages: [{ role: pick(["wizard", "", 7, null, "USER"]), content: "x" }] }),
  () => JSON.stringify({ ...valid, messages: [{ role: "user", content: pick([5, true, { a: 1 }, [1]]) }] }),
  () => JSON.stringify({ ...valid, temperature: pick([-1, 3, "hot", [], { value: 1 }]) }),
  () => JSON.stringify({ ...valid, max_tokens: pick([-5, 0, 1.5, "many"]) }),
  () => JSON.stringify({ ...valid, n: pick([2, 10, 0, -1, "two"]) }),
  () => JSON.stringify({ ...valid, stream: pick(["yes", 1, {}]) }),
  () => JSON.stringify({ ...valid, tools: pick(["none", [{ type: "python" }], [{}], 7]) }),
  () => JSON.stringify({ ...valid, response_format: pick([{ type: "xml" }, "json", { type: "json_schema" }]) }),
  () => JSON.stringify({ ...valid, model: pick(["gpt-17", "../../etc/passwd", "routellm/none", "\u0000", "x".repeat(300)]) }),
];

const paths = ["/v1/chat/completions", "/api/chat", "/v1/feedback"];

async function fuzzFetch(): Promise<number> {
  const kind = random();
  const headers: Record<string, string> = { "content-type": "application/json", authorization: `Bearer ${KEY}` };
  if (kind < 0.08) {
    headers.authorization = pick(["", "Bearer", "Bearer wrong", "Basic Zm9vOmJhcg==", `Bearer ${"k".repeat(5000)}`, "Bearer sk-fuzz-key2"]);
  } else if (kind < 0.14) {
    headers["content-type"] = pick(["application/xml", "multipart/form-data; boundary=x", "image/png", "application/octet-stream"]);
  } else if (kind < 0.18) {
    const response = await fetch(`${url}${pick(["/v1/nope", "/admin", "/%2e%2e/%2e%2e", "/v1/chat/completions/x", "/api/generate"])}`, {
      method: pick(["GET", "POST", "DELETE", "PUT"]),
      headers,
    });
    await response.arrayBuffer();
    return response.status;
  } else if (kind < 0.2) {
    headers["x-request-id"] = pick(["a b", "x".repeat(500), "../../", "\u00e9"]).replace(/[^\x20-\x7e]/g, "?");
  }
  const chat = random() < 0.5;
  const body = chat ? pick(invalidChat)() : pick(invalidAnywhere)();
  const response = await fetch(`${url}${chat ? "/v1/chat/completions" : pick(paths)}`, { method: "POST", headers, body });
  await response.arrayBuffer();
  return response.status;
}

/** Requests only a raw socket can send: broken framing, oversized or invalid headers. */
function rawRequest(): Promise<number> {
  const requests = [
    () => `POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\nContent-Length: 5\r\n\r\n{}`,
    () => `POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`,
    () => `POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n`,
    () => `GARBAGE / HTTP/1.1\r\nHost: x\r\n\r\n`,
    () => `POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nzz\r\n`,
    () => `POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n`,
    () =>
      `POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\nAuthorization: Bearer ${KEY}\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
    () => `POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Bearer ${KEY}\r\nContent-Length: 2\r\n\r\n{x`,
  ];
  const payload = pick(requests)();
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    socket.setTimeout(5000, () => socket.destroy(new Error("no answer")));
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(received);
      if (match) {
        socket.destroy();
        resolve(Number(match[1]));
      }
    });
    socket.on("error", reject);
    socket.on("close", () => {
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(received);
      if (!match) reject(new Error(`connection closed without a status line for ${JSON.stringify(payload.slice(0, 80))}`));
    });
    socket.end(payload);
  });
}

describe("hostile traffic", () => {
  it("answers every malformed or hostile request with a 4xx and keeps serving", async () => {
    const statuses = new Map<number, number>();
    const started = Date.now();
    const total = 2000;
    const concurrency = 24;
    let sent = 0;
    const worker = async () => {
      while (sent < total) {
        sent += 1;
        const status = random() < 0.1 ? await rawRequest() : await fuzzFetch();
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    console.log(`fuzz: ${total} requests in ${Date.now() - started} ms`, Object.fromEntries(statuses));
    const counted = [...statuses.values()].reduce((sum, count) => sum + count, 0);
    expect(counted).toBeGreaterThanOrEqual(total);
    for (const status of statuses.keys()) expect(status, `status ${status} seen ${statuses.get(status)} times`).toBeGreaterThanOrEqual(400);
    for (const status of statuses.keys()) expect(status).toBeLessThan(500);
    const healthy = await fetch(`${url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` },
      body: JSON.stringify(valid),
    });
    expect(healthy.status).toBe(200);
    expect(((await healthy.json()) as { choices: Array<{ message: { content: string } }> }).choices[0]?.message.content).toBe("Hello world");
    expect(server.inFlight()).toBe(0);
  });
});
