/**
 * Turns whatever a chat model or embeddings client threw (openai SDK errors, ollama ResponseError,
 * undici fetch errors, JSON parse errors of a garbled stream, our deadline) into a RouterError the
 * graph can branch on: code, `retryable`, and machine-readable details. The message names the
 * model and the kind of failure only: never the upstream message (it may echo the prompt) nor
 * any header (it may hold a key).
 */
import { RouterError, isRouterError } from "../errors.js";
import { ModelDeadlineError } from "./deadline-fetch.js";

interface ErrorFacts {
  names: string[];
  codes: string[];
  messages: string[];
  status?: number;
  retryAfterMs?: number;
  deadlineMs?: number;
}

const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "UND_ERR_CONNECT_TIMEOUT",
]);
/** Upstream statuses that mean "this request is invalid", whoever sends it. */
const CLIENT_STATUSES = new Set([400, 413, 415, 422]);

/**
 * Whose fault a failed call was, in `details.fault`: `upstream` (5xx, timeout, connection refused
 * or reset, broken or garbled stream: the only kind a circuit breaker counts), `rate-limit` (429),
 * `client` (the upstream refused this request: 400, 413, 415, 422), `config` (other 4xx: key,
 * model name), `local` (thrown on this side before or while sending), `none` (cancelled).
 */
export type FailureFault = "upstream" | "rate-limit" | "client" | "config" | "local" | "none";

/** True when a failure says the model is unhealthy (counts toward opening its circuit). */
export function isUpstreamFault(error: { code: string; details: Record<string, unknown> }): boolean {
  const fault = error.details["fault"];
  if (fault !== undefined) return fault === "upstream";
  return error.code === "MODEL_TIMEOUT" || error.code === "STREAM_BROKEN";
}

