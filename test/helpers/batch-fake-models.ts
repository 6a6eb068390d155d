import { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { AIMessage, type BaseMessage } from "@langchain/core/messages";
import type { ChatResult } from "@langchain/core/outputs";
import type { RouterConfigInput } from "../../src/index.js";

export type FakeFault = (text: string, call: number) => Error | undefined;

function textOf(messages: BaseMessage[]): string {
  return messages.map((message) => (typeof message.content === "string" ? message.content : JSON.stringify(message.content))).join("\n");
}

/** An instant chat model: answers "42" with usage, or throws what `fault` returns; records what it saw. */
export class InstantChatModel extends BaseChatModel {
  readonly seen: string[] = [];
  calls = 0;
  constructor(
    private readonly label: string,
    private readonly fault: FakeFault = () => undefined,
    private readonly record = false,
    private readonly delayMs = 0,
  ) {
    super({});
  }

  _llmType(): string {
    return `instant-${this.label}`;
  }

  async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    this.calls += 1;
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const text = textOf(messages);
    if (this.record) this.seen.push(text);
    const error = this.fault(text, this.calls);
    if (error) throw error;
    const message = new AIMessage({
      content: "The answer is 42.",
      usage_metadata: { input_tokens: 12, output_tokens: 6, total_tokens: 18 },
      response_metadata: { finish_reason: "stop" },
    });
    return { generations: [{ text: "The answer is 42.", message }] };
  }
}

/** An upstream HTTP error as the OpenAI SDK shapes it (status, headers). */
export function httpError(status: number, headers: Record<string, string> = {}): Error {
  const error = new Error(`${status} status code (no body)`) as Error & { status: number; headers: Record<string, string> };
  error.name = "APIError";
  error.status = status;
  error.headers = headers;
  return error;
}

/** A two-tier config whose models are replaced by instant fakes in tests and the bench. */
export function fakeModelsConfig(extra: Partial<RouterConfigInput> = {}): RouterConfigInput {
  return {
    models: [
      {
        id: "local-small",
        provider: "ollama",
        model: "fake-small",
        tier: "local",
        pricing: { inputPer1M: 0.01, outputPer1M: 0.02 },
        maxRetries: 1,
        maxConcurrency: 64,
      },
      {
        id: "cloud-big",
        provider: "openai-compatible",
        baseUrl: "http://127.0.0.1:9/v1",
        model: "fake-big",
        tier: "cloud",
        pricing: { inputPer1M: 2.5, outputPer1M: 10 },
        maxRetries: 1,
      },
    ],
    ...extra,
  } as RouterConfigInput;
}
