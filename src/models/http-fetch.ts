/**
 * The `fetch` model clients use: node:http(s) with keep-alive agents instead of Node 20's undici
 * fetch, whose WHATWG machinery (Request, Headers, body streams) costs ~0.2 ms of CPU per model call
 * against ~0.1 ms here (`ChatOpenAI.invoke` on a zero-latency server: ~410 → ~285 µs CPU).
 *
 * It covers what the SDKs send: http/https URLs, string or byte bodies. Anything else (Request
 * objects, FormData or stream bodies) and every redirect go to the global fetch, so behaviour stays
 * that of fetch: failures before the answer reject with TypeError("fetch failed", { cause }), a body
 * cut by the peer errors with TypeError("terminated"), an abort rejects or errors the body with the
 * signal's reason, gzip / deflate / br bodies are decoded. It does not ask for compression (model
 * answers are small and often local; a server that compresses anyway is decoded).
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";

/**
 * An optional `init` field: called once when the response body has been read to the end, failed,
 * or been cancelled (or at once when there is none), so a caller can release per-call resources
 * without wrapping the body in another stream. Other fetch implementations ignore it.
 */
export const ON_BODY_DONE = Symbol.for("routellm.httpFetch.onBodyDone");
/** Set on a Response whose body will call ON_BODY_DONE (not one from a redirect handed to the global fetch). */
export const REPORTS_BODY_DONE = Symbol.for("routellm.httpFetch.reportsBodyDone");
type BodyDone = (() => void) | undefined;

/** Idle keep-alive sockets close after this long (undici's default), before most servers drop them. */
const IDLE_SOCKET_MS = 4_000;
const agents = {
  "http:": new HttpAgent({ keepAlive: true, timeout: IDLE_SOCKET_MS }),
  "https:": new HttpsAgent({ keepAlive: true, timeout: IDLE_SOCKET_MS }),
};
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const NULL_BODY = new Set([101, 204, 205, 304]);

function requestHeaders(headers: RequestInit["headers"]): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  if (headers == null) return out;
  if (headers instanceof Headers || Array.isArray(headers)) {
    for (const [name, value] of headers instanceof Headers ? headers : new Headers(headers)) out[name] = value;
    return out;
  }
  for (const [name, value] of Object.entries(headers as Record<string, string | undefined>)) if (value !== undefined) out[name.toLowerCase()] = value;
  return out;
}

function decoded(response: IncomingMessage): Readable {
  const encoding = String(response.headers["content-encoding"] ?? "")
    .trim()
    .toLowerCase();
  const decoder =
    encoding === "gzip" || encoding === "x-gzip"
      ? createGunzip()
      : encoding === "deflate"
        ? createInflate()
        : encoding === "br"
          ? createBrotliDecompress()
          : undefined;
  if (decoder === undefined) return response;
  response.on("error", (error) => decoder.destroy(error));
  return response.pipe(decoder);
}

/** The response body as a web stream; a peer that closes before the end errors it with "terminated", as undici does. */
function webBody(response: IncomingMessage, signal: AbortSignal | undefined, onDone: BodyDone): ReadableStream<Uint8Array> {
  const source = decoded(response);
  let settled = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      source.on("data", (chunk: Buffer) => {
        controller.enqueue(chunk);
        if ((controller.desiredSize ?? 1) <= 0) source.pause();
      });
      source.once("end", () => {
        settled = true;
        controller.close();
        onDone?.();
      });
      const fail = (cause?: unknown) => {
        if (settled) return;
        settled = true;
        controller.error(signal?.aborted ? signal.reason : new TypeError("terminated", { cause }));
        onDone?.();
      };
      source.on("error", fail);
      response.once("close", () => {
        if (!response.complete) fail(new Error("other side closed"));
      });
    },
    pull() {
      source.resume();
    },
    cancel(reason) {
      if (!settled) onDone?.();
      settled = true;
      response.destroy(reason instanceof Error ? reason : undefined);
    },
  });
}

function toResponse(response: IncomingMessage, url: URL, method: string, signal: AbortSignal | undefined, onDone: BodyDone): Response {
  const headers = new Headers();
  const raw = response.rawHeaders;
  for (let index = 0; index < raw.length; index += 2) headers.append(raw[index]!, raw[index + 1]!);
  const status = response.statusCode ?? 0;
  const empty = method === "HEAD" || NULL_BODY.has(status);
  if (empty) {
    response.resume();
    onDone?.();
  }
  const result = new Response(empty ? null : webBody(response, signal, onDone), { status, statusText: response.statusMessage ?? "", headers });
  Object.defineProperty(result, "url", { value: url.href });
  if (onDone) Object.defineProperty(result, REPORTS_BODY_DONE, { value: true });
  return result;
}

export const httpFetch: typeof fetch = (input, init = {}) => {
  const body = init.body;
  const simpleBody = body == null || typeof body === "string" || body instanceof Uint8Array;
  const url = typeof input === "string" ? (URL.canParse(input) ? new URL(input) : undefined) : input instanceof URL ? input : undefined;
  if (url === undefined || !simpleBody || (url.protocol !== "http:" && url.protocol !== "https:")) return globalThis.fetch(input, init);
  const signal = init.signal ?? undefined;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const method = (init.method ?? "GET").toUpperCase();
  const headers = requestHeaders(init.headers);
  const payload = typeof body === "string" ? Buffer.from(body) : (body ?? undefined);
  if (payload !== undefined) headers["content-length"] = String(payload.byteLength);
  else if (method === "POST" || method === "PUT" || method === "PATCH") headers["content-length"] = "0";
  return new Promise<Response>((resolve, reject) => {
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    let answered: IncomingMessage | undefined;
    const onAbort = () => {
      request.destroy(signal!.reason instanceof Error ? signal!.reason : undefined);
      answered?.destroy();
    };
    const request = send(url, { method, headers, agent: agents[url.protocol as "http:" | "https:"] }, (response) => {
      if (REDIRECTS.has(response.statusCode ?? 0) && response.headers.location !== undefined) {
        signal?.removeEventListener("abort", onAbort);
        response.resume();
        resolve(globalThis.fetch(url, init));
        return;
      }
      answered = response;
      response.once("close", () => signal?.removeEventListener("abort", onAbort));
      resolve(toResponse(response, url, method, signal, (init as { [ON_BODY_DONE]?: BodyDone })[ON_BODY_DONE]));
    });
    request.on("error", (error) => {
      signal?.removeEventListener("abort", onAbort);
      reject(signal?.aborted ? signal.reason : new TypeError("fetch failed", { cause: error }));
    });
    signal?.addEventListener("abort", onAbort, { once: true });
    request.end(payload);
  });
};
