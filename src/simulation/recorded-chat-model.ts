import { AsyncLocalStorage } from "node:async_hooks";
import { BaseChatModel, type BaseChatModelParams } from "@langchain/core/language_models/chat_models";
import { AIMessage, AIMessageChunk, isBaseMessage, type BaseMessage } from "@langchain/core/messages";
import type { BaseLanguageModelInput } from "@langchain/core/language_models/base";
import { ChatGenerationChunk, type ChatResult } from "@langchain/core/outputs";
import type { CallbackManagerForLLMRun } from "@langchain/core/callbacks/manager";
import { RouterError, messageText, type Tier, type VirtualClock } from "../index.js";
import type { LatencyConfig } from "../config/sections/simulation.js";
import type { RecordedOutcome, ReplayItem } from "./dataset.js";
import { callTiming, NORMAL_CONDITIONS, type ConditionState } from "./latency.js";
import { countPromptTokens, outputTokensFromChars } from "./tokens.js";

/**
 * Which recorded prompt a model call answers. The replay runs each request inside `run(item, ...)`
 * (AsyncLocalStorage follows the call through the graph); outside a run, the text of the last
 * user message is looked up among registered items.
 */
/** What the simulated models saw of one request: every call, observed at the model (not reported by the router). */
export interface CallLog {
  item: ReplayItem;
  calls: number;
  cloudCalls: number;
}

export class RecordingBook {
  private readonly byText = new Map<string, ReplayItem>();
  /**
   * The request being replayed. A replay runs one request at a time, so a field is enough; only a
   * second request started while one runs goes through AsyncLocalStorage, whose promise hooks
   * (once enabled, on every promise in the process) cost a fifth of a replay's CPU.
   */
  private active: CallLog | undefined;
  private readonly current = new AsyncLocalStorage<CallLog>();
  /** Conditions of the cloud (scenario), set by the replay before each request. */
  conditions: ConditionState = NORMAL_CONDITIONS;

  register(item: ReplayItem): void {
    this.byText.set(item.prompt, item);
  }

  unregister(item: ReplayItem): void {
    if (this.byText.get(item.prompt) === item) this.byText.delete(item.prompt);
  }

  /** Runs one request for `item`; `log` counts the model calls it makes. */
  async run<T>(item: ReplayItem, work: () => Promise<T>, log: CallLog = { item, calls: 0, cloudCalls: 0 }): Promise<T> {
    if (this.active !== undefined) return this.current.run(log, work);
    this.active = log;
    try {
      return await work();
    } finally {
      this.active = undefined;
    }
  }

  private log(): CallLog | undefined {
    return this.current.getStore() ?? this.active;
  }

  /** Notes a call of a model of `tier` in the current request, if any. */
  noteCall(tier: Tier): void {
    const log = this.log();
    if (!log) return;
    log.calls += 1;
    if (tier === "cloud") log.cloudCalls += 1;
  }

  find(messages: readonly BaseMessage[]): ReplayItem | undefined {
    const active = this.log();
    if (active) return active.item;
    for (let index = messages.length - 1; index >= 0; index -= 1) {
      const message = messages[index]!;
      if (message.getType() === "human") return this.byText.get(messageText(message));
    }
    return undefined;
  }
}

export interface RecordedChatModelOptions extends BaseChatModelParams {
  modelId: string;
  tier: Tier;
  book: RecordingBook;
  clock: VirtualClock;
  latency: LatencyConfig;
  seed: number;
}

/** The text a recorded model answers with: the recorded final answer last, when there is one. */
export function recordedResponseText(outcome: RecordedOutcome): string {
  const head = `Recorded response (${outcome.outChars} characters).`;
  return outcome.answer === null || outcome.answer === "" ? head : `${head}\nFinal answer: ${outcome.answer}`;
}

/**
 * A LangChain chat model that answers from a recording instead of calling a model: the text ends
 * with the recorded final answer, `usage_metadata` holds the prompt tokens (gpt-tokenizer) and the
 * recorded output length / 4, and the virtual clock advances by the call's simulated latency.
 */
export class RecordedChatModel extends BaseChatModel {
  readonly modelId: string;
  readonly tier: Tier;
  private readonly book: RecordingBook;
  private readonly clock: VirtualClock;
  private readonly latency: LatencyConfig;
  private readonly seed: number;

  static override lc_name(): string {
    return "RecordedChatModel";
  }

