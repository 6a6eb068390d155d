import { describe, expect, it } from "vitest";
import { createStreamEndProbe, STREAM_PROBE_HEADER } from "../../src/models/stream-end-probe.js";

/** A fetch that records what it was given and answers with an SSE body. */
function recordingFetch(body: string) {
  const calls: Array<{ input: unknown; init: RequestInit | undefined }> = [];
  const fetch = (async (input: unknown, init?: RequestInit) => {
    calls.push({ input, init });
    return new Response(body, { status: 200, headers: { "content-type": "text/event-stream" } });
  }) as typeof globalThis.fetch;
  return { calls, fetch };
}

describe("stream-end probe", () => {
  it("passes an untagged call's init through as it is (the SDK's Headers are read, not copied)", async () => {
    const { calls, fetch } = recordingFetch("data: [DONE]\n\n");
    const probe = createStreamEndProbe();
    const init = { method: "POST", headers: new Headers({ authorization: "Bearer k", "content-type": "application/json" }), body: "{}" };
    await probe.wrap(fetch)("http://upstream/v1/chat/completions", init);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.init).toBe(init);
  });

  it("strips the tag from a tagged call without changing the caller's Headers, and sees its [DONE]", async () => {
    const { calls, fetch } = recordingFetch('data: {"choices":[]}\n\ndata: [DONE]\n\n');
    const probe = createStreamEndProbe();
    const call = probe.begin();
    const given = new Headers({ authorization: "Bearer k", ...call.headers });
    const response = await probe.wrap(fetch)("http://upstream/v1/chat/completions", { method: "POST", headers: given, body: "{}" });
    const sent = new Headers(calls[0]!.init!.headers);
    expect(sent.has(STREAM_PROBE_HEADER)).toBe(false);
    expect(sent.get("authorization")).toBe("Bearer k");
    expect(given.get(STREAM_PROBE_HEADER)).toBe(call.headers[STREAM_PROBE_HEADER]);
    expect(call.sawDone()).toBe(false);
    await response.text();
    expect(call.sawDone()).toBe(true);
    call.end();
  });

  it("finds the tag in plain-object headers too", async () => {
    const { calls, fetch } = recordingFetch("data: [DONE]\n\n");
    const probe = createStreamEndProbe();
    const call = probe.begin();
    const response = await probe.wrap(fetch)("http://upstream/v1/chat/completions", { headers: { accept: "text/event-stream", ...call.headers } });
    const sent = new Headers(calls[0]!.init!.headers);
    expect(sent.has(STREAM_PROBE_HEADER)).toBe(false);
    expect(sent.get("accept")).toBe("text/event-stream");
    await response.text();
    expect(call.sawDone()).toBe(true);
  });
});
