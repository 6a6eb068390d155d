/**
 * Checks an NDJSON response stream (Ollama's streamed answers) line by line before its client
 * reads it: a line that is not JSON fails the stream with a SyntaxError (a garbled protocol, an
 * upstream fault the call layer falls back from) instead of reaching the `ollama` client, which
 * would skip it and print the line (answer text) to the process's stderr.
 */
export function withNdjsonCheck(base: typeof fetch): typeof fetch {
  return async (input, init) => {
    const response = await base(input, init);
    if (!response.body || !(response.headers.get("content-type") ?? "").includes("ndjson")) return response;
    const decoder = new TextDecoder();
    let pending = "";
    const check = (line: string) => {
      if (line.trim() === "") return;
      try {
        JSON.parse(line);
      } catch {
        throw new SyntaxError(`garbled NDJSON line in the model's response stream (${line.length} characters)`);
      }
    };
    const body = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          pending += decoder.decode(chunk, { stream: true });
          const lines = pending.split("\n");
          pending = lines.pop() ?? "";
          for (const line of lines) check(line);
          controller.enqueue(chunk);
        },
        flush() {
          check(pending + decoder.decode());
        },
      }),
    );
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
