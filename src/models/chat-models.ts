/**
 * Chat models built from config: ChatOllama for `ollama`, ChatOpenAI for `openai` and
 * `openai-compatible`. Both are thin subclasses that
 * - put a whole-call deadline on every HTTP call (config `timeoutMs`, streams included),
 * - turn off the library's own retries (the graph retries, and records each attempt),
 * - fail a stream that ends without its final chunk (Ollama `done:true`, OpenAI
 *   `finish_reason`) with STREAM_BROKEN instead of returning a silently truncated answer,
 * - never download a tokenizer: ChatOpenAI's token estimates use gpt-tokenizer (offline); the
 *   usage itself comes from the server (`stream_options.include_usage`, Ollama's final line),
 * - send their HTTP calls through node:http keep-alive agents (`httpFetch`), cheaper than fetch.
 */
import type { CallbackManagerForLLMRun } from "@langchain/core/callbacks/manager";
import { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { BaseMessage, MessageContent } from "@langchain/core/messages";
import type { ChatGenerationChunk } from "@langchain/core/outputs";
import { ChatOllama, type ChatOllamaInput } from "@langchain/ollama";
import { ChatOpenAI, ChatOpenAICompletions, type ChatOpenAIFields } from "@langchain/openai";
import type { ModelConfig } from "../config/sections/models.js";
import { RouterError } from "../errors.js";
import { createDeadlineFetch } from "./deadline-fetch.js";
import { httpFetch } from "./http-fetch.js";
import { withNdjsonCheck } from "./ndjson-check.js";
import { countTokens, messageText } from "./tokens.js";
import { createStreamEndProbe, type StreamEndProbe } from "./stream-end-probe.js";

/** The mapped request parameters of one call (set by the call layer, src/nodes/model-invocation.ts). */
type WireOptions = { routellmWire?: Record<string, unknown> };

export const DEFAULT_OLLAMA_BASE_URL = "http://127.0.0.1:11434";

type ChatModelEvents = ReturnType<BaseChatModel["_streamChatModelEvents"]>;

function streamBroken(modelId: string, reason: string): RouterError {
  return new RouterError("STREAM_BROKEN", `Model "${modelId}" ended its response stream early (${reason}).`, {
    retryable: true,
    details: { modelId, reason },
  });
}

/** Builds the fetch of one Ollama call, carrying that call's AbortSignal. */
export type OllamaCallFetch = (signal: AbortSignal | undefined) => typeof fetch;

interface OllamaWireMessage {
  role: string;
  content: string;
  images?: string[];
  tool_calls?: unknown[];
}

/**
 * LangChain turns one user message with text and image parts into one Ollama message per part
 * (the images with empty content); Ollama expects the images on the message they belong to.
 */
export function joinImageMessages(messages: OllamaWireMessage[] | undefined, modelId = "ollama"): OllamaWireMessage[] | undefined {
  if (!messages?.some((message) => message.images?.length)) return messages;
  // LangChain turns an image URL that is not a data: URL into an empty image: refuse it instead of sending nothing.
  if (messages.some((message) => message.images?.some((image) => image === "")))
    throw new RouterError("INVALID_REQUEST", `model "${modelId}" (Ollama) takes images as data: URLs or base64, not remote URLs`, {
      details: { model: modelId, param: "image_url" },
    });
  const joined: OllamaWireMessage[] = [];
  for (const message of messages) {
    const previous = joined.at(-1);
    if (
      previous &&
      previous.role === "user" &&
      message.role === "user" &&
      !previous.tool_calls &&
      (message.content === "" || previous.content === "") &&
      (message.images?.length || previous.images?.length)
    ) {
      joined[joined.length - 1] = {
        ...previous,
        content: previous.content || message.content,
        images: [...(previous.images ?? []), ...(message.images ?? [])],
      };
    } else joined.push(message);
  }
  return joined;
}

/** ChatOllama that honours the caller's AbortSignal and fails a stream cut before its `done:true` line. */
export class RouterChatOllama extends ChatOllama {
  readonly routerModelId: string;
  private readonly callFetch: OllamaCallFetch | undefined;

  /**
   * ChatOllama does not pass `options.signal` to its HTTP client, and `client.abort()` would cancel
   * every call of the instance. With `callFetch`, each call runs on a view of this model whose
   * client's fetch carries that call's signal (prototype copies: no shared state changes, and no
   * AsyncLocalStorage, whose promise hooks would then tax every promise of the process).
   */
  constructor(fields: ChatOllamaInput, routerModelId: string, callFetch?: OllamaCallFetch) {
    super(fields);
    this.routerModelId = routerModelId;
    this.callFetch = callFetch;
  }

  override async *_streamResponseChunks(
    messages: BaseMessage[],
    options: this["ParsedCallOptions"],
    runManager?: CallbackManagerForLLMRun,
  ): AsyncGenerator<ChatGenerationChunk> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- replaced below by a per-call view of this model
    let call: this = this;
    if (this.callFetch) {
      // The Ollama client reads its `fetch` field (protected, read-only in its types) on every request.
      const client = Object.create(this.client) as typeof this.client;
      Object.defineProperty(client, "fetch", { value: this.callFetch(options.signal) });
      const chat = Object.getPrototypeOf(client).chat as (request: { messages?: OllamaWireMessage[] }) => unknown;
      Object.defineProperty(client, "chat", {
        value: (request: { messages?: OllamaWireMessage[] }) =>
          chat.call(client, { ...request, messages: joinImageMessages(request.messages, this.routerModelId) }),
      });
      call = Object.create(this) as this;
      call.client = client;
    }
    let last: ChatGenerationChunk | undefined;
    const inner = ChatOllama.prototype._streamResponseChunks.call(call, messages, options, runManager);
    try {
      for (;;) {
        const step = await inner.next();
        if (step.done) break;
        last = step.value;
        yield step.value;
      }
    } finally {
      await inner.return(undefined);
    }
    if (options.signal?.aborted) return;
    const metadata = last?.message.response_metadata as Record<string, unknown> | undefined;
    if (metadata?.done !== true) throw streamBroken(this.routerModelId, "no done:true line");
  }

  /** Route the content-block streaming protocol through `_streamResponseChunks`, so it gets the same check. */
  override _streamChatModelEvents(messages: BaseMessage[], options: this["ParsedCallOptions"], runManager?: CallbackManagerForLLMRun): ChatModelEvents {
    return BaseChatModel.prototype._streamChatModelEvents.call(this, messages, options, runManager);
  }

  /** The request's mapped parameters go into Ollama's `options` (num_predict, temperature, top_p, seed, num_ctx, ...). */
  override invocationParams(options?: this["ParsedCallOptions"]): ReturnType<ChatOllama["invocationParams"]> {
    const params = super.invocationParams(options);
    const wire = (options as WireOptions | undefined)?.routellmWire;
    return wire === undefined ? params : { ...params, options: { ...params.options, ...wire } };
  }

  /** Offline token counts (gpt-tokenizer), never a download. */
  override async getNumTokens(content: MessageContent): Promise<number> {
    return countTokens(messageText({ content }));
  }
}

