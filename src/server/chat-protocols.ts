import type { RouteResult } from "../index.js";
import type { HttpError } from "./http-errors.js";

/** How one wire protocol (OpenAI SSE, Ollama NDJSON) writes a chat answer. */
export interface ChatProtocol {
  readonly streamContentType: string;
  /** A streamed piece of the answer. `first` is true for the first one sent. */
  token(text: string, model: string, first: boolean): string;
  /** What closes a successful stream (tool calls, finish reason, usage, terminator). */
  end(result: RouteResult, first: boolean): string;
  /** An explicit error event closing a stream that already sent tokens. */
  streamError(error: HttpError): string;
  /** The whole answer as one JSON body. */
  json(result: RouteResult): unknown;
}

export interface ToolCallLike {
  id?: string;
  name: string;
  args: Record<string, unknown>;
}

export function toolCallsOf(result: RouteResult): ToolCallLike[] {
  const calls = (result.message as unknown as { tool_calls?: ToolCallLike[] }).tool_calls;
  return Array.isArray(calls) ? calls : [];
}

export function finishReasonOf(result: RouteResult, hasToolCalls: boolean): string {
  if (hasToolCalls) return "tool_calls";
  const metadata = (result.message as unknown as { response_metadata?: Record<string, unknown> }).response_metadata;
  const reason = metadata?.finish_reason ?? metadata?.done_reason;
  return reason === "length" ? "length" : "stop";
}

function openAiToolCalls(calls: ToolCallLike[]) {
  return calls.map((call, index) => ({
    id: call.id ?? `call_${index}`,
    type: "function" as const,
    function: { name: call.name, arguments: JSON.stringify(call.args ?? {}) },
  }));
}

export function openAiUsage(result: RouteResult) {
  return {
    prompt_tokens: result.usage.inputTokens,
    completion_tokens: result.usage.outputTokens,
    total_tokens: result.usage.inputTokens + result.usage.outputTokens,
  };
}

export function createOpenAiProtocol(requestId: string, includeUsage: boolean): ChatProtocol {
  const id = `chatcmpl-${requestId}`;
  const created = Math.floor(Date.now() / 1000);
  const chunk = (model: string, choices: unknown[], extra: Record<string, unknown> = {}) =>
    `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model, system_fingerprint: null, choices, ...extra })}\n\n`;
  return {
    streamContentType: "text/event-stream; charset=utf-8",
    token(text, model, first) {
      // Hot path: only the text needs escaping.
      const delta = first ? `{"role":"assistant","content":${JSON.stringify(text)}}` : `{"content":${JSON.stringify(text)}}`;
      return `data: {"id":${JSON.stringify(id)},"object":"chat.completion.chunk","created":${created},"model":${JSON.stringify(model)},"system_fingerprint":null,"choices":[{"index":0,"delta":${delta},"logprobs":null,"finish_reason":null}]}\n\n`;
    },
    end(result, first) {
      const calls = toolCallsOf(result);
      let out = "";
      if (first || calls.length > 0) {
        const delta: Record<string, unknown> = first ? { role: "assistant", content: calls.length > 0 ? null : "" } : {};
        if (calls.length > 0) delta.tool_calls = openAiToolCalls(calls).map((call, index) => ({ index, ...call }));
        out += chunk(result.model, [{ index: 0, delta, logprobs: null, finish_reason: null }]);
      }
      out += chunk(result.model, [{ index: 0, delta: {}, logprobs: null, finish_reason: finishReasonOf(result, calls.length > 0) }]);
      if (includeUsage) out += chunk(result.model, [], { usage: openAiUsage(result) });
      return `${out}data: [DONE]\n\n`;
    },
    streamError(error) {
      return `data: ${JSON.stringify(error.toBody())}\n\n`;
    },
    json(result) {
      const calls = toolCallsOf(result);
      const message: Record<string, unknown> = { role: "assistant", content: calls.length > 0 && result.answer === "" ? null : result.answer, refusal: null };
      if (calls.length > 0) message.tool_calls = openAiToolCalls(calls);
      return {
        id,
        object: "chat.completion",
        created,
        model: result.model,
        system_fingerprint: null,
        choices: [{ index: 0, message, logprobs: null, finish_reason: finishReasonOf(result, calls.length > 0) }],
        usage: openAiUsage(result),
      };
    },
  };
}

export function createOllamaProtocol(): ChatProtocol {
  const startedAt = process.hrtime.bigint();
  const final = (result: RouteResult, content: string) => {
    const calls = toolCallsOf(result);
    const message: Record<string, unknown> = { role: "assistant", content };
    if (calls.length > 0) message.tool_calls = calls.map((call) => ({ function: { name: call.name, arguments: call.args ?? {} } }));
    return {
      model: result.model,
      created_at: new Date().toISOString(),
      message,
      done: true,
      done_reason: finishReasonOf(result, false) === "length" ? "length" : "stop",
      total_duration: Number(process.hrtime.bigint() - startedAt),
      load_duration: 0,
      prompt_eval_count: result.usage.inputTokens,
      prompt_eval_duration: 0,
      eval_count: result.usage.outputTokens,
      eval_duration: 0,
    };
  };
  return {
    streamContentType: "application/x-ndjson",
    token(text, model) {
      return `{"model":${JSON.stringify(model)},"created_at":"${new Date().toISOString()}","message":{"role":"assistant","content":${JSON.stringify(text)}},"done":false}\n`;
    },
    end(result) {
      return `${JSON.stringify(final(result, ""))}\n`;
    },
    streamError(error) {
      return `${JSON.stringify({ error: error.message })}\n`;
    },
    json(result) {
      return final(result, result.answer);
    },
  };
}
