/**
 * The shared core of the local protocol servers (ollama-server.ts, openai-server.ts): a Node
 * `http` server on 127.0.0.1, port 0, that logs every request and answers each POST with a
 * scripted behaviour (a FIFO queue, then a fallback function). The protocol files only render
 * bodies and stream lines; failure modes (delay, hang, reset, HTTP error, garbled or cut stream)
 * are played here so both protocols fail the same way.
 */
import { once } from "node:events";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** What the server does for one request. Every field is optional; `{}` answers `defaultText`. */
export interface ScriptedBehaviour {
  /** The answer text (streamed as whitespace-led word tokens). */
  text?: string;
  /** The exact stream tokens (overrides the split of `text`). */
  tokens?: string[];
  /** Tool calls the model makes (after the text, before the final chunk). */
  toolCalls?: { name: string; arguments: Record<string, unknown>; id?: string }[];
  /** Wait this long before the first byte (status line and headers). */
  delayMs?: number;
  /** Wait this long before each streamed token. */
  tokenDelayMs?: number;
  /** Answer this HTTP error status (e.g. 500, 503, 429, 400) with the protocol's error body. */
  status?: number;
  /** Message in the error body (default "scripted error"). */
  errorMessage?: string;
  /** Retry-After header value sent with the error status, e.g. "2" (seconds). */
  retryAfter?: string;
  /** Never answer (the socket stays open until the client gives up or the server closes). */
  hang?: boolean;
  /** Destroy the socket: "before" any byte, or after this many streamed tokens. */
  reset?: "before" | number;
  /** After this many streamed tokens, write a line that is not valid JSON, then end. */
  garbleAfterTokens?: number;
  /** After this many streamed tokens, end the response cleanly without the final chunk / [DONE]. */
  cutAfterTokens?: number;
  /** Token counts to report; `false` reports no usage at all. Default: counted from the request. */
  usage?: { inputTokens: number; outputTokens: number } | false;
  /** finish_reason / done_reason (default "stop", or "tool_calls" with tool calls on OpenAI). */
  finishReason?: string;
  /** OpenAI streams: send no chunk with a finish_reason, only `data: [DONE]` (as several compatible servers do). */
  omitFinishReason?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. "/v1/chat/completions". */
  path: string;
  /** The query string's parameters. */
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body (undefined for GET or an empty body). */
  body: any;
  /** The raw body text, e.g. for "no sensitive text was ever sent" assertions. */
  rawBody: string;
  /** True once the client closed the connection before the response ended (an aborted call). */
  closedByClient?: boolean;
}

export type BehaviourSource = ScriptedBehaviour | ((request: RecordedRequest) => ScriptedBehaviour);

export interface ScriptedServerOptions {
  /** Answer text when no behaviour says otherwise. */
  defaultText?: string;
  /** Behaviours for the next POST requests, in order; when empty, `fallback` is used. */
  script?: ScriptedBehaviour[];
  /** Behaviour (or function of the request) once the script queue is empty. Default `{}`. */
  fallback?: BehaviourSource;
}

export interface ProtocolServer {
  /** Base URL to give the client: Ollama `http://127.0.0.1:P`, OpenAI `http://127.0.0.1:P/v1`. */
  url: string;
  /** Every request received, in arrival order (GET included). */
  requests: RecordedRequest[];
  /** Adds behaviours to the FIFO queue used by the next POST requests. */
  enqueue(...behaviours: ScriptedBehaviour[]): void;
  /** Replaces the fallback used once the queue is empty. */
  setFallback(source: BehaviourSource): void;
  /** Requests whose path ends with `suffix` (e.g. "/chat/completions"). */
  requestsTo(suffix: string): RecordedRequest[];
  /** Closes the server and destroys open connections (hanging ones included). */
  close(): Promise<void>;
}

/** What a protocol renders for one request that was not turned into a failure by the core. */
export interface ProtocolContext {
  request: RecordedRequest;
  response: ServerResponse;
  behaviour: ScriptedBehaviour;
  /** The answer text: behaviour.text ?? defaultText. */
  text: string;
  /** Stream tokens: behaviour.tokens ?? text split before each whitespace run. */
  tokens: string[];
  /** Writes `lines` one token at a time, playing delays, resets, garbling and cuts; false when the stream was broken on purpose or the client left. */
  streamLines(options: StreamLinesOptions): Promise<boolean>;
  /** Sends a whole (non-streamed) JSON body; `reset`, `garbleAfterTokens` or `cutAfterTokens` break it half-way. */
  sendJsonBody(body: unknown): Promise<void>;
}

export interface StreamLinesOptions {
  contentType: string;
  /** Lines before the tokens (e.g. the SSE role chunk). */
  head?: string[];
  /** One line per token. */
  tokenLine: (token: string, index: number) => string;
  /** Lines after the tokens (tool calls, final chunk, usage, [DONE]); skipped when cut. */
  tail: string[];
  /** A line that is not valid JSON in this protocol's framing. */
  garbledLine: string;
}

export type ProtocolHandler = (context: ProtocolContext) => Promise<void> | void;

