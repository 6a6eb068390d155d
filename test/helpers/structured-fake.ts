import { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { AIMessageChunk, type BaseMessage } from "@langchain/core/messages";
import type { ChatResult } from "@langchain/core/outputs";

/** Answers structured-output calls (a forced tool call) with the given arguments, or fails/hangs. */
export class StructuredFake extends BaseChatModel {
  calls = 0;
  constructor(private readonly args: Record<string, unknown> | "hang" | "garbage") {
    super({});
  }
  _llmType() {
    return "structured-fake";
  }
  override bindTools(tools: unknown[]) {
    return this.withConfig({ tools } as never);
  }
  async _generate(_messages: BaseMessage[], options: this["ParsedCallOptions"]): Promise<ChatResult> {
    this.calls++;
    if (this.args === "hang") await new Promise((resolve, reject) => options.signal?.addEventListener("abort", () => reject(new Error("aborted"))));
    const name = (options as { tools?: Array<{ function?: { name?: string }; name?: string }> }).tools?.[0]?.function?.name ?? "tool";
    const args = this.args === "garbage" ? { nonsense: true } : this.args;
    const message = new AIMessageChunk({ content: "", tool_calls: [{ id: "t1", name, args: args as Record<string, unknown>, type: "tool_call" }] });
    return { generations: [{ text: "", message }] };
  }
}
