import { isRouterError, type RouterErrorCode } from "../index.js";

/** An OpenAI-style error body: `{ error: { message, type, param, code } }`. */
export interface OpenAiErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

/** An error the server answers with: HTTP status, OpenAI-style body, optional Retry-After seconds. */
export class HttpError extends Error {
  readonly status: number;
  readonly type: string;
  readonly param: string | null;
  readonly code: string | null;
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, message: string, options: { type?: string; param?: string | null; code?: string | null; retryAfterSeconds?: number } = {}) {
    super(message);
    this.name = "HttpError";
    this.status = status;
    this.type = options.type ?? defaultType(status);
    this.param = options.param ?? null;
    this.code = options.code ?? null;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  toBody(): OpenAiErrorBody {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }
}

function defaultType(status: number): string {
  if (status === 401) return "authentication_error";
  if (status === 403) return "permission_error";
  if (status === 404) return "not_found_error";
  if (status === 429) return "rate_limit_error";
  if (status >= 500) return "api_error";
  return "invalid_request_error";
}

const routerErrorStatus: Record<RouterErrorCode, number> = {
  CONFIG_INVALID: 500,
  CONFIG_NOT_FOUND: 500,
  NO_ELIGIBLE_MODEL: 503,
  MODEL_CALL_FAILED: 502,
  MODEL_TIMEOUT: 504,
  MODEL_RATE_LIMITED: 429,
  MODEL_REQUEST_REJECTED: 400,
  STREAM_BROKEN: 502,
  PRIVACY_VIOLATION_PREVENTED: 403,
  PRIVACY_BLOCKED: 403,
  PRIVACY_SCAN_LIMIT: 413,
  UNKNOWN_MODEL: 404,
  INVALID_REQUEST: 400,
  CAPABILITY_UNSUPPORTED: 400,
  BUDGET_EXCEEDED: 429,
  RATE_LIMITED: 429,
  STORE_UNAVAILABLE: 503,
  DATASET_INVALID: 400,
  BATCH_NOT_FOUND: 404,
  CANCELLED: 499,
  DEPENDENCY_MISSING: 500,
  INTERNAL: 500,
};

/**
 * Maps anything thrown while serving a request to the HttpError the client sees.
 * RouterError messages are safe by contract (no prompt text, no secrets); any other error is
 * reported generically so upstream details (URLs, keys) can never leak.
 */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (isRouterError(error)) {
    const status = routerErrorStatus[error.code] ?? 500;
    const { retryAfterSeconds, retryAfterMs } = error.details;
    const retryAfter =
      typeof retryAfterSeconds === "number"
        ? Math.max(1, Math.ceil(retryAfterSeconds))
        : typeof retryAfterMs === "number"
          ? Math.max(1, Math.ceil(retryAfterMs / 1000))
          : undefined;
    const type = error.code === "BUDGET_EXCEEDED" ? "insufficient_quota" : undefined;
    // A store's message names its address: the client only learns that shared state is down.
    const message = status === 500 ? "internal error" : error.code === "STORE_UNAVAILABLE" ? "shared state unavailable; try again shortly" : error.message;
    return new HttpError(status, message, {
      code: error.code.toLowerCase(),
      ...(type === undefined ? {} : { type }),
      ...(error.code === "UNKNOWN_MODEL" || error.code === "NO_ELIGIBLE_MODEL" ? { param: "model" } : {}),
      ...(typeof error.details["param"] === "string" ? { param: error.details["param"] } : {}),
      ...(retryAfter === undefined
        ? status === 429 || status === 503
          ? { retryAfterSeconds: status === 429 ? 60 : 5 }
          : {}
        : { retryAfterSeconds: retryAfter }),
    });
  }
  return new HttpError(500, "internal error", { code: "internal" });
}

/** Maps Fastify's own errors (body parsing, limits, content type) to client errors. */
export function fromFastifyError(error: { code?: string; statusCode?: number; message: string }): HttpError | undefined {
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new HttpError(413, "request body too large", { code: "body_too_large" });
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new HttpError(415, "unsupported content type: send application/json", { code: "unsupported_media_type" });
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new HttpError(400, "empty JSON body", { code: "invalid_json" });
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return new HttpError(400, "invalid request body", { code: "invalid_json" });
    default:
      break;
  }
  if (typeof error.statusCode === "number" && error.statusCode >= 400 && error.statusCode < 500)
    return new HttpError(error.statusCode, "invalid request", { code: "invalid_request" });
  return undefined;
}
