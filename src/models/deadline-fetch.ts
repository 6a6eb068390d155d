/**
 * A `fetch` with a whole-call deadline: the request, the headers and the entire body (a full
 * stream included) must finish within `timeoutMs`. The SDKs' own timeouts stop at the headers,
 * so a stream that stalls mid-way would otherwise hang forever.
 */

/** The abort reason when a deadline passes. Its name is "TimeoutError" (not "AbortError", which SDKs treat as a user cancel). */
export class ModelDeadlineError extends Error {
  readonly timeoutMs: number;
  constructor(timeoutMs: number) {
    super(`model call timed out after ${timeoutMs} ms`);
    this.name = "TimeoutError";
    this.timeoutMs = timeoutMs;
  }
}

export interface DeadlineFetchOptions {
  /** The underlying fetch (default: the global one, looked up at call time). */
  baseFetch?: typeof fetch;
  /** An extra signal for the current call (e.g. the caller's AbortSignal, for clients that do not forward it). */
  callSignal?: () => AbortSignal | undefined;
}

export function createDeadlineFetch(timeoutMs: number, options: DeadlineFetchOptions = {}): typeof fetch {
  return async (input, init) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new ModelDeadlineError(timeoutMs)), timeoutMs);
    timer.unref?.();
    const signals = [controller.signal, init?.signal, options.callSignal?.()].filter((signal): signal is AbortSignal => signal != null);
    const signal = signals.length === 1 ? controller.signal : AbortSignal.any(signals);
    const baseFetch = options.baseFetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await baseFetch(input, { ...init, signal });
    } catch (error) {
      clearTimeout(timer);
      throw controller.signal.aborted ? controller.signal.reason : error;
    }
    if (!response.body) {
      clearTimeout(timer);
      return response;
    }
    // Clear the timer once the body is fully read (or failed), keep it while it streams.
    const body = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        flush: () => clearTimeout(timer),
      }),
    );
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
