import { BaseChatModel, type BaseChatModelCallOptions, type BaseChatModelParams, type BindToolsInput } from "@langchain/core/language_models/chat_models";
import { type AIMessage, AIMessageChunk, type BaseMessage, type MessageContent } from "@langchain/core/messages";
import { ChatGenerationChunk, type ChatResult } from "@langchain/core/outputs";
import { CallbackManager, type CallbackManagerForLLMRun } from "@langchain/core/callbacks/manager";
import { convertToOpenAITool } from "@langchain/core/utils/function_calling";
import { RunnableLambda, type Runnable } from "@langchain/core/runnables";
import type { BaseLanguageModelInput, StructuredOutputMethodOptions } from "@langchain/core/language_models/base";
import { getSchemaDescription, interopParseAsync, isInteropZodSchema, type ZodV3Like, type ZodV4Like } from "@langchain/core/utils/types";
import { isSerializableSchema, type SerializableSchema } from "@langchain/core/utils/standard_schema";
import { toJsonSchema } from "@langchain/core/utils/json_schema";
import { countTokens, messageText } from "../models/tokens.js";
import type { GenerationParams } from "../policies/request-params.js";
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
  /** OpenAI-style response_format (set by withStructuredOutput's jsonSchema / jsonMode methods). */
  response_format?: RouteOptions["responseFormat"];
  /** Generation parameters for this call (max tokens, temperature, seed, ...), mapped onto each model's API. */
  params?: GenerationParams;
  /** Routing profile for this call. */
  profile?: string;
}

export interface RouterChatModelFields extends BaseChatModelParams {
  router: Router;
  /** Defaults for every call (profile, model bypass, params, ...). */
  routeOptions?: Omit<RouteOptions, "signal" | "requestId">;
}

/** A tool name given as tool_choice means that function, as ChatOpenAI reads it. */
function toolChoiceOf(choice: unknown): unknown {
  if (typeof choice === "string" && !["auto", "none", "required", "any"].includes(choice)) return { type: "function", function: { name: choice } };
  return choice === "any" ? "required" : choice;
}

