import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { RouterError } from "../../src/errors.js";
import { ModelDeadlineError, classifyModelError, parseRetryAfter } from "../../src/models/index.js";
import { isUpstreamFault } from "../../src/models/classify-model-error.js";

const SECRET_PROMPT = "my card is 4172 9960 8905 6538";

function openAIError(status: number, headers: Record<string, string> = {}) {
  return OpenAI.APIError.generate(status, { error: { message: `upstream says: ${SECRET_PROMPT}` } }, undefined, new Headers(headers));
}

/** What the ollama client throws on an HTTP error (its ResponseError is not exported). */
function ollamaResponseError(message: string, status: number) {
  return Object.assign(new Error(message), { name: "ResponseError", error: message, status_code: status });
}

function fetchFailed(code: string, message = "fetch failed") {
  const cause = Object.assign(new Error("socket"), { code });
  return new TypeError(message, { cause });
}

describe("classifyModelError", () => {
  const cases = [
    ["openai 500", openAIError(500), "MODEL_CALL_FAILED", true],
    ["openai 503", openAIError(503), "MODEL_CALL_FAILED", true],
    ["openai 400", openAIError(400), "MODEL_REQUEST_REJECTED", false],
    ["openai 401", openAIError(401), "MODEL_CALL_FAILED", false],
    ["openai 404", openAIError(404), "MODEL_CALL_FAILED", false],
    ["openai 429", openAIError(429), "MODEL_RATE_LIMITED", true],
    ["openai 408", openAIError(408), "MODEL_TIMEOUT", true],
    ["ollama 500", ollamaResponseError(SECRET_PROMPT, 500), "MODEL_CALL_FAILED", true],
    ["ollama 404 (model not pulled)", ollamaResponseError("model not found", 404), "MODEL_CALL_FAILED", false],
    ["our deadline", new ModelDeadlineError(250), "MODEL_TIMEOUT", true],
    ["LangChain timeout", Object.assign(new Error("Request timed out."), { name: "TimeoutError" }), "MODEL_TIMEOUT", true],
    ["openai connection timeout", new OpenAI.APIConnectionTimeoutError(), "MODEL_TIMEOUT", true],
    ["ECONNREFUSED", fetchFailed("ECONNREFUSED"), "MODEL_CALL_FAILED", true],
    ["ECONNRESET", fetchFailed("ECONNRESET"), "MODEL_CALL_FAILED", true],
    ["socket closed before the response", fetchFailed("UND_ERR_SOCKET"), "MODEL_CALL_FAILED", true],
    ["socket closed mid-body", fetchFailed("UND_ERR_SOCKET", "terminated"), "STREAM_BROKEN", true],
    ["garbled JSON line", new SyntaxError(`Unexpected token in JSON: ${SECRET_PROMPT}`), "STREAM_BROKEN", true],
    ["ollama stream without done", new Error("Did not receive done or success response in stream."), "STREAM_BROKEN", true],
    ["user abort", Object.assign(new Error("aborted"), { name: "AbortError" }), "CANCELLED", false],
    ["anything else", new Error(SECRET_PROMPT), "MODEL_CALL_FAILED", false],
  ] as const;
  it.each(cases.map(([label, error, code, retryable]) => ({ label, error, code, retryable })))("$label → $code", ({ error, code, retryable }) => {
    const classified = classifyModelError(error, "model-x");
    expect(classified).toBeInstanceOf(RouterError);
    expect(classified.code).toBe(code);
    expect(classified.retryable).toBe(retryable);
    expect(classified.details.modelId).toBe("model-x");
    expect(classified.message).toContain("model-x");
    expect(JSON.stringify(classified.toJSON())).not.toContain("4172");
    expect(classified.cause).toBeUndefined();
  });

  it("429: details.retryAfterMs from Retry-After (seconds) or retry-after-ms", () => {
    expect(classifyModelError(openAIError(429, { "retry-after": "7" }), "m").details).toMatchObject({ status: 429, retryAfterMs: 7000 });
    expect(classifyModelError(openAIError(429, { "retry-after-ms": "350" }), "m").details.retryAfterMs).toBe(350);
    expect(classifyModelError(openAIError(429), "m").details.retryAfterMs).toBeUndefined();
  });

  it("says whose fault a failure was: only 5xx, timeouts, resets and broken streams count against the upstream", () => {
    const upstream = [openAIError(500), openAIError(503), fetchFailed("ECONNRESET"), new SyntaxError("Unexpected token"), new ModelDeadlineError(100)];
    for (const error of upstream) expect(isUpstreamFault(classifyModelError(error, "m"))).toBe(true);
    const notUpstream = [
      openAIError(400),
      openAIError(422),
      openAIError(429),
      openAIError(401),
      new RangeError("Maximum call stack size exceeded"),
      Object.assign(new Error("aborted"), { name: "AbortError" }),
    ];
    for (const error of notUpstream) expect(isUpstreamFault(classifyModelError(error, "m"))).toBe(false);
    expect(classifyModelError(openAIError(422), "m").details.fault).toBe("client");
    expect(classifyModelError(openAIError(401), "m").details.fault).toBe("config");
  });

  it("passes a RouterError through unchanged", () => {
    const original = new RouterError("STREAM_BROKEN", "cut", { retryable: true });
    expect(classifyModelError(original, "m")).toBe(original);
  });

  it("finds the reason deep in a cause chain", () => {
    const wrapped = new Error("outer", { cause: new Error("middle", { cause: new ModelDeadlineError(100) }) });
    expect(classifyModelError(wrapped, "m")).toMatchObject({ code: "MODEL_TIMEOUT", details: { timeoutMs: 100 } });
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds, milliseconds and HTTP dates from Headers or plain objects", () => {
    expect(parseRetryAfter(new Headers({ "retry-after": "2" }))).toBe(2000);
    expect(parseRetryAfter({ "retry-after": "1.5" })).toBe(1500);
    expect(parseRetryAfter({ "retry-after-ms": "120", "retry-after": "9" })).toBe(120);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter({ "retry-after": "Thu, 01 Jan 2026 00:00:30 GMT" }, now)).toBe(30_000);
    expect(parseRetryAfter({ "retry-after": "soon" })).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});
