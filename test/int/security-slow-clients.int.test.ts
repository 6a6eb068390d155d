// Issue #12 item 9: a client that dribbles its headers or body is cut off in bounded time, and a
// client refused for its key loses its connection. Raw sockets against the real server.
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256Hex, startSecurityServer, type SecurityServer } from "../helpers/security-server.js";

const KEY = "sk-slow-client";
let target: SecurityServer;

beforeAll(async () => {
  target = await startSecurityServer({
    server: { headersTimeoutMs: 500, requestTimeoutMs: 1500, auth: { keys: [{ name: "slow", sha256: sha256Hex(KEY) }] } },
  });
});
afterAll(async () => {
  await target?.stop();
});

interface Exchange {
  socket: Socket;
  /** Everything the server sent. */
  received: () => string;
  /** Resolves with the milliseconds from connect to the server closing the connection (or the cap). */
  closedAfter: (capMs: number) => Promise<number>;
}

function open(): Promise<Exchange> {
  const { hostname, port } = new URL(target.url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const startedAt = Date.now();
    let text = "";
    let closedAt: number | undefined;
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (text += chunk));
    socket.on("error", () => undefined);
    const closed = new Promise<void>((done) => socket.once("close", () => ((closedAt = Date.now()), done())));
    socket.once("connect", () =>
      resolve({
        socket,
        received: () => text,
        closedAfter: async (capMs) => {
          await Promise.race([closed, new Promise((done) => setTimeout(done, capMs))]);
          return (closedAt ?? Number.POSITIVE_INFINITY) - startedAt;
        },
      }),
    );
    socket.once("error", reject);
  });
}

/** Writes one byte every `everyMs` until the socket closes. */
function dribble(socket: Socket, everyMs: number): () => void {
  const timer = setInterval(() => {
    if (socket.destroyed || socket.writableEnded) return clearInterval(timer);
    socket.write("x");
  }, everyMs);
  return () => clearInterval(timer);
}

const head = (headers: string[]) =>
  `POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n${headers.join("")}\r\n`;

describe("slow clients", () => {
  it("closes the connection right after a 401, even while the body is still coming", async () => {
    const exchange = await open();
    exchange.socket.write(head([]));
    const stop = dribble(exchange.socket, 50);
    const closedAfterMs = await exchange.closedAfter(5000);
    stop();
    expect(exchange.received()).toMatch(/^HTTP\/1\.1 401/);
    expect(exchange.received().toLowerCase()).toContain("connection: close");
    // Well before the request timeout (1.5 s): the refused client is not read any further.
    expect(closedAfterMs).toBeLessThan(1000);
  });

  it("answers 408 and closes the connection when a keyed client's body takes longer than requestTimeoutMs", async () => {
    const exchange = await open();
    exchange.socket.write(head([`Authorization: Bearer ${KEY}\r\n`]));
    const stop = dribble(exchange.socket, 100);
    const closedAfterMs = await exchange.closedAfter(8000);
    stop();
    expect(closedAfterMs).toBeLessThan(4000);
    expect(exchange.received()).toMatch(/^HTTP\/1\.1 408/);
    expect(target.ollama.requestsTo("/api/chat")).toHaveLength(0);
  });

  it("closes a connection whose headers never finish within headersTimeoutMs", async () => {
    const exchange = await open();
    exchange.socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    const timer = setInterval(() => !exchange.socket.destroyed && exchange.socket.write("X-Slow: 1\r\n"), 100);
    const closedAfterMs = await exchange.closedAfter(8000);
    clearInterval(timer);
    expect(closedAfterMs).toBeLessThan(3000);
    expect(exchange.received()).toMatch(/^HTTP\/1\.1 408/);
  });
});