function parseJsonText(message: BaseMessage): unknown {
  const text = messageText(message)
    .trim()
    // The closing fence's blank run is tried from its first blank only (from every blank it was quadratic).
    .replace(/^```(?:json)?\s*|(?<!\s)\s*```$|(?<=\s)```$/g, "");
  try {
    return JSON.parse(text);
  } catch {
    throw new Error("the routed model's answer is not valid JSON");
  }
}

/**
 * The router as a LangChain chat model: drop it into any LangChain or LangGraph agent. Each call
 * is routed; the answer's `response_metadata.routellm` says which model answered, its tier and
 * escalations, and `usage_metadata` carries the summed token usage. Tools with tool_choice,
 * structured output, stop sequences and abort signals reach the routed models.
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

  override bindTools(
    tools: BindToolsInput[],
    kwargs?: Partial<RouterChatModelCallOptions>,
  ): Runnable<BaseLanguageModelInput, AIMessageChunk, RouterChatModelCallOptions> {
    return this.withConfig({ tools: tools.map((tool) => convertToOpenAITool(tool)), ...kwargs } as Partial<RouterChatModelCallOptions>);
  }

  /** Offline token counts (the bundled gpt-tokenizer), never a tokenizer download. */
  override async getNumTokens(content: MessageContent): Promise<number> {
    return countTokens(messageText({ content }));
  }

  /**
   * Structured output through the router: `functionCalling` (default) forces a tool call whose
   * arguments are the output; `jsonSchema` sends response_format json_schema; `jsonMode` sends
   * json_object. Either way only models able to honour it are routed to. Zod schemas validate the result.
   */
  /* eslint-disable @typescript-eslint/no-explicit-any -- the overloads repeat BaseChatModel.withStructuredOutput's own signatures, which use Record<string, any> */
  override withStructuredOutput<RunOutput extends Record<string, any> = Record<string, any>>(
    outputSchema: SerializableSchema<RunOutput>,
    config?: StructuredOutputMethodOptions<false>,
  ): Runnable<BaseLanguageModelInput, RunOutput>;
  override withStructuredOutput<RunOutput extends Record<string, any> = Record<string, any>>(
    outputSchema: SerializableSchema<RunOutput>,
    config?: StructuredOutputMethodOptions<true>,
  ): Runnable<BaseLanguageModelInput, { raw: BaseMessage; parsed: RunOutput }>;
  override withStructuredOutput<RunOutput extends Record<string, any> = Record<string, any>>(
    outputSchema: ZodV4Like<RunOutput> | Record<string, any>,
    config?: StructuredOutputMethodOptions<false>,
  ): Runnable<BaseLanguageModelInput, RunOutput>;
  override withStructuredOutput<RunOutput extends Record<string, any> = Record<string, any>>(
    outputSchema: ZodV4Like<RunOutput> | Record<string, any>,
    config?: StructuredOutputMethodOptions<true>,
  ): Runnable<BaseLanguageModelInput, { raw: BaseMessage; parsed: RunOutput }>;
  override withStructuredOutput<RunOutput extends Record<string, any> = Record<string, any>>(
    outputSchema: ZodV3Like<RunOutput> | Record<string, any>,
    config?: StructuredOutputMethodOptions<false>,
  ): Runnable<BaseLanguageModelInput, RunOutput>;
  override withStructuredOutput<RunOutput extends Record<string, any> = Record<string, any>>(
    outputSchema: ZodV3Like<RunOutput> | Record<string, any>,
    config?: StructuredOutputMethodOptions<true>,
  ): Runnable<BaseLanguageModelInput, { raw: BaseMessage; parsed: RunOutput }>;
  override withStructuredOutput<RunOutput extends Record<string, any> = Record<string, any>>(
    outputSchema: SerializableSchema<RunOutput> | ZodV4Like<RunOutput> | ZodV3Like<RunOutput> | Record<string, any>,
    config?: StructuredOutputMethodOptions<boolean>,
  ): Runnable<BaseLanguageModelInput, RunOutput> | Runnable<BaseLanguageModelInput, { raw: BaseMessage; parsed: RunOutput }> {
    /* eslint-enable @typescript-eslint/no-explicit-any */
    const zodSchema = isInteropZodSchema(outputSchema) ? outputSchema : undefined;
    const jsonSchema = (
      zodSchema || isSerializableSchema(outputSchema) ? toJsonSchema(outputSchema as Parameters<typeof toJsonSchema>[0]) : outputSchema
    ) as Record<string, unknown>;
    const name = config?.name ?? (typeof (outputSchema as { title?: unknown }).title === "string" ? (outputSchema as { title: string }).title : "extract");
    const method = config?.method ?? "functionCalling";
    let bound: Runnable<BaseLanguageModelInput, AIMessageChunk>;
    let extract: (message: BaseMessage) => unknown;
    if (method === "functionCalling") {
      const description =
        (zodSchema ? getSchemaDescription(zodSchema) : (jsonSchema.description as string | undefined)) ?? "Return the answer in this structure.";
      bound = this.bindTools([{ type: "function", function: { name, description, parameters: jsonSchema } }], { tool_choice: name });
      extract = (message) => {
        const call = (message as AIMessage).tool_calls?.find((candidate) => candidate.name === name);
        if (!call) throw new Error(`the routed model did not call ${name}`);
        return call.args;
      };
    } else {
      const response_format: RouteOptions["responseFormat"] =
        method === "jsonMode"
          ? { type: "json_object" }
          : { type: "json_schema", json_schema: { name, schema: jsonSchema, ...(config?.strict === undefined ? {} : { strict: config.strict }) } };
      bound = this.withConfig({ response_format } as Partial<RouterChatModelCallOptions>);
      extract = parseJsonText;
    }
    const parse = async (message: BaseMessage): Promise<RunOutput> => {
      const value = extract(message);
      return (zodSchema ? await interopParseAsync(zodSchema, value) : value) as RunOutput;
    };
    if (config?.includeRaw) {
      return RunnableLambda.from(async (input: BaseLanguageModelInput, runConfig) => {
        const raw = await bound.invoke(input, runConfig);
        return { raw, parsed: await parse(raw) };
      }).withConfig({ runName: "StructuredOutputRunnable" });
    }
    return RunnableLambda.from(async (input: BaseLanguageModelInput, runConfig) => parse(await bound.invoke(input, runConfig))).withConfig({
      runName: "StructuredOutput",
    });
  }

  /**
   * The route options of one call. The router's graph runs as a child of this model's run: the
   * caller's callbacks see it and every model call inside it, once. Its runs are tagged
   * `langsmith:nostream` so a parent's `messages` stream shows the answer once, as this model's
   * output, not a second time from the inner model that produced it.
   */
  private options(options: this["ParsedCallOptions"], runManager: CallbackManagerForLLMRun | undefined): RouteOptions {
    const params: GenerationParams = { ...this.routeOptions.params, ...options.params, ...(options.stop?.length ? { stop: options.stop } : {}) };
    return {
      ...this.routeOptions,
      ...(Object.keys(params).length > 0 ? { params } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.tools ? { tools: options.tools } : {}),
      ...(options.tool_choice !== undefined ? { toolChoice: toolChoiceOf(options.tool_choice) } : {}),
      ...(options.response_format ? { responseFormat: options.response_format } : {}),
      ...(options.profile ? { profile: options.profile } : {}),
      ...(runManager ? { callbacks: childCallbacks(runManager) } : {}),
      tags: [NOSTREAM_TAG],
    };
  }

  async _generate(messages: BaseMessage[], options: this["ParsedCallOptions"], runManager?: CallbackManagerForLLMRun): Promise<ChatResult> {
    const result = await this.router.invoke(messages, this.options(options, runManager));
    const source = result.message as AIMessage;
    const message = new AIMessageChunk({
      content: source.content,
      tool_calls: source.tool_calls ?? [],
      response_metadata: source.response_metadata,
      usage_metadata: {
        input_tokens: result.usage.inputTokens,
        output_tokens: result.usage.outputTokens,
        total_tokens: result.usage.inputTokens + result.usage.outputTokens,
      },
    });
    return {
      generations: [{ text: result.answer, message }],
      llmOutput: {
        tokenUsage: {
          promptTokens: result.usage.inputTokens,
          completionTokens: result.usage.outputTokens,
          totalTokens: result.usage.inputTokens + result.usage.outputTokens,
        },
      },
    };
  }

  override async *_streamResponseChunks(
    messages: BaseMessage[],
    options: this["ParsedCallOptions"],
    runManager?: CallbackManagerForLLMRun,
  ): AsyncGenerator<ChatGenerationChunk> {
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
            tool_call_chunks: (source.tool_calls ?? []).map((call, index) => ({
              id: call.id,
              name: call.name,
              args: JSON.stringify(call.args),
              index,
              type: "tool_call_chunk" as const,
            })),
            response_metadata: source.response_metadata,
            usage_metadata: {
              input_tokens: event.result.usage.inputTokens,
              output_tokens: event.result.usage.outputTokens,
              total_tokens: event.result.usage.inputTokens + event.result.usage.outputTokens,
            },
          }),
        });
      }
    }
  }
}
