import { BaseChatModel, type BaseChatModelCallOptions } from "@langchain/core/language_models/chat_models";
import { AIMessage, AIMessageChunk, type BaseMessage } from "@langchain/core/messages";
import { ChatGenerationChunk, type ChatResult } from "@langchain/core/outputs";

export type FakeReply = string | Error | ((messages: BaseMessage[]) => string | Error);

function textOf(messages: BaseMessage[]): string {
  return messages.map((message) => (typeof message.content === "string" ? message.content : JSON.stringify(message.content))).join("\n");
}

/**
 * An instant chat model for graph tests: answers with a fixed text, a function of the messages,
 * or throws; records every call's messages (so tests can assert what a "cloud" model saw).
 */
export class FakeChatModel extends BaseChatModel {
  readonly calls: BaseMessage[][] = [];
  constructor(
    private readonly reply: FakeReply,
    private readonly name_ = "fake",
  ) {
    super({});
  }
  _llmType(): string {
    return this.name_;
  }
  private answer(messages: BaseMessage[]): string {
    this.calls.push(messages);
    const reply = typeof this.reply === "function" ? this.reply(messages) : this.reply;
    if (reply instanceof Error) throw reply;
    return reply;
  }
  async _generate(messages: BaseMessage[], _options: this["ParsedCallOptions"]): Promise<ChatResult> {
    const text = this.answer(messages);
    const input = textOf(messages).length;
    const message = new AIMessage({
      content: text,
      usage_metadata: {
        input_tokens: Math.ceil(input / 4),
        output_tokens: Math.ceil(text.length / 4),
        total_tokens: Math.ceil(input / 4) + Math.ceil(text.length / 4),
      },
    });
    return { generations: [{ text, message }] };
  }
  override async *_streamResponseChunks(messages: BaseMessage[], _options: BaseChatModelCallOptions): AsyncGenerator<ChatGenerationChunk> {
    const text = this.answer(messages);
    for (const piece of text.match(/.{1,4}/gs) ?? []) yield new ChatGenerationChunk({ text: piece, message: new AIMessageChunk({ content: piece }) });
  }
}
