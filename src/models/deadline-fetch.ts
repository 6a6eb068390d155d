/**
 * A `fetch` with a whole-call deadline: the request, the headers and the entire body (a full
 * stream included) must finish within `timeoutMs`. The SDKs' own timeouts stop at the headers,
 * so a stream that stalls mid-way would otherwise hang forever.
 */
import { ON_BODY_DONE, REPORTS_BODY_DONE } from "./http-fetch.js";

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
    // One controller, aborted by the deadline or by either caller signal (cheaper than AbortSignal.any,
    // and every listener is removed when the call ends).
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new ModelDeadlineError(timeoutMs)), timeoutMs);
    timer.unref?.();
    const forwarded: Array<[AbortSignal, () => void]> = [];
    for (const source of [init?.signal, options.callSignal?.()]) {
      if (source == null) continue;
      if (source.aborted) {
        controller.abort(source.reason);
        break;
      }
      const forward = () => controller.abort(source.reason);
      source.addEventListener("abort", forward, { once: true });
      forwarded.push([source, forward]);
    }
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      clearTimeout(timer);
      for (const [source, forward] of forwarded) source.removeEventListener("abort", forward);
    };
    const baseFetch = options.baseFetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await baseFetch(input, { ...init, signal: controller.signal, [ON_BODY_DONE]: release } as RequestInit);
    } catch (error) {
      release();
      throw controller.signal.aborted ? controller.signal.reason : error;
    }
    if (!response.body) {
      release();
      return response;
    }
    // httpFetch reports the end of the body itself; any other fetch's body is watched through a
    // pass-through stream. Either way the deadline holds until the body is fully read.
    if ((response as { [REPORTS_BODY_DONE]?: boolean })[REPORTS_BODY_DONE]) return response;
    const body = response.body.pipeThrough(new TransformStream<Uint8Array, Uint8Array>({ flush: release }));
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
