// httpFetch (node:http keep-alive fetch of the model clients) keeps fetch's behaviour on the cases
// the SDKs meet: JSON, compressed bodies, redirects, a refused connection, an abort, a cut body.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getEventListeners } from "node:events";
import { httpFetch } from "../../src/models/http-fetch.js";
import { createDeadlineFetch } from "../../src/models/deadline-fetch.js";

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      if (request.url === "/echo")
        return void response
          .writeHead(201, { "content-type": "application/json", "x-seen": request.headers["content-type"] ?? "" })
          .end(JSON.stringify({ method: request.method, body: Buffer.concat(chunks).toString() }));
      if (request.url === "/gzip") return void response.writeHead(200, { "content-encoding": "gzip" }).end(gzipSync("compressed answer"));
      if (request.url === "/moved") return void response.writeHead(307, { location: "/echo" }).end();
      if (request.url === "/cut") {
        response.writeHead(200, { "content-type": "text/event-stream" });
        response.write("data: one\n\n");
        return void setTimeout(() => response.socket?.destroy(), 20);
      }
      if (request.url === "/hang") return void response.writeHead(200).write("partial");
      response.writeHead(404).end();
    });
  }).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe("httpFetch", () => {
  it("sends method, headers and body; answers status, headers, url and JSON", async () => {
    const response = await httpFetch(`${base}/echo`, { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"a":1}' });
    expect([response.status, response.headers.get("x-seen"), response.url]).toEqual([201, "application/json", `${base}/echo`]);
    expect(await response.json()).toEqual({ method: "POST", body: '{"a":1}' });
  });

  it("decodes a gzip body and follows a redirect through fetch", async () => {
    expect(await (await httpFetch(`${base}/gzip`)).text()).toBe("compressed answer");
    const moved = await httpFetch(`${base}/moved`, { method: "POST", body: "again" });
    expect(await moved.json()).toEqual({ method: "POST", body: "again" });
  });

  it("rejects a refused connection as fetch does: TypeError('fetch failed') with the socket error as cause", async () => {
    const failure = await httpFetch("http://127.0.0.1:1/", { method: "POST", body: "x" }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as TypeError).message).toBe("fetch failed");
    expect(((failure as TypeError).cause as { code?: string }).code).toBe("ECONNREFUSED");
  });

  it("errors a body cut by the peer with 'terminated', and an aborted body with the signal's reason", async () => {
    const cut = await httpFetch(`${base}/cut`);
    expect(await cut.text().catch((error: Error) => error.message)).toBe("terminated");
    const controller = new AbortController();
    const hanging = await httpFetch(`${base}/hang`, { signal: controller.signal });
    const reason = new Error("deadline");
    setTimeout(() => controller.abort(reason), 20);
    expect(await hanging.text().catch((error: unknown) => error)).toBe(reason);
    await expect(httpFetch(`${base}/echo`, { signal: controller.signal })).rejects.toBe(reason);
  });
});

describe("createDeadlineFetch over httpFetch", () => {
  it("holds the deadline until the body ends, then lets go of the caller's signal", async () => {
    // Two deadlines: a call that ends must never meet its deadline, even on a loaded CI machine (a 150 ms deadline
    // once expired before the echo answered); the stalled body must meet its own, which cannot be too early.
    const generousFetch = createDeadlineFetch(30_000, { baseFetch: httpFetch });
    const deadlineFetch = createDeadlineFetch(1_000, { baseFetch: httpFetch });
    const caller = new AbortController();
    const response = await generousFetch(`${base}/echo`, { method: "POST", body: "{}", signal: caller.signal });
    expect(await response.json()).toEqual({ method: "POST", body: "{}" });
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);

    const stalled = await deadlineFetch(`${base}/hang`, { signal: caller.signal });
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(1);
    const error = (await stalled.text().catch((failure: unknown) => failure)) as Error;
    expect([error.name, error.message]).toEqual(["TimeoutError", "model call timed out after 1000 ms"]);
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
  });

  it("aborts with the caller's reason, and keeps the deadline through a redirect answered by fetch", async () => {
    const deadlineFetch = createDeadlineFetch(5_000, { baseFetch: httpFetch });
    const caller = new AbortController();
    const hanging = await deadlineFetch(`${base}/hang`, { signal: caller.signal });
    const reason = new Error("client went away");
    setTimeout(() => caller.abort(reason), 20);
    expect(await hanging.text().catch((failure: unknown) => failure)).toBe(reason);
    const redirected = await deadlineFetch(`${base}/moved`, { method: "POST", body: "{}" });
    expect(await redirected.json()).toEqual({ method: "POST", body: "{}" });
  });
});
