import { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { AIMessage, type BaseMessage } from "@langchain/core/messages";
import type { ChatResult } from "@langchain/core/outputs";

/** A chat model that answers at once with a fixed text and reported usage: measures the router, not a model. */
export class InstantChatModel extends BaseChatModel {
  constructor(private readonly text = "Final answer: 42") {
    super({});
  }
  _llmType(): string {
    return "instant";
  }
  async _generate(_messages: BaseMessage[]): Promise<ChatResult> {
    const message = new AIMessage({ content: this.text, usage_metadata: { input_tokens: 20, output_tokens: 5, total_tokens: 25 } });
    return { generations: [{ text: this.text, message }] };
  }
}
