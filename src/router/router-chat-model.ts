import { BaseChatModel, type BaseChatModelCallOptions, type BaseChatModelParams, type BindToolsInput } from "@langchain/core/language_models/chat_models";
import { AIMessage, AIMessageChunk, type BaseMessage } from "@langchain/core/messages";
import { ChatGenerationChunk, type ChatResult } from "@langchain/core/outputs";
import type { CallbackManagerForLLMRun } from "@langchain/core/callbacks/manager";
import { convertToOpenAITool } from "@langchain/core/utils/function_calling";
import type { Runnable } from "@langchain/core/runnables";
import type { BaseLanguageModelInput } from "@langchain/core/language_models/base";
import type { RouteOptions, Router } from "./types.js";

export interface RouterChatModelCallOptions extends BaseChatModelCallOptions {
  /** OpenAI-format tool definitions (set by bindTools). */
  tools?: unknown[];
  /** Routing profile for this call. */
  profile?: string;
}

export interface RouterChatModelFields extends BaseChatModelParams {
  router: Router;
  /** Defaults for every call (profile, model bypass, ...). */
  routeOptions?: Omit<RouteOptions, "signal" | "requestId">;
}

/**
 * The router as a LangChain chat model: drop it into any LangChain or LangGraph agent. Each call
 * is routed; the answer's `response_metadata.routellm` says which model answered, its tier and
 * escalations, and `usage_metadata` carries the summed token usage.
 */
export class RouterChatModel extends BaseChatModel<RouterChatModelCallOptions, AIMessageChunk> {
  readonly router: Router;
  readonly routeOptions: Omit<RouteOptions, "signal" | "requestId">;

  static override lc_name(): string {
    return "RouterChatModel";
  }

  constructor(fields: RouterChatModelFields) {
    super(fields);
    this.router = fields.router;
    this.routeOptions = fields.routeOptions ?? {};
  }

  _llmType(): string {
    return "routellm";
  }

  override bindTools(tools: BindToolsInput[], kwargs?: Partial<RouterChatModelCallOptions>): Runnable<BaseLanguageModelInput, AIMessageChunk, RouterChatModelCallOptions> {
    return this.withConfig({ tools: tools.map((tool) => convertToOpenAITool(tool)), ...kwargs } as Partial<RouterChatModelCallOptions>);
  }

  private options(options: this["ParsedCallOptions"]): RouteOptions {
    return {
      ...this.routeOptions,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.tools ? { tools: options.tools } : {}),
      ...(options.profile ? { profile: options.profile } : {}),
    };
  }

  async _generate(messages: BaseMessage[], options: this["ParsedCallOptions"]): Promise<ChatResult> {
    const result = await this.router.invoke(messages, this.options(options));
    const source = result.message as AIMessage;
    const message = new AIMessage({
      content: source.content,
      tool_calls: source.tool_calls ?? [],
      response_metadata: source.response_metadata,
      usage_metadata: { input_tokens: result.usage.inputTokens, output_tokens: result.usage.outputTokens, total_tokens: result.usage.inputTokens + result.usage.outputTokens },
    });
    return {
      generations: [{ text: result.answer, message }],
      llmOutput: { tokenUsage: { promptTokens: result.usage.inputTokens, completionTokens: result.usage.outputTokens, totalTokens: result.usage.inputTokens + result.usage.outputTokens } },
    };
  }

  override async *_streamResponseChunks(messages: BaseMessage[], options: this["ParsedCallOptions"], runManager?: CallbackManagerForLLMRun): AsyncGenerator<ChatGenerationChunk> {
    for await (const event of this.router.stream(messages, this.options(options))) {
      if (event.type === "token") {
        const chunk = new ChatGenerationChunk({ text: event.text, message: new AIMessageChunk({ content: event.text }) });
        await runManager?.handleLLMNewToken(event.text);
        yield chunk;
      } else if (event.type === "end") {
        const source = event.result.message as AIMessage;
        yield new ChatGenerationChunk({
          text: "",
          message: new AIMessageChunk({
            content: "",
            tool_call_chunks: (source.tool_calls ?? []).map((call, index) => ({ id: call.id, name: call.name, args: JSON.stringify(call.args), index, type: "tool_call_chunk" as const })),
            response_metadata: source.response_metadata,
            usage_metadata: { input_tokens: event.result.usage.inputTokens, output_tokens: event.result.usage.outputTokens, total_tokens: event.result.usage.inputTokens + event.result.usage.outputTokens },
          }),
        });
      }
    }
  }
}