const TIMEOUT_CODES = new Set(["ETIMEDOUT", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);

/** Milliseconds from `retry-after-ms` or `retry-after` (seconds or an HTTP date). */
export function parseRetryAfter(headers: unknown, now = Date.now()): number | undefined {
  const read = (name: string): string | undefined => {
    if (!headers || typeof headers !== "object") return undefined;
    if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
    const value = (headers as Record<string, unknown>)[name];
    return typeof value === "string" ? value : undefined;
  };
  const milliseconds = Number(read("retry-after-ms"));
  if (read("retry-after-ms") !== undefined && Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const value = read("retry-after");
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (value.trim() !== "" && Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function collectFacts(error: unknown): ErrorFacts {
  const facts: ErrorFacts = { names: [], codes: [], messages: [] };
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current && typeof current === "object"; depth++) {
    const record = current as Record<string, unknown>;
    if (current instanceof ModelDeadlineError) facts.deadlineMs = current.timeoutMs;
    if (typeof record.name === "string") facts.names.push(record.name);
    // SDK error classes often keep name "Error": their class name says more (APIConnectionTimeoutError...).
    const className = (current as { constructor?: { name?: unknown } }).constructor?.name;
    if (typeof className === "string" && className !== record.name) facts.names.push(className);
    if (typeof record.code === "string") facts.codes.push(record.code);
    if (typeof record.lc_error_code === "string") facts.codes.push(record.lc_error_code);
    if (typeof record.message === "string") facts.messages.push(record.message);
    const status = [record.status, record.status_code, (record.response as Record<string, unknown> | undefined)?.status].find(
      (value): value is number => typeof value === "number" && value >= 100 && value < 600,
    );
    if (facts.status === undefined && status !== undefined) {
      facts.status = status;
      facts.retryAfterMs = parseRetryAfter(record.headers ?? (record.response as Record<string, unknown> | undefined)?.headers);
    }
    // An AggregateError without a cause (undici trying IPv4 and IPv6, both refused): its first error.
    const errors = record.errors;
    current = record.cause ?? (Array.isArray(errors) && errors.length > 0 ? errors[0] : undefined);
  }
  return facts;
}

function looksLikeBrokenStream(facts: ErrorFacts): boolean {
  if (facts.names.includes("SyntaxError")) return true; // a garbled JSON / NDJSON / SSE line
  // undici: the body was cut after the headers ("terminated", cause "other side closed").
  if (facts.messages.some((message) => message === "terminated")) return true;
  // ollama-js: a garbled NDJSON line or a stream cut before its `done:true` line.
  return facts.messages.some((message) =>
    /did not receive done or success response|premature close|unexpected end of (json|data)|incomplete (stream|chunked)/i.test(message),
  );
}

/** Maps any error from a model call to a RouterError (passes RouterErrors through). */
export function classifyModelError(error: unknown, modelId: string): RouterError {
  if (isRouterError(error)) return error;
  const facts = collectFacts(error);
  const upstream = { name: facts.names[0], code: facts.codes[0] };
  const base = { modelId, ...(facts.status === undefined ? {} : { status: facts.status }), upstream };

  const timedOut =
    facts.deadlineMs !== undefined ||
    facts.names.some((name) => name === "TimeoutError" || name === "APIConnectionTimeoutError" || name === "ConnectTimeoutError") ||
    facts.codes.some((code) => TIMEOUT_CODES.has(code)) ||
    facts.status === 408 ||
    facts.status === 504;
  if (timedOut) {
    const after = facts.deadlineMs === undefined ? "" : ` after ${facts.deadlineMs} ms`;
    return new RouterError("MODEL_TIMEOUT", `Model "${modelId}" timed out${after}.`, {
      retryable: true,
      details: { ...base, fault: "upstream", ...(facts.deadlineMs === undefined ? {} : { timeoutMs: facts.deadlineMs }) },
    });
  }
  if (facts.status === 429) {
    const wait = facts.retryAfterMs === undefined ? "" : ` (retry after ${facts.retryAfterMs} ms)`;
    return new RouterError("MODEL_RATE_LIMITED", `Model "${modelId}" is rate limited: HTTP 429${wait}.`, {
      retryable: true,
      details: { ...base, fault: "rate-limit", ...(facts.retryAfterMs === undefined ? {} : { retryAfterMs: facts.retryAfterMs }) },
    });
  }
  if (facts.status !== undefined && facts.status >= 500) {
    return new RouterError("MODEL_CALL_FAILED", `Model "${modelId}" failed: HTTP ${facts.status}.`, {
      retryable: true,
      details: { ...base, fault: "upstream" },
    });
  }
  if (facts.status !== undefined && facts.status >= 400) {
    const retryable = facts.status === 409; // a conflict (e.g. model loading) clears by itself
    // 400, 413, 415, 422: the request itself was refused (the client's doing); 401, 403, 404...: this server's set-up.
    const fault = CLIENT_STATUSES.has(facts.status) ? "client" : "config";
    return new RouterError(
      fault === "client" ? "MODEL_REQUEST_REJECTED" : "MODEL_CALL_FAILED",
      `Model "${modelId}" rejected the request: HTTP ${facts.status}.`,
      { retryable, details: { ...base, fault } },
    );
  }
  if (facts.names.includes("AbortError") || facts.names.includes("APIUserAbortError")) {
    return new RouterError("CANCELLED", `The call to model "${modelId}" was cancelled.`, { retryable: false, details: { ...base, fault: "none" } });
  }
  if (looksLikeBrokenStream(facts)) {
    return new RouterError("STREAM_BROKEN", `Model "${modelId}" sent a broken response stream.`, { retryable: true, details: { ...base, fault: "upstream" } });
  }
  const connectionCode = facts.codes.find((code) => CONNECTION_CODES.has(code));
  if (connectionCode || facts.names.includes("APIConnectionError") || facts.messages.includes("fetch failed")) {
    const what = connectionCode ? ` (${connectionCode})` : "";
    return new RouterError("MODEL_CALL_FAILED", `Model "${modelId}" could not be reached${what}.`, {
      retryable: true,
      details: { ...base, fault: "upstream", ...(connectionCode === undefined ? {} : { connection: connectionCode }) },
    });
  }
  // Anything else was thrown on this side (e.g. a request too deep to serialise): not the upstream's fault.
  return new RouterError("MODEL_CALL_FAILED", `Model "${modelId}" failed (${upstream.name ?? "unknown error"}).`, {
    retryable: false,
    details: { ...base, fault: "local" },
  });
}

/** What `describeModelFailure` may know of the failed model (its config entry and index in `models`). */
export interface FailedModelFacts {
  provider?: string;
  baseUrl?: string;
  apiKeyEnv?: string;
  timeoutMs?: number;
  /** Index of the model in the config's `models` list (names the setting to check). */
  index?: number;
}

const DEFAULT_BASE_URL: Record<string, string> = {
  ollama: "http://127.0.0.1:11434",
  openai: "https://api.openai.com/v1",
};

/** Plain words for a connection error code (ECONNREFUSED → "connection refused"), or undefined. */
export function connectionCauseInWords(code: string | undefined): string | undefined {
  switch (code) {
    case "ECONNREFUSED":
      return "connection refused";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "host name not found";
    case "ECONNRESET":
    case "EPIPE":
    case "UND_ERR_SOCKET":
    case "UND_ERR_CLOSED":
      return "connection closed by the server";
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return "host unreachable";
    case "UND_ERR_CONNECT_TIMEOUT":
    case "ETIMEDOUT":
      return "connection timed out";
    default:
      return undefined;
  }
}

/**
 * The cause of one model's failure in plain words, with the setting to check, e.g.
 * "connection refused at http://127.0.0.1:11434 (is Ollama running? setting models[0].baseUrl)" or
 * "OPENAI_API_KEY not set". Never the upstream message (it may echo the prompt) nor a key.
 */
export function describeModelFailure(error: RouterError, model: FailedModelFacts = {}): string {
  const details = error.details;
  const setting = (field: string) => `models[${model.index ?? ""}].${field}`;
  const url = model.baseUrl ?? (model.provider === undefined ? undefined : DEFAULT_BASE_URL[model.provider]);
  const status = typeof details["status"] === "number" ? details["status"] : undefined;
  const variable = typeof details["variable"] === "string" ? details["variable"] : undefined;
  if (error.code === "CONFIG_INVALID" && variable !== undefined) return `${variable} not set (export it, or name another variable in ${setting("apiKeyEnv")})`;
  if (error.code === "MODEL_TIMEOUT") {
    const after = typeof details["timeoutMs"] === "number" ? details["timeoutMs"] : model.timeoutMs;
    return `no answer within ${after === undefined ? "the time limit" : `${after} ms`} (timed out; setting ${setting("timeoutMs")})`;
  }
  if (error.code === "MODEL_RATE_LIMITED") {
    const wait = typeof details["retryAfterMs"] === "number" ? `, retry after ${details["retryAfterMs"]} ms` : "";
    return `rate limited by the provider (HTTP 429${wait})`;
  }
  if (error.code === "STREAM_BROKEN") return "the response stream was cut off or garbled";
  if (error.code === "CANCELLED") return "cancelled";
  if (status === 401 || status === 403) {
    const key = model.apiKeyEnv ?? "the API key variable";
    return `API key refused (HTTP ${status}; check ${key}, setting ${setting("apiKeyEnv")})`;
  }
  if (status === 404) return `model or URL not found (HTTP 404; check ${setting("model")} and ${setting("baseUrl")})`;
  if (error.code === "MODEL_REQUEST_REJECTED") return `the provider refused this request (HTTP ${status ?? "4xx"})`;
  if (status !== undefined && status >= 500) return `server error at the provider (HTTP ${status})`;
  if (status !== undefined) return `request refused (HTTP ${status})`;
  const upstream = details["upstream"] as { code?: unknown } | undefined;
  const connection = typeof details["connection"] === "string" ? details["connection"] : typeof upstream?.code === "string" ? upstream.code : undefined;
  const words = connectionCauseInWords(connection);
  if (words !== undefined || /could not be reached/.test(error.message)) {
    const where = url === undefined ? "" : ` at ${url}`;
    const running = model.provider === "ollama" ? "is Ollama running? " : "is the server running? ";
    const check = words === "host name not found" ? "check the host name, " : running;
    return `${words ?? "could not connect"}${where} (${check}setting ${setting("baseUrl")})`;
  }
  // The message of a RouterError names the model and the kind of failure only.
  return error.message.replace(/^Model "[^"]*" /, "");
}
