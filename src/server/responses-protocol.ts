/** The OpenAI Responses API wire format: one `response` object, or its streaming events. */
import type { RouteResult } from "../index.js";
import { finishReasonOf, toolCallsOf } from "./chat-protocols.js";
import type { ChatProtocol } from "./chat-protocols.js";

/** Request fields echoed in the response object. */
export interface ResponseEcho {
  instructions: string | null;
  tools: unknown[];
  tool_choice: unknown;
  temperature: number | null;
  top_p: number | null;
  max_output_tokens: number | null;
  parallel_tool_calls: boolean;
  text: { format: unknown };
  user: string | null;
  metadata: Record<string, string>;
}

export function createResponsesProtocol(requestId: string, echo: ResponseEcho): ChatProtocol {
  const id = `resp_${requestId.replace(/[^A-Za-z0-9]/g, "")}`;
  const messageId = `msg_${requestId.replace(/[^A-Za-z0-9]/g, "")}`;
  const createdAt = Math.floor(Date.now() / 1000);
  let sequence = 0;
  let text = "";
  const event = (type: string, fields: Record<string, unknown>) =>
    `event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: sequence++, ...fields })}\n\n`;

  const base = (model: string, status: string) => ({
    id,
    object: "response",
    created_at: createdAt,
    status,
    background: false,
    error: null,
    incomplete_details: null,
    model,
    output: [] as unknown[],
    previous_response_id: null,
    reasoning: null,
    store: false,
    truncation: "disabled",
    usage: null as unknown,
    ...echo,
  });
  const messageItem = (content: string, status: string) => ({
    type: "message",
    id: messageId,
    status,
    role: "assistant",
    content: status === "in_progress" ? [] : [{ type: "output_text", text: content, annotations: [], logprobs: [] }],
  });
  const functionItems = (result: RouteResult) =>
    toolCallsOf(result).map((call, index) => ({
      type: "function_call",
      id: `fc_${index}_${messageId.slice(4)}`,
      call_id: call.id ?? `call_${index}`,
      name: call.name,
      arguments: JSON.stringify(call.args ?? {}),
      status: "completed",
    }));
  const complete = (result: RouteResult, answer: string) => {
    const calls = functionItems(result);
    const length = finishReasonOf(result, calls.length > 0) === "length";
    return {
      ...base(result.model, length ? "incomplete" : "completed"),
      incomplete_details: length ? { reason: "max_output_tokens" } : null,
      output: [...(answer !== "" || calls.length === 0 ? [messageItem(answer, length ? "incomplete" : "completed")] : []), ...calls],
      usage: {
        input_tokens: result.usage.inputTokens,
        input_tokens_details: { cached_tokens: 0 },
        output_tokens: result.usage.outputTokens,
        output_tokens_details: { reasoning_tokens: 0 },
        total_tokens: result.usage.inputTokens + result.usage.outputTokens,
      },
    };
  };
  const opening = (model: string) => {
    const response = base(model, "in_progress");
    return event("response.created", { response }) + event("response.in_progress", { response });
  };
  const openMessage = () =>
    event("response.output_item.added", { output_index: 0, item: messageItem("", "in_progress") }) +
    event("response.content_part.added", {
      item_id: messageId,
      output_index: 0,
      content_index: 0,
      part: { type: "output_text", text: "", annotations: [], logprobs: [] },
    });

  return {
    streamContentType: "text/event-stream; charset=utf-8",
    token(delta, model, first) {
      text += delta;
      return (
        (first ? opening(model) + openMessage() : "") +
        event("response.output_text.delta", { item_id: messageId, output_index: 0, content_index: 0, delta, logprobs: [] })
      );
    },
    end(result, first) {
      let out = first ? opening(result.model) : "";
      const final = complete(result, text);
      const hasMessage = text !== "";
      if (hasMessage) {
        const item = final.output[0] as ReturnType<typeof messageItem>;
        out += event("response.output_text.done", { item_id: messageId, output_index: 0, content_index: 0, text, logprobs: [] });
        out += event("response.content_part.done", { item_id: messageId, output_index: 0, content_index: 0, part: item.content[0] });
        out += event("response.output_item.done", { output_index: 0, item });
      }
      functionItems(result).forEach((item, index) => {
        const outputIndex = (hasMessage ? 1 : 0) + index;
        out += event("response.output_item.added", { output_index: outputIndex, item: { ...item, arguments: "", status: "in_progress" } });
        out += event("response.function_call_arguments.delta", { item_id: item.id, output_index: outputIndex, delta: item.arguments });
        out += event("response.function_call_arguments.done", { item_id: item.id, output_index: outputIndex, name: item.name, arguments: item.arguments });
        out += event("response.output_item.done", { output_index: outputIndex, item });
      });
      if (!hasMessage && functionItems(result).length === 0) {
        out += openMessage();
        const item = messageItem("", "completed");
        out += event("response.output_text.done", { item_id: messageId, output_index: 0, content_index: 0, text: "", logprobs: [] });
        out += event("response.content_part.done", { item_id: messageId, output_index: 0, content_index: 0, part: item.content[0] });
        out += event("response.output_item.done", { output_index: 0, item });
      }
      return out + event(final.status === "incomplete" ? "response.incomplete" : "response.completed", { response: final });
    },
    streamError(error) {
      return event("error", { code: error.code, message: error.message, param: error.param });
    },
    json(result) {
      return complete(result, result.answer);
    },
  };
}