/** The Chat Completions half of ChatOpenAI, with offline token counts and a stream-end check. */
export class RouterChatOpenAICompletions extends ChatOpenAICompletions {
  readonly routerModelId: string;
  private readonly streamEnds: StreamEndProbe | undefined;

  /** With `streamEnds` (whose `wrap` must be around the client's fetch), a stream ended by `[DONE]` without a finish_reason is complete. */
  constructor(fields: ChatOpenAIFields, routerModelId: string, streamEnds?: StreamEndProbe) {
    super(fields);
    this.routerModelId = routerModelId;
    this.streamEnds = streamEnds;
  }

  /** The request's mapped parameters (max_tokens, top_p, seed, penalties, user, ...) join the body. */
  override invocationParams(options?: this["ParsedCallOptions"], extra?: { streaming?: boolean }): ReturnType<ChatOpenAICompletions["invocationParams"]> {
    const params = super.invocationParams(options, extra);
    const wire = (options as WireOptions | undefined)?.routellmWire;
    return wire === undefined ? params : { ...params, ...wire };
  }

  /** gpt-tokenizer instead of js-tiktoken (which downloads its encoding on first use). */
  override async getNumTokens(content: MessageContent): Promise<number> {
    return countTokens(messageText({ content }));
  }

  override async *_streamResponseChunks(
    messages: BaseMessage[],
    options: this["ParsedCallOptions"],
    runManager?: CallbackManagerForLLMRun,
  ): AsyncGenerator<ChatGenerationChunk> {
    let finished = false;
    const probe = this.streamEnds?.begin();
    // Call options reach the SDK as request options: the probe's header tags this call's HTTP request.
    const tagged = probe
      ? ({ ...options, headers: { ...(options as { headers?: Record<string, string> }).headers, ...probe.headers } } as this["ParsedCallOptions"])
      : options;
    try {
      for await (const chunk of super._streamResponseChunks(messages, tagged, runManager)) {
        if (chunk.generationInfo?.finish_reason != null) finished = true;
        yield chunk;
      }
      if (options.signal?.aborted) return;
      if (!finished && !probe?.sawDone()) throw streamBroken(this.routerModelId, "no finish_reason and no [DONE]");
    } finally {
      probe?.end();
    }
  }

  override _streamChatModelEvents(messages: BaseMessage[], options: this["ParsedCallOptions"], runManager?: CallbackManagerForLLMRun): ChatModelEvents {
    return BaseChatModel.prototype._streamChatModelEvents.call(this, messages, options, runManager);
  }
}

/** ChatOpenAI whose own token counts (used by e.g. trimMessages) are offline gpt-tokenizer counts. */
export class RouterChatOpenAI extends ChatOpenAI {
  override async getNumTokens(content: MessageContent): Promise<number> {
    return countTokens(messageText({ content }));
  }
}

