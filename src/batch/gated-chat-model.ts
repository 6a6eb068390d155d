import { BaseChatModel, type BaseChatModelCallOptions } from "@langchain/core/language_models/chat_models";
import type { BaseLanguageModelInput } from "@langchain/core/language_models/base";
import type { AIMessageChunk, BaseMessage } from "@langchain/core/messages";
import type { ChatResult } from "@langchain/core/outputs";
import type { ModelGate } from "./model-gate.js";

function estimateTokens(input: BaseLanguageModelInput): number {
  let characters = 0;
  const add = (content: unknown) => {
    if (typeof content === "string") characters += content.length;
    else if (Array.isArray(content)) for (const part of content) characters += typeof part?.text === "string" ? part.text.length : 0;
  };
  if (typeof input === "string") add(input);
  else if (Array.isArray(input)) for (const message of input) add((message as { content?: unknown }).content ?? message);
  return Math.max(1, Math.ceil(characters / 4));
}

function usedTokens(message: BaseMessage | undefined): number | undefined {
  const usage = (message as { usage_metadata?: { input_tokens?: number; output_tokens?: number } } | undefined)?.usage_metadata;
  if (!usage) return undefined;
  return (usage.input_tokens ?? 0) + (usage.output_tokens ?? 0);
}

function retryAfterOf(error: unknown): number | undefined {
  const record = error as { status?: unknown; details?: { retryAfterMs?: unknown }; headers?: unknown; code?: unknown } | undefined;
  const status = record?.status;
  if (status !== 429 && record?.code !== "MODEL_RATE_LIMITED") return undefined;
  if (typeof record?.details?.retryAfterMs === "number") return record.details.retryAfterMs;
  const headers = record?.headers as { get?: (name: string) => string | null } | Record<string, unknown> | undefined;
  const raw = typeof headers?.get === "function" ? headers.get("retry-after") : (headers as Record<string, unknown> | undefined)?.["retry-after"];
  const seconds = Number(raw);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1_000;
}

/**
 * A chat model that passes each call through a shared gate (rate limits, concurrency cap, 429
 * cool-down) before calling the real model. Everything else (retries, timeouts, privacy) stays
 * with the router graph, which sees this model exactly as it would see the inner one.
 */
export class GatedChatModel extends BaseChatModel {
  readonly inner: BaseChatModel;
  readonly gate: ModelGate;

  constructor(inner: BaseChatModel, gate: ModelGate) {
    super({});
    this.inner = inner;
    this.gate = gate;
  }

  _llmType(): string {
    // Called by the base constructor before `inner` is set.
    return this.inner === undefined ? "routellm-gated" : this.inner._llmType();
  }

  private async guarded<T>(
    input: BaseLanguageModelInput,
    signal: AbortSignal | undefined,
    call: () => Promise<T>,
    tokensOf: (value: T) => number | undefined,
  ): Promise<T> {
    const lease = await this.gate.acquire(estimateTokens(input), signal);
    let tokens: number | undefined;
    try {
      const value = await call();
      tokens = tokensOf(value);
      return value;
    } catch (error) {
      const retryAfter = retryAfterOf(error);
      if (retryAfter !== undefined) await this.gate.closeFor(retryAfter).catch(() => undefined);
      throw error;
    } finally {
      await lease.release(tokens).catch(() => undefined);
    }
  }

  override async invoke(input: BaseLanguageModelInput, options?: BaseChatModelCallOptions): Promise<AIMessageChunk> {
    if (!this.gate.limited) return this.inner.invoke(input, options);
    return this.guarded(
      input,
      options?.signal,
      () => this.inner.invoke(input, options),
      (message) => usedTokens(message),
    );
  }

  override async *_streamIterator(input: BaseLanguageModelInput, options?: BaseChatModelCallOptions): AsyncGenerator<AIMessageChunk> {
    const lease = this.gate.limited ? await this.gate.acquire(estimateTokens(input), options?.signal) : undefined;
    let tokens: number | undefined;
    try {
      for await (const chunk of await this.inner.stream(input, options)) {
        tokens = usedTokens(chunk) ?? tokens;
        yield chunk;
      }
    } catch (error) {
      const retryAfter = retryAfterOf(error);
      if (lease && retryAfter !== undefined) await this.gate.closeFor(retryAfter).catch(() => undefined);
      throw error;
    } finally {
      await lease?.release(tokens).catch(() => undefined);
    }
  }

  async _generate(messages: BaseMessage[], options: this["ParsedCallOptions"]): Promise<ChatResult> {
    const message = await this.invoke(messages, options as BaseChatModelCallOptions);
    return { generations: [{ text: typeof message.content === "string" ? message.content : "", message }] };
  }

  override bindTools(...args: Parameters<NonNullable<BaseChatModel["bindTools"]>>): ReturnType<NonNullable<BaseChatModel["bindTools"]>> {
    if (!this.inner.bindTools) throw new Error(`${this.inner._llmType()} does not support tools`);
    return this.inner.bindTools(...args);
  }
}
