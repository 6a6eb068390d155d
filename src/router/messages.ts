import { AIMessage, HumanMessage, SystemMessage, ToolMessage, isBaseMessage, type BaseMessage } from "@langchain/core/messages";
import { RouterError } from "../errors.js";
import type { PlainMessage, RouterInput } from "./types.js";

function plainContent(content: PlainMessage["content"], index: number): string {
  if (content === null || content === undefined) return "";
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) throw new RouterError("INVALID_REQUEST", `messages[${index}].content must be a string or an array of parts`);
  return content
    .map((part, partIndex) => {
      if (part?.type === "text" && typeof part.text === "string") return part.text;
      throw new RouterError("INVALID_REQUEST", `messages[${index}].content[${partIndex}]: only text parts are supported (got "${String(part?.type)}")`);
    })
    .join("\n");
}

function parseToolArguments(raw: string, index: number): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(raw || "{}");
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new RouterError("INVALID_REQUEST", `messages[${index}].tool_calls: function.arguments must be a JSON object string`);
}

/** Converts a prompt string, OpenAI-style messages or LangChain messages into LangChain messages. */
export function toMessages(input: RouterInput): BaseMessage[] {
  if (typeof input === "string") {
    if (input.length === 0) throw new RouterError("INVALID_REQUEST", "the prompt is empty");
    return [new HumanMessage(input)];
  }
  if (!Array.isArray(input) || input.length === 0) throw new RouterError("INVALID_REQUEST", "messages must be a non-empty array");
  return input.map((message, index) => {
    if (isBaseMessage(message)) return message;
    const plain = message as PlainMessage;
    if (!plain || typeof plain !== "object") throw new RouterError("INVALID_REQUEST", `messages[${index}] must be an object`);
    const content = plainContent(plain.content, index);
    switch (plain.role) {
      case "system":
      case "developer":
        return new SystemMessage(content);
      case "user":
        return new HumanMessage(plain.name ? { content, name: plain.name } : content);
      case "assistant":
        return new AIMessage({
          content,
          tool_calls: (plain.tool_calls ?? []).map((call) => ({ id: call.id, name: call.function.name, args: parseToolArguments(call.function.arguments, index), type: "tool_call" as const })),
        });
      case "tool":
        if (typeof plain.tool_call_id !== "string") throw new RouterError("INVALID_REQUEST", `messages[${index}]: a tool message needs tool_call_id`);
        return new ToolMessage({ content, tool_call_id: plain.tool_call_id });
      default:
        throw new RouterError("INVALID_REQUEST", `messages[${index}].role must be system, developer, user, assistant or tool (got "${String((plain as { role?: unknown }).role)}")`);
    }
  });
}