/** The API key of an OpenAI-style model, from the variable the config names; never from the file. */
function resolveApiKey(model: ModelConfig, env: NodeJS.ProcessEnv): string {
  const variable = model.apiKeyEnv ?? (model.provider === "openai" ? "OPENAI_API_KEY" : undefined);
  // An openai-compatible server without a key variable (vLLM, LM Studio...) needs no key. Pass a
  // placeholder so the SDK never falls back to OPENAI_API_KEY and sends the OpenAI key elsewhere.
  if (variable === undefined) return "not-needed";
  const value = env[variable];
  if (value === undefined || value.trim() === "") {
    throw new RouterError(
      "CONFIG_INVALID",
      `Model "${model.id}" needs an API key in the environment variable ${variable}, which is not set (models[].apiKeyEnv names the variable).`,
      { details: { modelId: model.id, variable } },
    );
  }
  return value;
}

/** The model's extra headers: literal ones, then those read from the environment (a missing variable is CONFIG_INVALID). */
export function resolveHeaders(model: Pick<ModelConfig, "id" | "headers" | "headersFromEnv">, env: NodeJS.ProcessEnv): Record<string, string> {
  const headers: Record<string, string> = { ...model.headers };
  for (const [name, variable] of Object.entries(model.headersFromEnv ?? {})) {
    const value = env[variable];
    if (value === undefined || value.trim() === "")
      throw new RouterError(
        "CONFIG_INVALID",
        `Model "${model.id}" needs the header ${name} from the environment variable ${variable}, which is not set (models[].headersFromEnv).`,
        {
          details: { modelId: model.id, variable },
        },
      );
    headers[name] = value;
  }
  return headers;
}

/** A fetch that adds the model's query parameters to every URL (Ollama's client has no such option). */
export function withQuery(base: typeof fetch, query: Record<string, string> | undefined): typeof fetch {
  if (query === undefined || Object.keys(query).length === 0) return base;
  return (input, init) => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    return base(url.href, init);
  };
}

/** A fetch that sends the configured authorization instead of the SDK's placeholder Bearer key (or none, when the key is in `api-key`). */
function withoutBearer(base: typeof fetch, configured: Record<string, string>): typeof fetch {
  const own = Object.entries(configured).find(([name]) => name.toLowerCase() === "authorization")?.[1];
  return (input, init) => {
    const headers = new Headers(init?.headers);
    if (own === undefined) headers.delete("authorization");
    else headers.set("authorization", own);
    return base(input, { ...init, headers });
  };
}

/** A LangChain chat model for one configured model. Throws CONFIG_INVALID when its API key is missing. */
export function createChatModel(model: ModelConfig, env: NodeJS.ProcessEnv = process.env): BaseChatModel {
  const headers = resolveHeaders(model, env);
  if (model.provider === "ollama") {
    const baseFetch = withQuery(httpFetch, model.query);
    return new RouterChatOllama(
      {
        model: model.model,
        baseUrl: model.baseUrl ?? DEFAULT_OLLAMA_BASE_URL,
        fetch: withNdjsonCheck(createDeadlineFetch(model.timeoutMs, { baseFetch })),
        checkOrPullModel: false,
        maxRetries: 0,
        ...(Object.keys(headers).length > 0 ? { headers } : {}),
        ...(model.temperature === undefined ? {} : { temperature: model.temperature }),
      },
      model.id,
      (signal) => withNdjsonCheck(createDeadlineFetch(model.timeoutMs, { baseFetch, callSignal: () => signal })),
    );
  }
  // A gateway key in its own header (Azure's `api-key`, or an explicit Authorization) replaces the Bearer key.
  const ownAuth = Object.keys(headers).some((name) => ["api-key", "authorization"].includes(name.toLowerCase()));
  const streamEnds = createStreamEndProbe();
  const fields: ChatOpenAIFields = {
    model: model.model,
    apiKey: ownAuth && model.apiKeyEnv === undefined ? "not-needed" : resolveApiKey(model, env),
    maxRetries: 0,
    timeout: model.timeoutMs,
    // Not `streaming: true` (its invoke() estimates usage with a downloaded tiktoken encoding) and
    // not `streaming: false` (that disables .stream()). invoke() sends JSON; stream() sends SSE
    // with stream_options.include_usage, so the server reports usage either way.
    streamUsage: true,
    useResponsesApi: false,
    configuration: {
      ...(model.baseUrl === undefined ? {} : { baseURL: model.baseUrl }),
      fetch: streamEnds.wrap(
        createDeadlineFetch(model.timeoutMs, { baseFetch: ownAuth && model.apiKeyEnv === undefined ? withoutBearer(httpFetch, headers) : httpFetch }),
      ),
      ...(Object.keys(headers).length > 0 ? { defaultHeaders: headers } : {}),
      ...(model.query === undefined ? {} : { defaultQuery: model.query }),
      // The SDK logs garbled stream lines (answer text) at error level: keep answers out of logs.
      logLevel: "off",
    },
    ...(model.temperature === undefined ? {} : { temperature: model.temperature }),
  };
  return new RouterChatOpenAI({ ...fields, completions: new RouterChatOpenAICompletions(fields, model.id, streamEnds) });
}