export interface ProtocolRoutes {
  /** GET routes: path → JSON body. */
  get: Record<string, (request: RecordedRequest) => unknown>;
  /** POST routes: path → handler (scripted behaviours apply). */
  post: Record<string, ProtocolHandler>;
  /** Body of an HTTP error in this protocol. */
  errorBody: (status: number, message: string) => unknown;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** "Hello big world" → ["Hello", " big", " world"]. */
export function splitTokens(text: string): string[] {
  return text.match(/\s*\S+|\s+$/g) ?? [];
}

export async function startScriptedServer(routes: ProtocolRoutes, options: ScriptedServerOptions, basePath = ""): Promise<ProtocolServer> {
  const requests: RecordedRequest[] = [];
  const queue: ScriptedBehaviour[] = [...(options.script ?? [])];
  let fallback: BehaviourSource = options.fallback ?? {};
  const sockets = new Set<Socket>();
  const defaultText = options.defaultText ?? "Hello from the scripted server.";

  const pickBehaviour = (request: RecordedRequest): ScriptedBehaviour => {
    const queued = queue.shift();
    if (queued) return queued;
    return typeof fallback === "function" ? fallback(request) : fallback;
  };

  const sendJson = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = JSON.stringify(body);
    response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
    response.end(text);
  };

  const handle = async (incoming: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString("utf8");
    const path = (incoming.url ?? "/").split("?")[0]!;
    let body: unknown;
    try {
      body = rawBody.length > 0 ? JSON.parse(rawBody) : undefined;
    } catch {
      sendJson(response, 400, routes.errorBody(400, "request body is not JSON"));
      return;
    }
    const query = Object.fromEntries(new URL(incoming.url ?? "/", "http://localhost").searchParams);
    const request: RecordedRequest = { method: incoming.method ?? "GET", path, query, headers: incoming.headers, body, rawBody };
    requests.push(request);
    response.on("close", () => {
      if (!response.writableEnded) request.closedByClient = true;
    });

    const routePath = path.startsWith(basePath) ? path.slice(basePath.length) : path;
    if (request.method === "GET") {
      const render = routes.get[routePath];
      if (render) sendJson(response, 200, render(request));
      else sendJson(response, 404, routes.errorBody(404, `no route GET ${path}`));
      return;
    }
    // Gateways put the API under their own prefix (Azure: /openai/deployments/NAME/chat/completions): match the route's tail.
    const handler =
      request.method === "POST" ? (routes.post[routePath] ?? Object.entries(routes.post).find(([route]) => routePath.endsWith(route))?.[1]) : undefined;
    if (!handler) {
      sendJson(response, 404, routes.errorBody(404, `no route ${request.method} ${path}`));
      return;
    }

    const behaviour = pickBehaviour(request);
    if (behaviour.hang) return; // the socket stays open; close() destroys it
    if (behaviour.delayMs) await sleep(behaviour.delayMs);
    if (response.destroyed) return;
    if (behaviour.reset === "before") {
      incoming.socket.destroy();
      return;
    }
    if (behaviour.status !== undefined && behaviour.status >= 400) {
      const headers: Record<string, string> = behaviour.retryAfter === undefined ? {} : { "retry-after": behaviour.retryAfter };
      sendJson(response, behaviour.status, routes.errorBody(behaviour.status, behaviour.errorMessage ?? "scripted error"), headers);
      return;
    }
    const text = behaviour.text ?? defaultText;
    const tokens = behaviour.tokens ?? splitTokens(text);

    /** Write and wait until the bytes are handed to the socket, so a reset right after really is mid-stream. */
    const write = (chunk: string) => new Promise<void>((resolve) => response.write(chunk, () => resolve()));
    const flushThenDestroy = async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      incoming.socket.destroy();
    };

    const streamLines = async (stream: StreamLinesOptions): Promise<boolean> => {
      response.writeHead(200, { "content-type": stream.contentType, "cache-control": "no-cache", connection: "keep-alive" });
      response.flushHeaders();
      for (const line of stream.head ?? []) await write(line);
      for (let index = 0; index <= tokens.length; index++) {
        if (response.destroyed) return false;
        if (behaviour.reset === index) {
          await flushThenDestroy();
          return false;
        }
        if (behaviour.garbleAfterTokens === index) {
          response.end(stream.garbledLine);
          return false;
        }
        if (behaviour.cutAfterTokens === index) {
          response.end();
          return false;
        }
        if (index === tokens.length) break;
        if (behaviour.tokenDelayMs) await sleep(behaviour.tokenDelayMs);
        if (response.destroyed) return false;
        await write(stream.tokenLine(tokens[index]!, index));
      }
      for (const line of stream.tail) await write(line);
      response.end();
      return true;
    };

    const sendJsonBody = async (payload: unknown) => {
      const json = JSON.stringify(payload);
      const half = json.slice(0, Math.floor(json.length / 2));
      if (typeof behaviour.reset === "number") {
        response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
        await write(half);
        await flushThenDestroy();
      } else if (behaviour.garbleAfterTokens !== undefined) {
        const garbled = `${half}#garbled`;
        response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(garbled) });
        response.end(garbled);
      } else if (behaviour.cutAfterTokens !== undefined) {
        response.writeHead(200, { "content-type": "application/json" }); // chunked, ends early
        response.end(half);
      } else {
        response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
        response.end(json);
      }
    };

    await handler({ request, response, behaviour, text, tokens, streamLines, sendJsonBody });
  };

  const server = createServer((incoming, response) => {
    handle(incoming, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, routes.errorBody(500, `scripted server bug: ${String(error)}`));
      else response.destroy();
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    requests,
    enqueue: (...behaviours) => void queue.push(...behaviours),
    setFallback: (source) => void (fallback = source),
    requestsTo: (suffix) => requests.filter((request) => request.path.endsWith(suffix)),
    async close() {
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A deterministic unit vector for `text` (same text → same vector, different texts differ). */
export function fakeEmbedding(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    vector[(code * 31 + index) % dimensions]! += 1 + (code % 7);
  }
  const norm = Math.hypot(...vector) || 1;
  return vector.map((value) => value / norm);
}
