import { AIMessage, HumanMessage, SystemMessage, ToolMessage, isBaseMessage, type BaseMessage } from "@langchain/core/messages";
import { RouterError } from "../errors.js";
import type { PlainMessage, RouterInput } from "./types.js";

type ContentBlock = { type: "text"; text: string } | { type: "image_url"; image_url: { url: string; detail?: string } };

/** A message's content: a string, or (when it holds images) text and image_url blocks. Other part types are refused. */
function plainContent(content: PlainMessage["content"], index: number, imagesAllowed: boolean): string | ContentBlock[] {
  if (content === null || content === undefined) return "";
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) throw new RouterError("INVALID_REQUEST", `messages[${index}].content must be a string or an array of parts`);
  const blocks = content.map((part, partIndex): ContentBlock => {
    if (part?.type === "text" && typeof part.text === "string") return { type: "text", text: part.text };
    if (part?.type === "image_url" && imagesAllowed) {
      const image = part.image_url as string | { url?: unknown; detail?: unknown } | undefined;
      const url = typeof image === "string" ? image : image?.url;
      if (typeof url !== "string" || url === "")
        throw new RouterError("INVALID_REQUEST", `messages[${index}].content[${partIndex}].image_url.url must be a URL or a data: URL`);
      return { type: "image_url", image_url: { url, ...(typeof image === "object" && typeof image.detail === "string" ? { detail: image.detail } : {}) } };
    }
    throw new RouterError(
      "INVALID_REQUEST",
      `messages[${index}].content[${partIndex}]: only text${imagesAllowed ? " and image_url" : ""} parts are supported here (got "${String(part?.type)}")`,
      {
        details: { param: `messages[${index}].content[${partIndex}].type` },
      },
    );
  });
  if (blocks.every((block) => block.type === "text")) return blocks.map((block) => (block as { text: string }).text).join("\n");
  return blocks;
}

const textOf = (content: string | ContentBlock[]): string =>
  typeof content === "string" ? content : content.map((block) => (block.type === "text" ? block.text : "")).join("\n");

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
    const content = plainContent(plain.content, index, plain.role === "user");
    switch (plain.role) {
      case "system":
      case "developer":
        return new SystemMessage(textOf(content));
      case "user":
        return new HumanMessage(plain.name ? { content, name: plain.name } : { content });
      case "assistant":
        return new AIMessage({
          content: textOf(content),
          tool_calls: (plain.tool_calls ?? []).map((call) => ({
            id: call.id,
            name: call.function.name,
            args: parseToolArguments(call.function.arguments, index),
            type: "tool_call" as const,
          })),
        });
      case "tool":
        if (typeof plain.tool_call_id !== "string") throw new RouterError("INVALID_REQUEST", `messages[${index}]: a tool message needs tool_call_id`);
        return new ToolMessage({ content: textOf(content), tool_call_id: plain.tool_call_id });
      default:
        throw new RouterError(
          "INVALID_REQUEST",
          `messages[${index}].role must be system, developer, user, assistant or tool (got "${String((plain as { role?: unknown }).role)}")`,
        );
    }
  });
}
