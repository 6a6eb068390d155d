/**
 * Typed errors. Every error RouteLLM raises on purpose is a RouterError with a stable `code`,
 * so callers branch on codes, never on messages. Messages never contain prompt text or secrets.
 */
export type RouterErrorCode =
  | "CONFIG_INVALID"
  | "CONFIG_NOT_FOUND"
  | "NO_ELIGIBLE_MODEL"
  | "MODEL_CALL_FAILED"
  | "MODEL_TIMEOUT"
  | "MODEL_RATE_LIMITED"
  /** The upstream refused the request itself (HTTP 400, 413, 415, 422): sending it again will not help. */
  | "MODEL_REQUEST_REJECTED"
  | "STREAM_BROKEN"
  | "PRIVACY_VIOLATION_PREVENTED"
  | "PRIVACY_BLOCKED"
  /** The request's outgoing text is longer than `privacy.scanLimit.maxChars` (action `refuse`): it was not scanned and not sent. */
  | "PRIVACY_SCAN_LIMIT"
  | "UNKNOWN_MODEL"
  | "INVALID_REQUEST"
  /** The request needs a capability (tools, tool_choice, response_format, vision, context window) or, in strict mode, a parameter no allowed model has. */
  | "CAPABILITY_UNSUPPORTED"
  | "BUDGET_EXCEEDED"
  | "RATE_LIMITED"
  | "STORE_UNAVAILABLE"
  | "DATASET_INVALID"
  | "BATCH_NOT_FOUND"
  | "CANCELLED"
  /** An optional dependency (e.g. vega for report charts) is not installed. */
  | "DEPENDENCY_MISSING"
  | "INTERNAL";

export interface RouterErrorOptions {
  cause?: unknown;
  retryable?: boolean;
  /** Extra machine-readable facts (model id, field path, HTTP status...). Never prompt text. */
  details?: Record<string, unknown>;
}

export class RouterError extends Error {
  readonly code: RouterErrorCode;
  readonly retryable: boolean;
  readonly details: Record<string, unknown>;

  constructor(code: RouterErrorCode, message: string, options: RouterErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "RouterError";
    this.code = code;
    this.retryable = options.retryable ?? false;
    this.details = options.details ?? {};
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message, retryable: this.retryable, details: this.details };
  }
}

export function isRouterError(error: unknown, code?: RouterErrorCode): error is RouterError {
  return error instanceof RouterError && (code === undefined || error.code === code);
}
