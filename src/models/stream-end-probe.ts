/**
 * Tells, per call, whether an OpenAI-protocol SSE stream ended with its `data: [DONE]` line. Several
 * OpenAI-compatible servers end a complete answer with `[DONE]` and no `finish_reason`; a cut
 * connection has neither. The SDK hides the `[DONE]` line, so the call is tagged with a request
 * header that this fetch removes before sending, and the tagged response body is watched.
 */
export const STREAM_PROBE_HEADER = "x-routellm-stream-probe";

export interface StreamEndProbe {
  /** Wraps the fetch the OpenAI client uses. */
  wrap(fetch: typeof globalThis.fetch): typeof globalThis.fetch;
  /** Starts watching one call: send `headers` with it; `sawDone()` once its stream ended. */
  begin(): { headers: Record<string, string>; sawDone(): boolean; end(): void };
}

export function createStreamEndProbe(): StreamEndProbe {
  const calls = new Map<string, { done: boolean }>();
  let counter = 0;
  return {
    wrap(base) {
      return async (input, init) => {
        // The SDK passes a Headers object: read it in place, and copy it only for a tagged call
        // (the caller's headers are never changed). Untagged calls (every invoke) skip the copy.
        const given = init?.headers;
        const id = given instanceof Headers ? given.get(STREAM_PROBE_HEADER) : new Headers(given).get(STREAM_PROBE_HEADER);
        if (id === null) return base(input, init);
        const headers = new Headers(given);
        headers.delete(STREAM_PROBE_HEADER);
        const response = await base(input, { ...init, headers });
        const call = calls.get(id);
        if (!call || !response.body || !(response.headers.get("content-type") ?? "").includes("text/event-stream")) return response;
        const decoder = new TextDecoder();
        let tail = "";
        const watched = response.body.pipeThrough(
          new TransformStream<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              if (!call.done) {
                tail = (tail + decoder.decode(chunk, { stream: true })).slice(-64);
                if (/(^|\n)data: ?\[DONE\]/.test(tail)) call.done = true;
              }
              controller.enqueue(chunk);
            },
          }),
        );
        return new Response(watched, { status: response.status, statusText: response.statusText, headers: response.headers });
      };
    },
    begin() {
      const id = String(++counter);
      const call = { done: false };
      calls.set(id, call);
      return { headers: { [STREAM_PROBE_HEADER]: id }, sawDone: () => call.done, end: () => void calls.delete(id) };
    },
  };
}
