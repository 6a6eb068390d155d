import { BaseChatModel, type BaseChatModelCallOptions, type BaseChatModelParams, type BindToolsInput } from "@langchain/core/language_models/chat_models";
import { AIMessage, AIMessageChunk, type BaseMessage } from "@langchain/core/messages";
import { ChatGenerationChunk, type ChatResult } from "@langchain/core/outputs";
import { CallbackManager, type CallbackManagerForLLMRun } from "@langchain/core/callbacks/manager";
import { convertToOpenAITool } from "@langchain/core/utils/function_calling";
import type { Runnable } from "@langchain/core/runnables";
import type { BaseLanguageModelInput } from "@langchain/core/language_models/base";
import type { RouteOptions, Router } from "./types.js";

/** LangChain's public tag for runs a `messages` stream must not show. */
const NOSTREAM_TAG = "langsmith:nostream";

/** Callbacks for runs nested under this model's run: the same handlers (an LLM run manager has no public getChild). */
function childCallbacks(runManager: CallbackManagerForLLMRun): CallbackManager {
  return new CallbackManager(runManager.runId, { handlers: runManager.handlers, inheritableHandlers: runManager.handlers });
}

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

  /**
   * The route options of one call. The router's graph runs as a child of this model's run: the
   * caller's callbacks see it and every model call inside it, once. Its runs are tagged
   * `langsmith:nostream` so a parent's `messages` stream shows the answer once, as this model's
   * output, not a second time from the inner model that produced it.
   */
  private options(options: this["ParsedCallOptions"], runManager: CallbackManagerForLLMRun | undefined): RouteOptions {
    return {
      ...this.routeOptions,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.tools ? { tools: options.tools } : {}),
      ...(options.profile ? { profile: options.profile } : {}),
      ...(runManager ? { callbacks: childCallbacks(runManager) } : {}),
      tags: [NOSTREAM_TAG],
    };
  }

  async _generate(messages: BaseMessage[], options: this["ParsedCallOptions"], runManager?: CallbackManagerForLLMRun): Promise<ChatResult> {
    const result = await this.router.invoke(messages, this.options(options, runManager));
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
    for await (const event of this.router.stream(messages, this.options(options, runManager))) {
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