  constructor(options: RecordedChatModelOptions) {
    super(options);
    this.modelId = options.modelId;
    this.tier = options.tier;
    this.book = options.book;
    this.clock = options.clock;
    this.latency = options.latency;
    this.seed = options.seed;
  }

  _llmType(): string {
    return "recorded";
  }

  private prepare(messages: BaseMessage[]) {
    const item = this.book.find(messages);
    if (!item) throw new RouterError("INTERNAL", `no recording for this request (model ${this.modelId})`, { details: { modelId: this.modelId } });
    const outcome = item.outcomes[this.modelId];
    if (!outcome) throw new RouterError("INTERNAL", `no recorded outcome of ${this.modelId} for prompt ${item.id}`, { details: { modelId: this.modelId, promptId: item.id } });
    this.book.noteCall(this.tier);
    const conditions = this.book.conditions;
    const inputTokens = countPromptTokens(messages.map(messageText));
    const outputTokens = outputTokensFromChars(outcome.outChars);
    const timing = callTiming(this.latency, this.modelId, this.tier, outputTokens, conditions, [this.seed, item.id, this.clock.now()]);
    if (this.tier === "cloud" && conditions.cloudDown) {
      this.clock.advance(timing.ttftMs);
      throw new RouterError("MODEL_CALL_FAILED", `simulated outage of ${this.modelId}`, { retryable: true, details: { modelId: this.modelId, status: 503 } });
    }
    const usage = { input_tokens: inputTokens, output_tokens: outputTokens, total_tokens: inputTokens + outputTokens };
    const metadata = { model_name: this.modelId, recorded: { promptId: item.id, score: outcome.score }, ttft_ms: timing.ttftMs, latency_ms: timing.totalMs };
    return { outcome, usage, metadata, timing };
  }

  /**
   * Fast path for a list of messages: answers without LangChain's callback and tracing machinery
   * (nothing to trace in a replay), so the replay costs little on top of the graph. Other inputs,
   * and calls with callbacks, take the standard path.
   */
  override async invoke(input: BaseLanguageModelInput, options?: this["ParsedCallOptions"]): Promise<AIMessageChunk> {
    const callbacks = (options as { callbacks?: unknown } | undefined)?.callbacks;
    const hasCallbacks = Array.isArray(callbacks) ? callbacks.length > 0 : callbacks !== undefined;
    if (!Array.isArray(input) || hasCallbacks || !input.every(isBaseMessage)) return super.invoke(input, options);
    const result = await this._generate(input as BaseMessage[], options ?? ({} as this["ParsedCallOptions"]));
    return result.generations[0]!.message as AIMessageChunk;
  }

  async _generate(messages: BaseMessage[], _options: this["ParsedCallOptions"], _runManager?: CallbackManagerForLLMRun): Promise<ChatResult> {
    const startedAt = this.clock.now();
    const { outcome, usage, metadata, timing } = this.prepare(messages);
    // Calls made concurrently within a request (the speculative agreement peer) all start at the same
    // virtual time: let them start before any finishes, then end at start + duration, so overlapping
    // calls take the longest one's time, not the sum.
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.clock.set(Math.max(this.clock.now(), startedAt + timing.totalMs));
    const text = recordedResponseText(outcome);
    const message = new AIMessage({ content: text, usage_metadata: usage, response_metadata: metadata });
    return { generations: [{ text, message }], llmOutput: { tokenUsage: { promptTokens: usage.input_tokens, completionTokens: usage.output_tokens, totalTokens: usage.total_tokens } } };
  }

  override async *_streamResponseChunks(
    messages: BaseMessage[],
    _options: this["ParsedCallOptions"],
    runManager?: CallbackManagerForLLMRun,
  ): AsyncGenerator<ChatGenerationChunk> {
    const { outcome, usage, metadata, timing } = this.prepare(messages);
    const text = recordedResponseText(outcome);
    const split = text.indexOf("\n");
    const parts = split < 0 ? [text] : [text.slice(0, split), text.slice(split)];
    this.clock.advance(timing.ttftMs);
    for (let index = 0; index < parts.length; index += 1) {
      const last = index === parts.length - 1;
      if (last) this.clock.advance(timing.totalMs - timing.ttftMs);
      const part = parts[index]!;
      const chunk = new ChatGenerationChunk({
        text: part,
        message: new AIMessageChunk(last ? { content: part, usage_metadata: usage, response_metadata: metadata } : { content: part }),
      });
      yield chunk;
      await runManager?.handleLLMNewToken(part);
    }
  }
}
