import type { BaseMessage } from "@langchain/core/messages";

/** The text of a message for scanning and verifying: string content, text parts (one a line), and tool-call names and arguments. */
export function messageTextWithToolCalls(message: BaseMessage): string {
  const content = message.content;
  let text = "";
  if (typeof content === "string") text = content;
  else if (Array.isArray(content)) {
    for (const part of content) {
      if (typeof part === "string") text += (text ? "\n" : "") + part;
      else if (part && typeof part === "object" && "text" in part && typeof part.text === "string") text += (text ? "\n" : "") + part.text;
    }
  }
  const toolCalls = (message as { tool_calls?: Array<{ name: string; args: unknown }> }).tool_calls;
  if (toolCalls?.length) for (const call of toolCalls) text += `\n${call.name} ${JSON.stringify(call.args)}`;
  return text;
}

/** The last human turn's text, or the last message's text. */
export function lastUserText(messages: readonly BaseMessage[]): string {
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index]!;
    if (message.getType() === "human") return messageTextWithToolCalls(message);
  }
  return messages.length > 0 ? messageTextWithToolCalls(messages[messages.length - 1]!) : "";
}
